import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseVenueText, type Venue } from '../../../src/core/venue/index.ts';
import type { PositionFix } from '../../../src/core/positioning/types.ts';
import type { PlanPoint } from '../../../src/core/geometry/types.ts';
import type { Route, RouteOrigin, RouteResult, RouteTarget } from '../../../src/core/routing/types.ts';
import type { RouteStep } from '../../../src/core/routing/instructions/index.ts';
import type { Guidance, GuidanceOptions, GuidanceState } from '../../../src/core/routing/guidance/index.ts';
import { createPositionStore, clearPosition, placeVisitor } from '../../../src/state/position-store.ts';
import { createWayfindingStore } from '../../../src/state/wayfinding/wayfinding-store.ts';
import { createWayfindingSession, entranceOrigin, type WayfindingEngine } from '../../../src/state/wayfinding/session.ts';
import { ROOT } from '../../helpers/fixtures.ts';

/**
 * The wayfinding session with the router, the instruction writer and the
 * guidance replaced by stubs: what it asks them, and what it keeps in the store.
 */

const venue = parseVenueText(readFileSync(join(ROOT, 'tests', 'fixtures', 'venues', 'tiny-gallery', 'scene.json'), 'utf8')).venue as Venue;

/** A straight route along x on the ground floor from `from` to x = 20, as a stub router would plan it. */
function straightRoute(origin: RouteOrigin, target: RouteTarget, fromX: number, stepFree: boolean): Route {
  const a = [fromX, 0, 0] as const;
  const b = [20, 0, 0] as const;
  return {
    origin,
    destination: { target, position: b, floor: 'eg', room: 'r-hall', hotspot: null },
    segments: [{ kind: 'walk', from: a, to: b, fromFloor: 'eg', toFloor: 'eg', fromNode: 'n-a', toNode: 'n-b', length: 20 - fromX, room: 'r-hall' }],
    length: 20 - fromX,
    floors: ['eg'],
    stepFree,
  };
}

/**
 * Stubs: the router plans a straight route from the origin's x (0 for a node or
 * hotspot) and refuses step-free routes to the room "r-gallery" as stairs-only;
 * the guidance follows x as the progress and re-routes when a fix has z > 5.
 */
function stubEngine() {
  const planned: { origin: RouteOrigin; target: RouteTarget; stepFree: boolean }[] = [];
  const guided: Route[] = [];
  const engine: WayfindingEngine = {
    planRoute(_venue, origin, target, options = {}): RouteResult {
      const stepFree = options.stepFree === true;
      planned.push({ origin, target, stepFree });
      if (stepFree && target.kind === 'room' && target.id === 'r-gallery') return { ok: false, reason: 'stairs-only', message: 'only by stairs' };
      return { ok: true, route: straightRoute(origin, target, origin.kind === 'point' ? origin.position[0] : 0, stepFree) };
    },
    describeRoute(route, _venue, lang): RouteStep[] {
      return [
        { kind: 'start', text: `${lang}: walk ${route.length} m`, distance: route.length, floor: 'eg', position: route.segments[0]!.from, segments: [0, 0] },
        { kind: 'arrive', text: `${lang}: arrived`, distance: 0, floor: 'eg', position: route.segments[0]!.to, segments: [0, 0] },
      ];
    },
    createGuidance(route, options: GuidanceOptions): Guidance {
      guided.push(route);
      let state: GuidanceState = { phase: 'on-route', route, along: 0, remaining: route.length, fraction: 0, segmentIndex: 0, distanceFromRoute: 0, reroutes: 0 };
      return {
        update(fix: PositionFix) {
          const [x, z] = fix.position;
          let current = state.route;
          let reroutes = state.reroutes;
          if (z > 5 && options.reroute) {
            const result = options.reroute({ position: fix.position, floor: fix.floor });
            if (result.ok) {
              current = result.route;
              reroutes++;
            }
          }
          state = { ...state, route: current, along: Math.max(0, x - (current.segments[0]?.from[0] ?? 0)), distanceFromRoute: Math.abs(z), reroutes };
          return state;
        },
        get state() {
          return state;
        },
        ignoredFixes: 0,
      };
    },
  };
  return { engine, planned, guided };
}

const fixAt = (t: number, position: PlanPoint, accuracy = 1): PositionFix => ({ t, position, floor: 'eg', room: 'r-hall', accuracy });

function setup(options: { lang?: string } = {}) {
  const store = createWayfindingStore();
  const positions = createPositionStore();
  clearPosition(venue.id, positions);
  const stubs = stubEngine();
  const floors: string[] = [];
  const session = createWayfindingSession({ venue, engine: stubs.engine, lang: options.lang ?? 'en', store, positions, onFloorChange: (f) => floors.push(f) });
  return { store, positions, session, floors, ...stubs };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a visitor asks the way', () => {
  it('without a position, the route starts at the entrance; it is worded in their language', () => {
    const { store, session, planned } = setup({ lang: 'de' });
    session.setDestination({ kind: 'hotspot', id: 'h-portrait' });
    expect(planned).toEqual([{ origin: entranceOrigin(venue), target: { kind: 'hotspot', id: 'h-portrait' }, stepFree: false }]);
    expect(entranceOrigin(venue)).toMatchObject({ kind: 'node' });
    const s = store.getState();
    expect(s.route?.length).toBe(20);
    expect(s.steps.map((step) => step.text)).toEqual(['de: walk 20 m', 'de: arrived']);
    expect(s.guidance).toBeNull();

    session.setLanguage('en');
    expect(store.getState().steps[0]!.text).toBe('en: walk 20 m');
  });

  it('with a position, the route starts there, and guidance follows the fixes', () => {
    const { store, positions, session, planned } = setup();
    placeVisitor(venue.id, fixAt(1, [4, 0]), 'room', positions);
    session.setDestination({ kind: 'room', id: 'r-hall' });
    expect(planned.at(-1)!.origin).toEqual({ kind: 'point', position: [4, 0], floor: 'eg' });
    expect(store.getState().route?.length).toBe(16);
    positions.setState({ fix: fixAt(2, [10, 0]), via: 'beacons' });
    expect(store.getState().guidance?.along).toBe(6);
  });

  it('a chosen start is used while no position is known', () => {
    const { session, planned } = setup();
    session.setStart({ kind: 'hotspot', id: 'h-portrait' });
    session.setDestination({ kind: 'room', id: 'r-hall' });
    expect(planned.at(-1)!.origin).toEqual({ kind: 'hotspot', id: 'h-portrait' });
  });

  it('no route: the reason is kept for the panel to tell, and nothing is drawn', () => {
    const { store, session } = setup();
    session.setStepFree(true);
    session.setDestination({ kind: 'room', id: 'r-gallery' });
    expect(store.getState()).toMatchObject({ route: null, steps: [], result: { ok: false, reason: 'stairs-only' } });
    session.setStepFree(false);
    expect(store.getState().route).not.toBeNull();
  });
});

