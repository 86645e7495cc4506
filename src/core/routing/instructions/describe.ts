import type { PlanPoint, Point3 } from '../../geometry/types.ts';
import type { Venue } from '../../venue/schema.ts';
import type { Route } from '../types.ts';
import { spokenDistance } from './distance.ts';
import { nearestLandmark } from './landmarks.ts';
import { routeManeuvers, type FloorChangeManeuver, type Maneuver, type WalkManeuver } from './maneuvers.ts';
import { venueNames, type VenueNames } from './names.ts';
import { INSTRUCTION_LANGUAGES, PHRASES, type InstructionLanguage, type Phrases, type WalkWords } from './phrases.ts';
import { sideOf, type Side } from './turns.ts';

/**
 * Turn-by-turn instructions for a route, in German or English: the list a visitor
 * reads (or hears from a screen reader) and live guidance steps through.
 *
 * Each walking step says how it begins (the first walk, a turn, or walking on
 * after a floor change), how far it goes, which room it enters and which exhibit
 * it passes; floor changes name the transport and the floor; the last step
 * announces the destination and on which side it is.
 */

/** One spoken instruction. */
export interface RouteStep {
  /** What happens where the step starts. */
  readonly kind: 'start' | 'straight' | 'turn-left' | 'turn-right' | 'slight-left' | 'slight-right' | 'u-turn' | 'floor-change' | 'arrive';
  /** The sentence, in the visitor's language. */
  readonly text: string;
  /** Metres this step covers, rounded as spoken (0 for floor changes and the arrival). */
  readonly distance: number;
  /** The floor where the step starts. */
  readonly floor: string;
  /** Where the step starts. */
  readonly position: Point3;
  /**
   * Indices into `route.segments` covered by this step. The walking and floor
   * steps cover every segment once, in order; the arrival repeats the last index
   * (and is the empty range `[0, -1]` for a route without segments).
   */
  readonly segments: readonly [first: number, last: number];
}

/** A room entered this close (metres) after a turn, and within the first half of the walk, is the room the turn leads "into". */
export const DOOR_AT_TURN = 5;

/** Within this distance (metres) of the stopping point the exhibit is judged from the last walk's start instead. */
const AT_TARGET = 0.5;

/** Metres: a final `arrive` segment shorter than this is the step up to the exhibit, not part of the walk. */
const STEP_UP_TO_EXHIBIT = 1.5;

/**
 * The language instructions are written in for a visitor asking for `lang`: its
 * base language when instructions exist for it, else the venue's default language
 * when they exist for that, else English.
 */
export function instructionLanguage(lang: string, defaultLanguage: string): InstructionLanguage {
  const base = (tag: string) => tag.split('-')[0]!.toLowerCase();
  const known = (tag: string): tag is InstructionLanguage => (INSTRUCTION_LANGUAGES as readonly string[]).includes(tag);
  const wanted = base(lang);
  if (known(wanted)) return wanted;
  const fallback = base(defaultLanguage);
  return known(fallback) ? fallback : 'en';
}

/**
 * Words `route` as spoken steps in `lang` ('de' or 'en'; other languages get the
 * venue's default language or English), naming rooms, floors and exhibits of
 * `venue`. Never throws: unknown rooms or floors are left unnamed (floors fall back
 * to their level or id), and non-finite coordinates are replaced, never passed on.
 */
export function describeRoute(route: Route, venue: Venue, lang: string): RouteStep[] {
  const language = instructionLanguage(lang, venue.defaultLanguage);
  const phrases = PHRASES[language];
  const names = venueNames(venue, language === lang.split('-')[0]!.toLowerCase() ? lang : language);
  const maneuvers = routeManeuvers(route);

  const destinationHotspot = names.hotspot(route.destination.hotspot);
  const exclude = new Set<string>();
  if (destinationHotspot) exclude.add(destinationHotspot.id);
  if (route.origin.kind === 'hotspot') exclude.add(route.origin.id);

  const steps: RouteStep[] = maneuvers.map((m, k) => {
    if (m.type === 'floor-change') return floorChangeStep(m, names, phrases);
    const next = maneuvers[k + 1];
    return walkStep(m, next?.type === 'floor-change' ? next : null, route, venue, names, phrases, exclude);
  });
  steps.push(arrivalStep(route, maneuvers, names, phrases));
  return steps;
}

