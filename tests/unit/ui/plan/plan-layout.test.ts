import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cameraGlyph, layoutFloorPlan, pickPlanPoint, visitorGlyph } from '../../../../src/ui/plan/plan-layout.ts';
import { planToSvg } from '../../../../src/core/geometry/plan-view.ts';
import { containsPoint } from '../../../../src/core/geometry/polygon.ts';
import type { Venue } from '../../../../src/core/venue/index.ts';

const venue = JSON.parse(readFileSync(new URL('../../../../scenes/demo-museum/scene.json', import.meta.url), 'utf8')) as Venue;

describe('laying out a floor of the demo museum', () => {
  const eg = layoutFloorPlan(venue, 'eg', 'en', 'full');
  const og = layoutFloorPlan(venue, 'og', 'de', 'full');

  it('draws only the rooms, obstacles and exhibits of the chosen floor', () => {
    expect(eg.rooms.map((r) => r.id)).toEqual(venue.rooms.filter((r) => r.floor === 'eg').map((r) => r.id));
    expect(eg.obstacles.every((o) => o.id.length > 0)).toBe(true);
    expect(eg.obstacles).toHaveLength(venue.obstacles!.filter((o) => o.floor === 'eg').length);
    expect(eg.hotspots.map((h) => h.id)).toContain('h-self-portrait');
    expect(eg.hotspots.map((h) => h.id)).not.toContain('h-hogarth-pug');
    expect(eg.hotspots.length + og.hotspots.length).toBe(venue.hotspots!.length);
    expect(eg.rooms.find((r) => r.id === 'r-gallery-1')!.exhibitCount).toBe(4);
  });

  it('keeps the building in the same place on every floor', () => {
    expect(og.frame).toEqual(eg.frame);
    expect(og.viewBox).toBe(eg.viewBox);
  });

  it('names every room on the full plan in the visitor’s language, inside the room', () => {
    for (const room of [...eg.rooms, ...og.rooms]) {
      expect(room.label, room.id).not.toBeNull();
    }
    expect(og.rooms.find((r) => r.id === 'r-cabinet')!.name).toEqual({ text: 'Kabinett: Echt oder nicht?', lang: 'de', fallback: false });
    const foyer = eg.rooms.find((r) => r.id === 'r-foyer')!;
    const [x, y] = planToSvg(eg.frame, [7, 6]);
    expect(foyer.label!.x).toBeCloseTo(x, 0);
    expect(foyer.label!.y).toBeCloseTo(y, 0);
  });

  it('leaves out of the mini-map the names that do not fit', () => {
    const mini = layoutFloorPlan(venue, 'eg', 'en', 'mini');
    expect(mini.rooms.find((r) => r.id === 'r-elevator-eg')!.label).toBeNull();
    expect(mini.rooms.find((r) => r.id === 'r-cafe')!.label!.lines).toEqual(['Café']);
  });

  it('puts every exhibit marker inside the drawing', () => {
    const [, , w, h] = eg.viewBox.split(' ').map(Number);
    for (const hs of [...eg.hotspots, ...og.hotspots]) {
      expect(hs.x).toBeGreaterThan(0);
      expect(hs.x).toBeLessThan(w!);
      expect(hs.y).toBeGreaterThan(0);
      expect(hs.y).toBeLessThan(h!);
    }
  });

  it('draws nothing for a floor the venue does not have', () => {
    const none = layoutFloorPlan(venue, 'nope', 'en', 'full');
    expect(none.rooms).toEqual([]);
    expect(none.hotspots).toEqual([]);
  });
});

describe('clicks and glyphs on the plan', () => {
  const layout = layoutFloorPlan(venue, 'eg', 'en', 'full');

  it('turns a click on a room floor into a plan point to walk to', () => {
    const p = pickPlanPoint(layout, planToSvg(layout.frame, [20, 14]))!;
    expect(p[0]).toBeCloseTo(20);
    expect(p[1]).toBeCloseTo(14);
    expect(pickPlanPoint(layout, planToSvg(layout.frame, [5.5, 1.8]))).toBeNull(); // the info desk
    expect(pickPlanPoint(layout, planToSvg(layout.frame, [26.5, 22]))).toBeNull(); // no room there
    expect(pickPlanPoint(layout, [1, 1])).toBeNull(); // the padding
  });

  it('draws the camera where it stands with a cone where it looks', () => {
    const g = cameraGlyph(layout, { position: [16.8, 1.6, 3.1], target: [16.8, 1.6, 0.14] }, 'full');
    const [x, y] = planToSvg(layout.frame, [16.8, 3.1]);
    expect(g.x).toBeCloseTo(x);
    expect(g.y).toBeCloseTo(y);
    // Looking towards −z is looking up the drawing.
    const cone = g.cone!.split(' ').map((p) => p.split(',').map(Number));
    expect(cone[1]![1]).toBeLessThan(y);
    expect(cone[2]![1]).toBeLessThan(y);
  });

  it('brings an overview camera far outside to the edge, and draws no cone straight down', () => {
    const g = cameraGlyph(layout, { position: [39, 46, 51], target: [20, 0, 12] }, 'full');
    expect(g.y).toBeLessThanOrEqual(layout.frame.height);
    expect(g.x).toBeLessThanOrEqual(layout.frame.width);
    expect(g.cone).not.toBeNull();
    expect(cameraGlyph(layout, { position: [20, 30, 12], target: [20, 0, 12] }, 'full').cone).toBeNull();
  });

  it('sizes the visitor’s uncertainty circle in metres', () => {
    const v = visitorGlyph(layout, [10, 0, 14], 3);
    expect(v.r).toBeCloseTo(3 * layout.frame.scale);
    expect(containsPoint(layout.rooms.find((r) => r.id === 'r-corridor-eg')!.outline, [10, 14])).toBe(true);
  });
});