describe('leaving the route', () => {
  it('re-routes from the visitor through the router bound to the destination and the step-free preference; route and steps follow', () => {
    const { store, positions, session, planned } = setup();
    session.setStepFree(true);
    session.setDestination({ kind: 'hotspot', id: 'h-portrait' });
    const first = store.getState().route;
    positions.setState({ venueId: venue.id, fix: fixAt(1, [2, 0]), via: 'beacons' });
    positions.setState({ fix: fixAt(2, [6, 9]) }); // far to the side: the stub guidance re-routes
    const last = planned.at(-1)!;
    expect(last).toEqual({ origin: { kind: 'point', position: [6, 9], floor: 'eg' }, target: { kind: 'hotspot', id: 'h-portrait' }, stepFree: true });
    const s = store.getState();
    expect(s.route).not.toBe(first);
    expect(s.route?.length).toBe(14);
    expect(s.guidance).toMatchObject({ reroutes: 1 });
    expect(s.result).toMatchObject({ ok: true, route: s.route });
    // The steps were worded again for the new route.
    expect(s.steps[0]!.text).toBe('en: walk 14 m');
  });

  it('a first position far from a route planned from the entrance plans again from there at once', () => {
    const { store, positions, session, planned } = setup();
    session.setDestination({ kind: 'hotspot', id: 'h-portrait' });
    expect(planned).toHaveLength(1);
    placeVisitor(venue.id, fixAt(1, [3, 4.5]), 'qr', positions); // 4.5 m off the route: beyond the 4 m off-route distance
    expect(planned).toHaveLength(2);
    expect(planned[1]!.origin).toEqual({ kind: 'point', position: [3, 4.5], floor: 'eg' });
    expect(store.getState().route?.length).toBe(17);
  });

  it('a first position on the route keeps it', () => {
    const { store, positions, session, planned } = setup();
    session.setDestination({ kind: 'hotspot', id: 'h-portrait' });
    const route = store.getState().route;
    placeVisitor(venue.id, fixAt(1, [3, 0.5]), 'qr', positions);
    expect(planned).toHaveLength(1);
    expect(store.getState().route).toBe(route);
    expect(store.getState().guidance?.along).toBe(3);
  });

  it('when the position is lost, the progress goes (the next fixes start a new walk); another floor is shown as the visitor reaches it', () => {
    const { store, positions, session, guided, floors } = setup();
    session.setDestination({ kind: 'hotspot', id: 'h-portrait' });
    positions.setState({ venueId: venue.id, fix: fixAt(1, [2, 0]), via: 'beacons' });
    expect(store.getState().guidance).not.toBeNull();
    positions.setState({ fix: { ...fixAt(2, [3, 0]), floor: 'og' } });
    expect(floors).toEqual(['og']);
    clearPosition(venue.id, positions);
    expect(store.getState().guidance).toBeNull();
    expect(store.getState().route).not.toBeNull();
    positions.setState({ fix: fixAt(3, [5, 0]), via: 'beacons' });
    expect(guided).toHaveLength(2);
  });

  it('after dispose, fixes change nothing', () => {
    const { store, positions, session } = setup();
    session.setDestination({ kind: 'hotspot', id: 'h-portrait' });
    session.dispose();
    positions.setState({ venueId: venue.id, fix: fixAt(1, [2, 0]), via: 'beacons' });
    expect(store.getState().guidance).toBeNull();
  });
});

describe('preferences are remembered on this device', () => {
  /** A localStorage stand-in (Node has none). */
  function memoryStorage(): Storage {
    const data = new Map<string, string>();
    return {
      get length() {
        return data.size;
      },
      clear: () => data.clear(),
      getItem: (k) => data.get(k) ?? null,
      key: (i) => [...data.keys()][i] ?? null,
      removeItem: (k) => void data.delete(k),
      setItem: (k, v) => void data.set(k, String(v)),
    };
  }

  it('step-free, chosen once, is the choice of the next visit', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    expect(createWayfindingStore().getState().stepFree).toBe(false);
    const { session } = setup();
    session.setStepFree(true);
    expect(storage.getItem('museum-visit:step-free')).toBe('true');
    expect(createWayfindingStore().getState().stepFree).toBe(true);
    session.setStepFree(false);
    expect(createWayfindingStore().getState().stepFree).toBe(false);
  });

  it('without usable storage, the preference holds for the page and nothing throws', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    });
    const { store, session } = setup();
    expect(store.getState().stepFree).toBe(false);
    expect(() => session.setStepFree(true)).not.toThrow();
    expect(store.getState().stepFree).toBe(true);
  });
});