function walkStep(m: WalkManeuver, nextFloorChange: FloorChangeManeuver | null, route: Route, venue: Venue, names: VenueNames, phrases: Phrases, mentioned: Set<string>): RouteStep {
  // Next to a floor change, the staircase or elevator room is named by the transport itself ("to the stairs").
  const isTransportRoom = (id: string) => ['stairs', 'elevator'].includes(names.room(id)?.kind ?? '');
  const besideFloorChange = m.kind === 'straight' || nextFloorChange !== null;
  const rooms = besideFloorChange ? m.rooms.filter((r) => !isTransportRoom(r.room)) : m.rooms;
  const isTurn = m.kind !== 'start' && m.kind !== 'straight';
  // "Left into Hall 3" only when the door comes right after the turn and most of the walk is in that room.
  const entered = isTurn ? rooms.slice(1).filter((r) => r.at <= Math.min(DOOR_AT_TURN, m.length / 2)).pop() : undefined;
  // Rooms walked through: after the one entered at the turn (already named), or from the first; the last one
  // is the room the walk ends "into", unless the stairs or the elevator are the end.
  const firstThrough = entered ? rooms.indexOf(entered) + 1 : 0;
  const until = nextFloorChange === null && rooms.length - 1 > Math.max(0, firstThrough - 1) ? rooms[rooms.length - 1] : undefined;
  const through = rooms.slice(firstThrough, until ? rooms.length - 1 : rooms.length).map((r) => names.roomName(r.room));

  const path: PlanPoint[] = [];
  for (let s = m.first; s <= m.last; s++) {
    const segment = route.segments[s]!;
    if (s === m.first) path.push([segment.from[0], segment.from[2]]);
    path.push([segment.to[0], segment.to[2]]);
  }
  const landmark = nearestLandmark(path, new Set(m.rooms.map((r) => r.room)), venue.hotspots ?? [], mentioned);
  if (landmark) mentioned.add(landmark.id);
  const landmarkTitle = landmark ? names.hotspotTitle(landmark.id) : null;

  const words: WalkWords = {
    distance: spokenDistance(m.length),
    into: entered ? names.roomName(entered.room) : null,
    through: [...new Set(through.filter((name): name is string => name !== null))],
    until: until ? names.roomName(until.room) : null,
    toTransport: nextFloorChange?.transport ?? null,
    landmark: landmarkTitle !== null ? phrases.quote(landmarkTitle) : null,
  };
  const text = m.kind === 'start' ? phrases.start(words) : m.kind === 'straight' ? phrases.straight(words) : phrases.turn(m.kind, words);
  return { kind: m.kind, text, distance: words.distance.metres, floor: m.floor, position: m.position, segments: [m.first, m.last] };
}

function floorChangeStep(m: FloorChangeManeuver, names: VenueNames, phrases: Phrases): RouteStep {
  const from = names.elevation(m.fromFloor);
  const to = names.elevation(m.toFloor);
  const rise = from !== undefined && to !== undefined ? to - from : m.rise;
  const direction = !Number.isFinite(rise) || Math.abs(rise) < 1e-6 ? 'level' : rise > 0 ? 'up' : 'down';
  return {
    kind: 'floor-change',
    text: phrases.floorChange(m.transport, direction, names.floorRef(m.toFloor)),
    distance: 0,
    floor: m.fromFloor,
    position: m.position,
    segments: [m.first, m.last],
  };
}

function arrivalStep(route: Route, maneuvers: readonly Maneuver[], names: VenueNames, phrases: Phrases): RouteStep {
  const { destination, segments } = route;
  const lastSegment = segments[segments.length - 1];
  const end = finitePoint(lastSegment?.to) ?? finitePoint(destination.position) ?? finitePoint(segments[0]?.from) ?? [0, 0, 0];
  const hotspot = names.hotspot(destination.hotspot);
  // A room or facility is named by its room; a bare graph node is just "your destination".
  const place = hotspot
    ? quoted(names.hotspotTitle(hotspot.id), phrases)
    : (names.roomName(destination.hotspot) ?? names.roomName(destination.target.kind === 'room' ? destination.target.id : null));
  const last = maneuvers[maneuvers.length - 1];
  const side = hotspot && last?.type === 'walk' ? arrivalSide(route, last, end, [hotspot.position[0], hotspot.position[2]]) : null;
  return {
    kind: 'arrive',
    text: phrases.arrive(place, side),
    distance: 0,
    floor: lastSegment?.toFloor ?? destination.floor,
    position: end,
    segments: segments.length === 0 ? [0, -1] : [segments.length - 1, segments.length - 1],
  };
}

const quoted = (title: string | null, phrases: Phrases): string | null => (title === null ? null : phrases.quote(title));

/**
 * On which side the exhibit is once the visitor stops, facing the way they last
 * walked. The router's final short `arrive` segment (the step up to the exhibit)
 * does not count as walking: its direction already points at the exhibit.
 */
function arrivalSide(route: Route, walk: WalkManeuver, end: Point3, target: PlanPoint): Side | null {
  if (!Number.isFinite(target[0]) || !Number.isFinite(target[1])) return null;
  let stand: PlanPoint = [end[0], end[2]];
  let last = walk.last;
  const final = route.segments[last]!;
  if (final.kind === 'arrive' && final.length < STEP_UP_TO_EXHIBIT && last > walk.first) {
    stand = [final.from[0], final.from[2]];
    last--;
  }
  for (let s = last; s >= walk.first; s--) {
    const segment = route.segments[s]!;
    const from: PlanPoint = [segment.from[0], segment.from[2]];
    const facing: PlanPoint = [segment.to[0] - from[0], segment.to[2] - from[1]];
    if (!(Math.hypot(facing[0], facing[1]) >= 0.3)) continue;
    const atTarget = Math.hypot(target[0] - stand[0], target[1] - stand[1]) < AT_TARGET;
    return sideOf(facing, atTarget ? from : stand, target);
  }
  return null;
}

function finitePoint(p: Point3 | undefined): Point3 | null {
  return p !== undefined && p.every((v) => Number.isFinite(v)) ? p : null;
}
