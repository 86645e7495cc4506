import type { LoadedVenue } from '../../core/venue/index.ts';
import type { BeaconSourceKind } from '../../platform/beacons/source.ts';
import { createTracker } from '../../core/positioning/tracker/tracker.ts';
import { beaconMap } from '../../core/positioning/radio/beacon-map.ts';
import { useVenueStore } from '../venue-store.ts';
import { clearPosition, forgetOtherVenues } from '../position-store.ts';
import { createPositioningSession, type PositioningSession, type SourceStartOptions } from './session.ts';
import { venueSourceOpener } from './sources.ts';

/**
 * The app's one positioning session: created for the open venue the first time
 * the visitor chooses a source, thrown away (source stopped, timer cleared) when
 * another venue opens. This module and everything it imports (tracker, parsers,
 * sources, simulator) form the positioning chunk, loaded with `import()` only
 * when the visitor opens the positioning panel.
 */

let current: { loaded: LoadedVenue; session: PositioningSession } | null = null;

/** The session of `loaded`'s venue, created on first use (building the tracker's grids takes a moment). */
function sessionFor(loaded: LoadedVenue): PositioningSession {
  if (current?.loaded === loaded) return current.session;
  current?.session.dispose();
  const { venue } = loaded;
  const tracker = createTracker(venue, beaconMap(venue));
  current = { loaded, session: createPositioningSession({ venue, tracker, openSource: venueSourceOpener(loaded) }) };
  return current.session;
}

// Another venue opened (or this one failed to reload): its predecessor's source must not keep running.
useVenueStore.subscribe((s) => {
  if (current && (s.state.status !== 'ready' || s.state.loaded !== current.loaded)) {
    current.session.dispose();
    current = null;
  }
  forgetOtherVenues(s.state.venueId || null);
});

/**
 * Starts following the visitor with a source of `kind` in `loaded`'s venue. Call
 * from the click that asked for it (Bluetooth needs the gesture). `options.walk`
 * tells a simulation which walk to make (e.g. along a route, see
 * `src/state/wayfinding/route-walk.ts`); without it the walk is a random visit.
 */
export function startPositioning(loaded: LoadedVenue, kind: BeaconSourceKind, options?: SourceStartOptions): Promise<void> {
  return sessionFor(loaded).start(kind, options);
}

/** Stops any source and forgets the position, however it was obtained. */
export function stopPositioning(venueId: string): void {
  if (current?.loaded.venue.id === venueId) current.session.stop();
  else clearPosition(venueId);
}

/** The source running or starting now, if any. */
export function activeSource(): BeaconSourceKind | null {
  return current?.session.activeSource ?? null;
}
