import type { Hotspot, Venue } from '../../../core/venue/index.ts';

/** The exhibit list of the editor: what each row says, and the filter over it. */

export interface HotspotListEntry {
  id: string;
  /** The title in the venue's default language (the one every exhibit must have). */
  title: string;
  /** The room's name in the default language, or the room id when the room is missing. */
  room: string;
  /** Every title and room name in every language, and the id, folded for matching. */
  haystack: string;
}

/** Lower case without accents, so "mousme" finds "La Mousmé" and "GARTEN" finds "Gärten". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The title of a hotspot in the default language (any language when that one is missing in a broken draft). */
export function hotspotTitle(venue: Venue, hotspot: Hotspot): string {
  return hotspot.title[venue.defaultLanguage] ?? Object.values(hotspot.title)[0] ?? hotspot.id;
}

/** One row per hotspot, in file order. */
export function hotspotEntries(venue: Venue): HotspotListEntry[] {
  const rooms = new Map(venue.rooms.map((r) => [r.id, r]));
  return (venue.hotspots ?? []).map((h) => {
    const room = rooms.get(h.room);
    const roomName = room ? (room.name[venue.defaultLanguage] ?? Object.values(room.name)[0] ?? room.id) : h.room;
    const words = [h.id, ...Object.values(h.title), ...(room ? Object.values(room.name) : [h.room])];
    return { id: h.id, title: hotspotTitle(venue, h), room: roomName, haystack: foldForSearch(words.join('\n')) };
  });
}

/** The entries matching every word of `query` (in a title, room name or id); all of them for an empty query. */
export function filterHotspots(entries: readonly HotspotListEntry[], query: string): HotspotListEntry[] {
  const words = foldForSearch(query).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...entries];
  return entries.filter((e) => words.every((w) => e.haystack.includes(w)));
}

/** How many tours show the hotspot as a stop (deleting it removes those stops). */
export function toursShowing(venue: Venue, hotspotId: string): number {
  return (venue.tours ?? []).filter((t) => t.stops.some((s) => s.hotspot === hotspotId)).length;
}

/** The confirm question before deleting: "Delete 'Sunflowers'? This also removes it from 2 tours." */
export function deleteQuestion(title: string, tours: number): string {
  const also = tours === 0 ? '' : ` This also removes it from ${tours} ${tours === 1 ? 'tour' : 'tours'}.`;
  return `Delete '${title}'?${also}`;
}
