import { describe, expect, it } from 'vitest';
import { demoMuseum } from '../../../../helpers/fixtures.ts';
import { edgeGeometries, roomFloorsGeometry, visibleFloors, visibleNodes } from '../../../../../src/ui/editor/graph/graph-geometry.ts';
import { isAccessible } from '../../../../../src/ui/editor/graph/graph-style.ts';

/** What the 3D handles draw: only floors up to the one in focus, edges split by step-free, rooms as triangles. */

const venue = demoMuseum();
const graph = venue.navGraph!;
const onFloor = (floor: string) => new Set(graph.nodes.filter((n) => n.floor === floor).map((n) => n.id));

describe('the walking graph drawing', () => {
  it('hides floors above the one in focus, like the building’s cut-away', () => {
    expect([...visibleFloors(venue, 'eg')]).toEqual(['eg']);
    expect([...visibleFloors(venue, 'og')].sort()).toEqual(['eg', 'og']);
    expect([...visibleFloors(venue, null)].sort()).toEqual(['eg', 'og']);
    expect(visibleNodes(venue, visibleFloors(venue, 'eg')).every((n) => n.floor === 'eg')).toBe(true);
  });

  it('draws each edge between visible points once, step-free ones apart from the others', () => {
    const ground = onFloor('eg');
    const { accessible, stepped } = edgeGeometries(venue, visibleFloors(venue, 'eg'));
    const groundEdges = graph.edges.filter((e) => ground.has(e.from) && ground.has(e.to));
    expect(accessible.getAttribute('position').count).toBe(2 * groundEdges.filter(isAccessible).length);
    expect(stepped.getAttribute('position').count).toBe(2 * groundEdges.filter((e) => !isAccessible(e)).length);
    // With both floors shown, the stairs between them appear among the non-step-free lines.
    const all = edgeGeometries(venue, visibleFloors(venue, null));
    expect(all.stepped.getAttribute('position').count).toBe(2 * graph.edges.filter((e) => !isAccessible(e)).length);
    expect(all.stepped.getAttribute('position').count).toBeGreaterThan(0);
  });

  it('lays red floors only for the given rooms on visible floors', () => {
    const shown = roomFloorsGeometry(venue, ['r-shop', 'r-cabinet'], visibleFloors(venue, 'eg'));
    expect(shown.getAttribute('position').count).toBe(6); // one rectangle, two triangles: the cabinet is upstairs
    const ys = Array.from(shown.getAttribute('position').array).filter((_, i) => i % 3 === 1);
    expect(ys.every((y) => y > 0 && y < 0.1)).toBe(true);
  });
});
