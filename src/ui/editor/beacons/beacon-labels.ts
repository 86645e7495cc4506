import type { LocalizedText, Venue } from '../../../core/venue/index.ts';

/**
 * Names of venue places for the editor's lists. The editor shows venue texts in
 * the venue's default language: that is the text every other language follows,
 * and the one a curator edits first.
 */

/** A venue text in the default language (any language when that one is missing). */
export function defaultText(text: LocalizedText | undefined, venue: Venue): string {
  if (!text) return '';
  return text[venue.defaultLanguage] ?? Object.values(text)[0] ?? '';
}

/** A floor's name, or its id when the venue has no such floor. */
export function floorName(venue: Venue, floorId: string): string {
  const floor = venue.floors.find((f) => f.id === floorId);
  return floor ? defaultText(floor.name, venue) || floor.id : floorId;
}

/** A room's name, or its id when the venue has no such room. */
export function roomName(venue: Venue, roomId: string): string {
  const room = venue.rooms.find((r) => r.id === roomId);
  return room ? defaultText(room.name, venue) || room.id : roomId;
}
