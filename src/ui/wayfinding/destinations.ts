import type { Venue } from '../../core/venue/index.ts';
import { pickText } from '../../core/i18n/localize.ts';
import { FACILITY_KINDS, type RouteTarget } from '../../core/routing/types.ts';
import { FACILITY_ROOM_KINDS } from '../../core/routing/targets.ts';
import { fold } from '../ExhibitSearch.tsx';
import type { WayfindingStrings } from './wayfinding-strings.ts';

/**
 * Everything a visitor can ask the way to, with the words it is found by:
 * facilities (the nearest toilets, the exit, the café, a lift…, in German and
 * English whatever the visitor's language), exhibits (their title in any of the
 * venue's languages) and rooms (their name in any language). Pure, so the search
 * is tested without a page.
 */

/** One thing a visitor can ask the way to. */
export interface Destination {
  /** Unique among the destinations; also the option's key. */
  readonly key: string;
  readonly target: RouteTarget;
  /** The name shown, in the visitor's language. */
  readonly label: string;
  /** What it is and where ("Exhibit · Gallery 2"), in the visitor's language. */
  readonly detail: string;
  /** Folded words it is found by. */
  readonly haystack: string;
}

/** A destination's key for a target (the same target always gives the same key). */
export function destinationKey(target: RouteTarget): string {
  return target.kind === 'facility' ? `facility:${target.facility}` : `${target.kind}:${target.id}`;
}

/**
 * The venue's destinations: the facilities it has, then its exhibits, then its
 * rooms (stairs and lift shafts excepted: "the lift" is the facility). `both`
 * holds the panel's words in every language, so "toilet" and "Toilette" both work.
 */
export function venueDestinations(venue: Venue, lang: string, t: WayfindingStrings, both: readonly WayfindingStrings[]): Destination[] {
  const text = (value: Record<string, string>) => pickText(value, lang, venue.defaultLanguage).text;
  const rooms = new Map(venue.rooms.map((r) => [r.id, r]));
  const floorName = new Map(venue.floors.map((f) => [f.id, text(f.name)]));
  const kinds = new Set(venue.rooms.map((r) => r.kind));
  const out: Destination[] = [];

  for (const facility of FACILITY_KINDS) {
    if (!FACILITY_ROOM_KINDS[facility].some((k) => kinds.has(k))) continue;
    const target: RouteTarget = { kind: 'facility', facility };
    const words = both.map((s) => s.facilities[facility]).join(' ');
    out.push({ key: destinationKey(target), target, label: t.facilities[facility], detail: `${t.facility} · ${t.nearest}`, haystack: fold(`${words} ${facility}`) });
  }
  for (const h of venue.hotspots ?? []) {
    const room = rooms.get(h.room);
    const target: RouteTarget = { kind: 'hotspot', id: h.id };
    const roomName = room ? text(room.name) : '';
    out.push({
      key: destinationKey(target),
      target,
      label: text(h.title),
      detail: [t.exhibit, roomName].filter(Boolean).join(' · '),
      haystack: fold([...Object.values(h.title), ...(h.tags ?? [])].join(' ')),
    });
  }
  for (const r of venue.rooms) {
    if (r.kind === 'stairs' || r.kind === 'elevator') continue;
    const target: RouteTarget = { kind: 'room', id: r.id };
    out.push({
      key: destinationKey(target),
      target,
      label: text(r.name),
      detail: [t.room, floorName.get(r.floor)].filter(Boolean).join(' · '),
      haystack: fold(Object.values(r.name).join(' ')),
    });
  }
  return out;
}

/** The destinations matching every word of `query` (all of them for an empty query), in their order. */
export function searchDestinations(destinations: readonly Destination[], query: string): Destination[] {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...destinations];
  return destinations.filter((d) => terms.every((term) => d.haystack.includes(term)));
}
