import { pickText } from '../../i18n/localize.ts';
import type { Floor, Hotspot, LocalizedText, Room, Venue } from '../../venue/schema.ts';
import type { FloorRef } from './phrases.ts';

/**
 * The venue's own names for what a route passes (rooms, floors, exhibits), looked
 * up once per description and picked in the visitor's language with the venue's
 * default language as fallback.
 */
export interface VenueNames {
  readonly room: (id: string | null) => Room | undefined;
  readonly hotspot: (id: string | null) => Hotspot | undefined;
  readonly floor: (id: string | null) => Floor | undefined;
  /** A room's name in the visitor's language, or null when the room is unknown or unnamed. */
  roomName(id: string | null): string | null;
  /** An exhibit's title, or null. */
  hotspotTitle(id: string | null): string | null;
  /** The floor by its venue name, by its level when the venue gives no name, by its id when the venue does not know it. */
  floorRef(id: string): FloorRef;
  /** The floor's elevation, or undefined when the floor is unknown. */
  elevation(id: string): number | undefined;
}

/**
 * The level of each floor counted from the ground floor (0): floors sorted by
 * elevation, the ground floor being the one whose elevation is nearest to 0.
 */
export function floorLevels(floors: readonly Floor[]): Map<string, number> {
  const sorted = [...floors].filter((f) => Number.isFinite(f.elevation)).sort((a, b) => a.elevation - b.elevation);
  let ground = 0;
  sorted.forEach((f, i) => {
    if (Math.abs(f.elevation) < Math.abs(sorted[ground]!.elevation)) ground = i;
  });
  return new Map(sorted.map((f, i) => [f.id, i - ground]));
}

/** Builds the name lookups of `venue` for language `lang`. */
export function venueNames(venue: Venue, lang: string): VenueNames {
  const byId = <T extends { id: string }>(list: readonly T[] | undefined) => new Map((list ?? []).map((item) => [item.id, item]));
  const rooms = byId(venue.rooms);
  const hotspots = byId(venue.hotspots);
  const floors = byId(venue.floors);
  const levels = floorLevels(venue.floors ?? []);
  const text = (t: LocalizedText | undefined): string | null => {
    if (t === undefined) return null;
    const picked = pickText(t, lang, venue.defaultLanguage).text.trim();
    return picked === '' ? null : picked;
  };
  const get = <T>(map: Map<string, T>) => (id: string | null): T | undefined => (id === null ? undefined : map.get(id));
  return {
    room: get(rooms),
    hotspot: get(hotspots),
    floor: get(floors),
    roomName: (id) => text(get(rooms)(id)?.name),
    hotspotTitle: (id) => text(get(hotspots)(id)?.title),
    floorRef: (id) => {
      const floor = floors.get(id);
      if (floor === undefined) return { name: id };
      const name = text(floor.name);
      return name !== null ? { name } : { level: levels.get(id) ?? 0 };
    },
    elevation: (id) => floors.get(id)?.elevation,
  };
}
