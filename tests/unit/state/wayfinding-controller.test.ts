import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LoadedVenue } from '../../../src/core/venue/index.ts';
import { useVenueStore } from '../../../src/state/venue-store.ts';
import { clearPosition, positionStore } from '../../../src/state/position-store.ts';
import { wayfindingStore } from '../../../src/state/wayfinding/wayfinding-store.ts';
import { simulateRouteWalk, wayfindingFor } from '../../../src/state/wayfinding/controller.ts';
import { stopPositioning } from '../../../src/state/positioning/controller.ts';
import { demoMuseum } from '../../helpers/fixtures.ts';

/**
 * The app's wayfinding with the real router, instructions, guidance, tracker and
 * beacon simulator, on the demo museum: a simulated visitor walks the route (with
 * a wrong turn), and the guidance follows the dot the tracker makes of what the
 * simulated phone hears. Time is faked; a minute-long walk takes a second.
 */

const demo = demoMuseum();
const loaded: LoadedVenue = { venue: demo, warnings: [], version: '', resolve: (uri) => `https://museum.example/scenes/demo-museum/${uri}` };
const wayfinding = () => wayfindingStore.getState();

/** Advances the page clock a second at a time until `done` or `limitS` seconds; returns the seconds taken. */
function walkUntil(done: () => boolean, limitS: number): number {
  for (let s = 1; s <= limitS; s++) {
    vi.advanceTimersByTime(1000);
    if (done()) return s;
  }
  return Infinity;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
  useVenueStore.setState({ state: { status: 'ready', venueId: demo.id, loaded } });
  clearPosition(demo.id);
});
afterEach(() => {
  stopPositioning(demo.id);
  vi.useRealTimers();
});

describe('simulating a walk along the route', () => {
  it('the dot follows the route upstairs, and the guidance says arrived at the exhibit', async () => {
    const session = wayfindingFor(loaded, 'en');
    session.setStart({ kind: 'node', id: 'n-corridor-eg-2' });
    session.setDestination({ kind: 'hotspot', id: 'h-turner-dogana' });
    const route = wayfinding().route!;
    expect(route.floors).toEqual(['eg', 'og']);
    expect(await simulateRouteWalk(loaded)).toBe('started');
    expect(positionStore.getState().source).toBe('simulation');

    const alongs: number[] = [];
    const took = walkUntil(() => {
      alongs.push(wayfinding().guidance?.along ?? 0);
      return wayfinding().guidance?.phase === 'arrived';
    }, 120);
    expect(took).toBeLessThan(120);
    const g = wayfinding().guidance!;
    expect(g).toMatchObject({ phase: 'arrived', reroutes: 0 });
    expect(positionStore.getState().fix?.floor).toBe('og');
    // Progress grew along the way (not a jump at the end).
    expect(alongs.filter((a) => a > 0 && a < route.length / 2).length).toBeGreaterThan(5);
  });

  it('played three times faster for a demo, the walk arrives in a third of the time', async () => {
    const session = wayfindingFor(loaded, 'en');
    session.setStart({ kind: 'node', id: 'n-corridor-eg-2' });
    session.setDestination({ kind: 'hotspot', id: 'h-turner-dogana' });
    const route = wayfinding().route!;
    expect(await simulateRouteWalk(loaded, { speed: 3 })).toBe('started');
    // At 1.1–1.25 m/s and a third of the time, no slower than about 2.8 m/s in all.
    const took = walkUntil(() => wayfinding().guidance?.phase === 'arrived', 120);
    expect(took).toBeLessThan(route.length / 2.8 + 10);
    expect(wayfinding().guidance?.reroutes).toBe(0);
  });

  it('with a wrong turn, the visitor is re-routed and still arrives', async () => {
    const session = wayfindingFor(loaded, 'en');
    session.setStart({ kind: 'node', id: 'n-corridor-eg-2' });
    session.setDestination({ kind: 'hotspot', id: 'h-turner-dogana' });
    const planned = wayfinding().route;
    expect(await simulateRouteWalk(loaded, { detour: true })).toBe('started');

    const rerouted = walkUntil(() => (wayfinding().guidance?.reroutes ?? 0) > 0, 60);
    expect(rerouted).toBeLessThan(60);
    // The route in the store is the new one, worded afresh from where the visitor went astray.
    expect(wayfinding().route).not.toBe(planned);
    expect(wayfinding().route).toBe(wayfinding().guidance!.route);
    expect(wayfinding().steps[0]!.kind).toBe('start');
    expect(wayfinding().result).toMatchObject({ ok: true, route: { origin: { kind: 'point' } } });

    const arrived = walkUntil(() => wayfinding().guidance?.phase === 'arrived', 120);
    expect(arrived).toBeLessThan(120);
  });
});

describe('the route belongs to its venue', () => {
  it('opening another venue forgets the destination, the route and the guidance', () => {
    const session = wayfindingFor(loaded, 'en');
    session.setDestination({ kind: 'facility', facility: 'cafe' });
    expect(wayfinding()).toMatchObject({ venueId: demo.id, destination: { kind: 'facility' } });
    expect(wayfinding().route?.destination.room).toBe('r-cafe');

    useVenueStore.setState({ state: { status: 'loading', venueId: 'another-museum' } });
    expect(wayfinding()).toMatchObject({ venueId: 'another-museum', destination: null, route: null, steps: [], guidance: null, result: null });

    // Back in the demo museum, a new session starts with nothing chosen.
    useVenueStore.setState({ state: { status: 'ready', venueId: demo.id, loaded } });
    wayfindingFor(loaded, 'en');
    expect(wayfinding()).toMatchObject({ venueId: demo.id, destination: null, route: null });
  });

  it('a simulated walk needs a route', async () => {
    wayfindingFor(loaded, 'en').setDestination(null);
    expect(await simulateRouteWalk(loaded)).toBe('no-route');
    expect(positionStore.getState().source).toBeNull();
  });
});
