import { describe, expect, it } from 'vitest';
import { demoMuseum } from '../../../../helpers/fixtures.ts';
import { createEditorStore } from '../../../../../src/ui/editor/state/editor-store.ts';
import { BEACON_SURFACE_OFFSET, beaconFloorAt, offsetAlongNormal, placeBeaconAt } from '../../../../../src/ui/editor/beacons/place-beacon.ts';

/** A click with the "place a beacon" tool. */

describe('placeBeaconAt', () => {
  it('adds a beacon on the floor at the click’s height, 5 cm off the wall, selects it and returns to the select tool', () => {
    const store = createEditorStore(demoMuseum(), 'v');
    store.getState().setTool('place-beacon');
    const before = store.getState().venue.beacons?.length ?? 0;

    const used = placeBeaconAt(store, { point: [4, 2.8, 0.1], normal: [0, 0, 2] });

    expect(used).toBe(true);
    const s = store.getState();
    expect(s.venue.beacons).toHaveLength(before + 1);
    const added = s.venue.beacons!.at(-1)!;
    expect(added.floor).toBe('eg');
    expect(added.position[0]).toBeCloseTo(4, 9);
    expect(added.position[1]).toBeCloseTo(2.8, 9);
    expect(added.position[2]).toBeCloseTo(0.1 + BEACON_SURFACE_OFFSET, 9);
    expect(s.selection).toEqual({ kind: 'beacon', id: added.id });
    expect(s.tool).toBe('select');
    expect(s.canUndo).toBe(true);
    expect(s.notice).toMatchObject({ kind: 'info', text: expect.stringContaining(`Placed beacon ${added.id} on Erdgeschoss`) });
  });

  it('puts a beacon clicked on the upper storey’s ceiling on that floor, at the point when there is no normal', () => {
    const store = createEditorStore(demoMuseum(), 'v');
    placeBeaconAt(store, { point: [10, 8.9, 10], normal: null });
    const added = store.getState().venue.beacons!.at(-1)!;
    expect(added.floor).toBe('og');
    expect(added.position).toEqual([10, 8.9, 10]);
  });

  it('is undone in one step', () => {
    const store = createEditorStore(demoMuseum(), 'v');
    const before = store.getState().venue.beacons;
    placeBeaconAt(store, { point: [4, 2.8, 0.1], normal: [0, 0, 1] });
    store.getState().undo();
    expect(store.getState().venue.beacons).toBe(before);
    expect(store.getState().selection).toBeNull();
  });

  it('still uses the click and resets the tool when the edit is refused, with a notice', () => {
    const store = createEditorStore(demoMuseum(), 'v');
    store.getState().setTool('place-beacon');
    const before = store.getState().venue;
    expect(placeBeaconAt(store, { point: [Number.NaN, 1, 1], normal: null })).toBe(true);
    expect(store.getState().venue).toBe(before);
    expect(store.getState().notice?.kind).toBe('error');
    expect(store.getState().tool).toBe('select');
    expect(store.getState().selection).toBeNull();
  });
});

describe('offsetAlongNormal', () => {
  it('moves along the unit normal whatever its length, and not at all without one', () => {
    expect(offsetAlongNormal([1, 2, 3], [0, 10, 0], 0.05)).toEqual([1, 2.05, 3]);
    expect(offsetAlongNormal([1, 2, 3], null, 0.05)).toEqual([1, 2, 3]);
    expect(offsetAlongNormal([1, 2, 3], [0, 0, 0], 0.05)).toEqual([1, 2, 3]);
  });
});

describe('beaconFloorAt', () => {
  const venue = demoMuseum();
  it('is the floor at the height of a wall or floor point', () => {
    expect(beaconFloorAt(venue, [3, 2.8, 0], [0, 0, 1])).toBe('eg');
    expect(beaconFloorAt(venue, [3, 4.5, 5], [0, 1, 0])).toBe('og');
  });

  it('puts a beacon on the ground floor’s ceiling on the ground floor, though the next floor starts just above', () => {
    expect(beaconFloorAt(venue, [3, 4.4, 5], [0, -1, 0])).toBe('eg');
    expect(beaconFloorAt(venue, [3, 4.4, 5], null)).toBe('og');
  });
});
