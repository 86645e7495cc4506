import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../../src/core/editing/index.ts';
import { dropGap, dropTarget, indicatorFor, keyDirection, moveAnnouncement, stepTarget } from '../../../../../src/ui/editor/tours/reorder.ts';
import { demoMuseum } from '../../../../helpers/fixtures.ts';

/** Reordering tour stops by keyboard and by drag and drop. */

/** What moveTourStop does to a list, for checking the arithmetic against the real command. */
function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

describe('stepTarget and keyDirection', () => {
  it('moves one place up or down, and not past either end', () => {
    expect(stepTarget(2, -1, 5)).toBe(1);
    expect(stepTarget(2, 1, 5)).toBe(3);
    expect(stepTarget(0, -1, 5)).toBeNull();
    expect(stepTarget(4, 1, 5)).toBeNull();
    expect(stepTarget(0, 1, 1)).toBeNull();
    expect(stepTarget(7, -1, 5)).toBeNull();
  });

  it('reads Alt+ArrowUp and Alt+ArrowDown only', () => {
    expect(keyDirection('ArrowUp', true)).toBe(-1);
    expect(keyDirection('ArrowDown', true)).toBe(1);
    expect(keyDirection('ArrowDown', false)).toBeNull();
    expect(keyDirection('ArrowLeft', true)).toBeNull();
  });
});

describe('dropGap and dropTarget', () => {
  const stops = ['a', 'b', 'c', 'd', 'e'];

  it('drops before a stop in its upper half and after it in its lower half', () => {
    expect(dropGap(3, false)).toBe(3);
    expect(dropGap(3, true)).toBe(4);
  });

  it('lands the stop exactly in the gap it was dropped into, in every case', () => {
    for (let from = 0; from < stops.length; from++) {
      for (let gap = 0; gap <= stops.length; gap++) {
        const to = dropTarget(from, gap, stops.length);
        // The expected list: the item inserted at the gap of the original list.
        const expected = [...stops.slice(0, gap), stops[from]!, ...stops.slice(gap)].filter((s, i) => s !== stops[from] || i === gap);
        if (to === null) {
          expect(expected).toEqual(stops);
        } else {
          expect(moved(stops, from, to)).toEqual(expected);
        }
      }
    }
  });

  it('moves the first stop to the end when dropped after the last', () => {
    expect(dropTarget(0, 5, 5)).toBe(4);
    expect(dropTarget(4, 0, 5)).toBe(0);
    expect(dropTarget(2, 2, 5)).toBeNull();
    expect(dropTarget(2, 3, 5)).toBeNull();
    expect(dropTarget(2, 6, 5)).toBeNull();
  });

  it('agrees with the moveTourStop command', () => {
    const venue = demoMuseum();
    const tour = venue.tours![0]!;
    const hotspots = tour.stops.map((s) => s.hotspot);
    const to = dropTarget(0, hotspots.length, hotspots.length)!;
    const result = applyCommand(venue, { type: 'moveTourStop', tour: tour.id, from: 0, to });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.venue.tours![0]!.stops.map((s) => s.hotspot)).toEqual([...hotspots.slice(1), hotspots[0]]);
  });
});

describe('indicatorFor and moveAnnouncement', () => {
  it('draws the line before the stop after the gap, or after the last stop', () => {
    expect(indicatorFor(0, 3)).toEqual({ index: 0, side: 'before' });
    expect(indicatorFor(2, 3)).toEqual({ index: 2, side: 'before' });
    expect(indicatorFor(3, 3)).toEqual({ index: 2, side: 'after' });
    expect(indicatorFor(4, 3)).toBeNull();
  });

  it('announces the new position counted from 1', () => {
    expect(moveAnnouncement('Self-Portrait', 2, 5)).toBe("Moved 'Self-Portrait' to position 3 of 5");
  });
});
