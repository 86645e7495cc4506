import type { Venue } from '../../core/venue/index.ts';
import { pickText } from '../../core/i18n/localize.ts';
import type { Route, RouteTarget } from '../../core/routing/types.ts';
import type { RouteStep } from '../../core/routing/instructions/index.ts';
import type { GuidanceState } from '../../core/routing/guidance/index.ts';
import type { PositionFix } from '../../core/positioning/types.ts';
import type { WayfindingState } from '../../state/wayfinding/wayfinding-store.ts';
import type { WayfindingStrings } from './wayfinding-strings.ts';

/**
 * What the wayfinding panel says about the route: the summary, which step is the
 * current one, when to prompt for a floor change, and the status line. Pure, so
 * it is tested without a page.
 */

/** Minutes at a calm 1 m/s (lifts count their time-equivalent length), at least one. */
export function walkingMinutes(metres: number): number {
  return Number.isFinite(metres) ? Math.max(1, Math.round(metres / 60)) : 1;
}

/** A route length as people say it: whole metres, 5 m steps beyond 50 m. */
export function roundedMetres(metres: number): number {
  if (!Number.isFinite(metres) || metres <= 0) return 0;
  return metres < 50 ? Math.max(1, Math.round(metres)) : Math.round(metres / 5) * 5;
}

/** The step the visitor is on: the one covering the guidance's segment (the arrival once arrived); -1 without guidance. */
export function currentStepIndex(steps: readonly RouteStep[], guidance: GuidanceState | null): number {
  if (!guidance || steps.length === 0) return -1;
  if (guidance.phase === 'arrived') return steps.length - 1;
  const i = steps.findIndex((s) => s.kind !== 'arrive' && guidance.segmentIndex >= s.segments[0] && guidance.segmentIndex <= s.segments[1]);
  return i;
}

/** Route distance at the start of each segment. */
function segmentStarts(route: Route): number[] {
  const starts: number[] = [];
  let along = 0;
  for (const s of route.segments) {
    starts.push(along);
    along += Number.isFinite(s.length) ? s.length : 0;
  }
  return starts;
}

/** How close (metres) to the stairs or the lift the floor-change prompt appears. */
export const PROMPT_AHEAD_M = 8;

/**
 * The floor-change step to prompt for now: the current step when it is one, or
 * the next when it begins within {@link PROMPT_AHEAD_M} along the route or, as
 * the progress may lag a jittery dot, when the visitor's position is that close
 * to where it begins. Null otherwise.
 */
export function floorChangePrompt(steps: readonly RouteStep[], guidance: GuidanceState | null, route: Route | null, fix: PositionFix | null = null): RouteStep | null {
  if (!guidance || !route || guidance.route !== route || guidance.phase === 'arrived') return null;
  const i = currentStepIndex(steps, guidance);
  if (i < 0) return null;
  const step = steps[i]!;
  if (step.kind === 'floor-change') return step;
  const next = steps[i + 1];
  if (next?.kind !== 'floor-change') return null;
  const startsAt = segmentStarts(route)[next.segments[0]];
  if (startsAt !== undefined && startsAt - guidance.along <= PROMPT_AHEAD_M) return next;
  const near = fix !== null && fix.floor === next.floor && Math.hypot(fix.position[0] - next.position[0], fix.position[1] - next.position[2]) <= PROMPT_AHEAD_M;
  return near ? next : null;
}

/** The destination's name in the visitor's language (for a facility: the room the route leads to). */
export function destinationName(target: RouteTarget | null, route: Route | null, venue: Venue, lang: string, w: WayfindingStrings): string {
  const text = (value: Record<string, string>) => pickText(value, lang, venue.defaultLanguage).text;
  if (!target) return w.destinationFallback;
  if (target.kind === 'hotspot') {
    const h = venue.hotspots?.find((x) => x.id === target.id);
    return h ? text(h.title) : w.destinationFallback;
  }
  const roomId = target.kind === 'room' ? target.id : (route?.destination.room ?? null);
  const room = roomId ? venue.rooms.find((r) => r.id === roomId) : undefined;
  if (room) return text(room.name);
  return target.kind === 'facility' ? w.facilities[target.facility] : w.destinationFallback;
}

/**
 * The status line, a polite live region: it changes when something a visitor
 * must know changes (a route, leaving it, a new way, the arrival), never with
 * every metre walked.
 */
export function wayfindingStatus(state: WayfindingState, venue: Venue, lang: string, w: WayfindingStrings): string {
  const { destination, result, route, guidance } = state;
  if (!destination) return w.chooseDestination;
  const place = destinationName(destination, route, venue, lang, w);
  if (!route) return result && !result.ok ? w.noRoute(w.reasons[result.reason]) : w.chooseDestination;
  if (!guidance) return w.ready(place);
  switch (guidance.phase) {
    case 'arrived':
      return w.arrived(place);
    case 'off-route':
      return guidance.noRoute ? w.offRouteNoWay(w.reasons[guidance.noRoute.reason]) : w.offRoute;
    case 'on-route':
      // Just re-routed: say so until the visitor is under way on the new route.
      return guidance.reroutes > 0 && guidance.along < PROMPT_AHEAD_M ? w.newWay : w.following(place);
  }
}
