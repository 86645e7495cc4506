import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LoadedVenue } from '../../../src/core/venue/index.ts';
import { useVenueStore } from '../../../src/state/venue-store.ts';
import { positionStore, clearPosition } from '../../../src/state/position-store.ts';
import { activeSource, startPositioning, stopPositioning } from '../../../src/state/positioning/controller.ts';
import { demoMuseum } from '../../helpers/fixtures.ts';

const demo = demoMuseum();
const loaded: LoadedVenue = { venue: demo, warnings: [], version: '', resolve: (uri) => `https://museum.example/scenes/demo-museum/${uri}` };
const position = () => positionStore.getState();

beforeEach(() => {
  // The simulator's playback and the session's ticks both run on the page clock.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
  useVenueStore.setState({ state: { status: 'ready', venueId: demo.id, loaded } });
  clearPosition(demo.id);
});
afterEach(() => {
  stopPositioning(demo.id);
  vi.useRealTimers();
});

describe('the app follows the visitor in the open venue only', () => {
  it('a simulated walk moves the dot, and opening another venue stops it and forgets the position', async () => {
    await startPositioning(loaded, 'simulation');
    expect(activeSource()).toBe('simulation');
    vi.advanceTimersByTime(5000);
    const first = position().fix;
    expect(first).not.toBeNull();
    expect(position()).toMatchObject({ venueId: demo.id, via: 'beacons', status: { state: 'running' } });
    vi.advanceTimersByTime(10_000);
    const later = position().fix!;
    expect(later).not.toBe(first);
    expect(Math.hypot(later.position[0] - first!.position[0], later.position[1] - first!.position[1])).toBeGreaterThan(0.5);

    useVenueStore.setState({ state: { status: 'loading', venueId: 'another-museum' } });
    expect(activeSource()).toBeNull();
    expect(position()).toMatchObject({ venueId: 'another-museum', fix: null, source: null });
    // Nothing keeps running: no timer is left, and no late fix reappears.
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(position().fix).toBeNull();
  });

  it('a venue without a recorded demo walk says so', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('not found', { status: 404 }));
    try {
      await startPositioning(loaded, 'replay');
      expect(fetchSpy).toHaveBeenCalledWith('https://museum.example/scenes/demo-museum/traces/demo-walk.jsonl');
      expect(position()).toMatchObject({ source: 'replay', fix: null, status: { state: 'unavailable', reason: 'no-trace' } });
      expect(activeSource()).toBeNull();
    } finally {
      fetchSpy.mockRestore();
    }
  });

  it('Bluetooth in a runtime without the Scanning API is refused with the fallbacks named', async () => {
    await startPositioning(loaded, 'bluetooth');
    const status = position().status;
    expect(status).toMatchObject({ state: 'unavailable', reason: 'unsupported' });
    expect(status.state === 'unavailable' && status.message).toMatch(/QR code/);
  });
});
