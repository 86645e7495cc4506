import type { LoadedVenue } from '../../core/venue/index.ts';
import { planRoute } from '../../core/routing/router.ts';
import { describeRoute } from '../../core/routing/instructions/index.ts';
import { createGuidance } from '../../core/routing/guidance/index.ts';
import { useVenueStore } from '../venue-store.ts';
import { setFloor, viewStore } from '../view-store.ts';
import { clearWayfinding, wayfindingStore } from './wayfinding-store.ts';
import { createWayfindingSession, type WayfindingEngine, type WayfindingSession } from './session.ts';
import { chooseDetour, routeNodes, routeWalkOptions } from './route-walk.ts';

/**
 * The app's one wayfinding session, for the open venue, created when the visitor
 * first opens the wayfinding panel and thrown away when another venue opens. This
 * module and what it imports (router, instruction writer, guidance) form the
 * wayfinding chunk, loaded with `import()` by the panel: visitors who never ask
 * for a route never download it.
 */

const engine: WayfindingEngine = { planRoute, describeRoute, createGuidance };

let current: { loaded: LoadedVenue; session: WayfindingSession } | null = null;

/**
 * Guided onto another floor: show that floor, unless the visitor is walking (the
 * camera's floor is theirs to choose) or looking at all floors at once.
 */
function followFloor(floor: string): void {
  const view = viewStore.getState();
  if (view.mode !== 'walk' && view.floor !== null && view.floor !== floor) setFloor(floor);
}

/** The wayfinding session of `loaded`'s venue, created on first use; `lang` words its steps. */
export function wayfindingFor(loaded: LoadedVenue, lang: string): WayfindingSession {
  if (current?.loaded !== loaded) {
    current?.session.dispose();
    current = { loaded, session: createWayfindingSession({ venue: loaded.venue, engine, lang, onFloorChange: followFloor }) };
  }
  current.session.setLanguage(lang);
  return current.session;
}

// Another venue opened: its predecessor's route and guidance must not linger.
useVenueStore.subscribe((s) => {
  if (current && (s.state.status !== 'ready' || s.state.loaded !== current.loaded)) {
    current.session.dispose();
    current = null;
  }
  if (wayfindingStore.getState().venueId !== (s.state.venueId || null)) clearWayfinding(s.state.venueId || null);
});

/** What came of "simulate walking this route". */
export type SimulatedWalkStart = 'started' | 'no-route' | 'no-detour';

/** A seed from the route's nodes: the same route is walked the same way each time (tests and demos repeat). */
function seedOf(nodes: readonly string[]): number {
  let hash = 2166136261;
  for (const ch of nodes.join('|')) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

/** How much faster than real time a simulated walk may be played: the tracker and the guidance keep up to 3×. */
export const SIMULATION_SPEEDS = [1, 2, 3] as const;

/**
 * Starts the positioning with a simulated visitor walking the current route, so
 * the dot, the progress and the guidance move along it; with `detour`, the
 * visitor takes a wrong turn on the way (see route-walk.ts), which the guidance
 * notices and re-routes around; `speed` plays the walk faster (one of
 * {@link SIMULATION_SPEEDS}; a demo need not take real minutes). The
 * positioning chunk loads on demand.
 */
export async function simulateRouteWalk(loaded: LoadedVenue, options: { detour?: boolean; speed?: number } = {}): Promise<SimulatedWalkStart> {
  const { route, venueId } = wayfindingStore.getState();
  if (!route || venueId !== loaded.venue.id || routeNodes(route).length === 0) return 'no-route';
  const detour = options.detour ? chooseDetour(loaded.venue, route) : null;
  if (options.detour && !detour) return 'no-detour';
  const walk = routeWalkOptions(route, { detour, seed: seedOf(routeNodes(route)) });
  const { startPositioning } = await import('../positioning/controller.ts');
  const speed = (SIMULATION_SPEEDS as readonly number[]).includes(options.speed ?? 1) ? (options.speed ?? 1) : 1;
  await startPositioning(loaded, 'simulation', { walk, speed });
  return 'started';
}
