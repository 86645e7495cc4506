import type { LoadedVenue } from '../../core/venue/index.ts';
import { createBeaconResolver } from '../../core/positioning/ble/resolve.ts';
import { createWebBluetoothSource } from '../../platform/beacons/web-bluetooth.ts';
import { createNativeBridgeSource } from '../../platform/beacons/native-bridge.ts';
import { createReplaySource } from '../../platform/beacons/replay.ts';
import { createSimulatedSource } from '../../platform/beacons/simulated.ts';
import { withStepCues } from '../../platform/beacons/step-cues.ts';
import type { SourceOpener } from './session.ts';

/**
 * The app's beacon sources, opened for one venue: Web Bluetooth, the native
 * bridge of a wrapper app, the venue's recorded demo walk, and a simulated walk
 * (a random visit, or the walk a start asks for: "simulate walking this route").
 * Part of the positioning chunk, loaded only when the visitor asks for it.
 */

/** Where a venue keeps its demo walk, relative to its folder. */
export const DEMO_WALK_URI = 'traces/demo-walk.jsonl';

/** Options of {@link venueSourceOpener}; `fetch` is the page's by default. */
export interface VenueSourceOptions {
  readonly fetch?: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
}

/** Opens the sources of `loaded`'s venue. A venue without beacons offers only the simulator (which says so itself). */
export function venueSourceOpener(loaded: LoadedVenue, options: VenueSourceOptions = {}): SourceOpener {
  const { venue } = loaded;
  const resolver = createBeaconResolver(venue);
  const hasBeacons = (venue.beacons ?? []).length > 0;
  const load = options.fetch ?? ((url: string) => fetch(url));

  return async (kind, listener, start) => {
    if (!hasBeacons && kind !== 'simulation') {
      return { state: 'unavailable', reason: 'no-beacons', message: 'This museum has no beacons to find your position with. Scan the QR code at an exhibit, or pick the room you are in.' };
    }
    switch (kind) {
      case 'bluetooth':
        // The wrapper app sends its own step cues over the bridge; in the browser, the accelerometer does.
        return withStepCues(createWebBluetoothSource(listener, { resolver }), listener);
      case 'bridge':
        return createNativeBridgeSource(listener, { resolver });
      case 'simulation':
        // The walk asked for (along a route, say), else a different random visit each time.
        return createSimulatedSource(venue, listener, {
          walk: start?.walk ?? { seed: Math.floor(Math.random() * 2 ** 31) },
          ...(start?.speed !== undefined && { speed: start.speed }),
        });
      case 'replay': {
        let response: Awaited<ReturnType<typeof load>>;
        try {
          response = await load(loaded.resolve(DEMO_WALK_URI));
        } catch (error) {
          return { state: 'unavailable', reason: 'failed', message: `The demo walk could not be downloaded (${String(error).slice(0, 200)}).` };
        }
        if (response.status === 404) return { state: 'unavailable', reason: 'no-trace', message: `This museum has no recorded demo walk (${DEMO_WALK_URI}).` };
        if (!response.ok) return { state: 'unavailable', reason: 'failed', message: `The demo walk could not be downloaded (HTTP ${response.status}).` };
        return createReplaySource({ text: await response.text(), resolver }, listener);
      }
    }
  };
}
