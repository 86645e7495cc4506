import { describe, expect, it } from 'vitest';
import { estimateTextWidth, labelCandidates, placeRoomLabel, shortName, truncateToWidth, wrapText } from '../../../../src/ui/plan/plan-labels.ts';
import { containsPoint } from '../../../../src/core/geometry/polygon.ts';
import type { PlanPolygon } from '../../../../src/core/geometry/types.ts';

const rect = (x0: number, z0: number, x1: number, z1: number): PlanPolygon => [[x0, z0], [x1, z0], [x1, z1], [x0, z1]];

describe('room name wording', () => {
  it('estimates wider text for more and wider characters', () => {
    expect(estimateTextWidth('Café', 10)).toBeGreaterThan(estimateTextWidth('Caf', 10));
    expect(estimateTextWidth('WWW', 10)).toBeGreaterThan(estimateTextWidth('iii', 10));
    expect(estimateTextWidth('Lift', 20)).toBeCloseTo(2 * estimateTextWidth('Lift', 10));
  });

  it('drops what is in parentheses, since the floor is already chosen', () => {
    expect(shortName('Toiletten (Erdgeschoss)')).toBe('Toiletten');
    expect(shortName('Foyer (entrance and exit) hall')).toBe('Foyer hall');
    expect(shortName('(nur Personal)')).toBe('(nur Personal)');
  });

  it('wraps into lines of balanced width', () => {
    expect(wrapText('Landschaft zwischen Suffolk und Venedig', 2)).toEqual(['Landschaft zwischen', 'Suffolk und Venedig']);
    expect(wrapText('Garderobe', 2)).toEqual(['Garderobe']);
    expect(wrapText('a b c d e f', 3)).toHaveLength(3);
  });

  it('tries the whole name first, then wrapped, then shortened, without repeats', () => {
    expect(labelCandidates('Toilets (ground floor)')).toEqual([['Toilets (ground floor)'], ['Toilets', '(ground floor)'], ['Toilets']]);
    expect(labelCandidates('Café')).toEqual([['Café']]);
  });

  it('cuts with an ellipsis to the width', () => {
    const cut = truncateToWidth('Museumsshop', estimateTextWidth('Museu…', 10), 10);
    expect(cut).toBe('Museu…');
    expect(truncateToWidth('Lift', 1000, 10)).toBe('Lift');
    expect(truncateToWidth('Lift', 0, 10)).toBe('L…');
  });
});

describe('placing a room name', () => {
  const scale = 20; // SVG units per metre

  it('writes the whole name on one line in a large room', () => {
    const label = placeRoomLabel('Van Gogh: People', rect(0, 0, 13, 12), { scale, fontSize: 14, mode: 'fit' })!;
    expect(label.lines).toEqual(['Van Gogh: People']);
    expect(label.at[0]).toBeCloseTo(6.5);
    expect(label.at[1]).toBeCloseTo(6);
  });

  it('wraps in a narrow room, and shortens where wrapping is not enough', () => {
    const narrow = placeRoomLabel('Landscape from Suffolk to Venice', rect(0, 0, 8, 4), { scale, fontSize: 14, mode: 'fit' })!;
    expect(narrow.lines.length).toBeGreaterThan(1);
    const small = placeRoomLabel('Toilets (ground floor)', rect(0, 0, 4.5, 1.2), { scale, fontSize: 14, mode: 'fit' })!;
    expect(small.lines).toEqual(['Toilets']);
  });

  it('leaves a name out of the mini-map when it does not fit, but always shows it on the full plan', () => {
    const lift = rect(0, 0, 1.5, 1.5);
    expect(placeRoomLabel('Elevator', lift, { scale: 8, fontSize: 10, mode: 'fit' })).toBeNull();
    const full = placeRoomLabel('Elevator', lift, { scale: 8, fontSize: 14, minFontSize: 11, mode: 'always' })!;
    expect(full.fontSize).toBe(11);
    expect(full.lines).toHaveLength(1);
    expect(full.lines[0]!.endsWith('…')).toBe(true);
  });

  it('puts the name inside a concave room', () => {
    const l: PlanPolygon = [[0, 0], [12, 0], [12, 4], [4, 4], [4, 12], [0, 12]];
    const label = placeRoomLabel('Cabinet', l, { scale, fontSize: 14, mode: 'fit' })!;
    expect(containsPoint(l, label.at)).toBe(true);
  });

  it('keeps clear of furniture where it can, lined up with the room', () => {
    // A staircase filling most of its room, a free strip along the top.
    const stairs = rect(20, 16, 25, 24);
    const flight = rect(20.1, 17.5, 24.9, 23.9);
    const label = placeRoomLabel('Staircase', stairs, { scale: 23, fontSize: 14, mode: 'always', holes: [flight] })!;
    expect(label.at[1]).toBeLessThan(17.5);
    expect(label.at[0]).toBeCloseTo(22.5);
    // Without the free strip the name lies over the furniture rather than disappear.
    const blocked = placeRoomLabel('Staircase', stairs, { scale: 23, fontSize: 14, mode: 'always', holes: [rect(20.1, 16.1, 24.9, 23.9)] })!;
    expect(blocked.lines).toEqual(['Staircase']);
  });
});
