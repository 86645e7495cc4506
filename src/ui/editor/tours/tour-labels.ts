import type { Tour, Venue } from '../../../core/venue/index.ts';
import { defaultText, roomName } from '../beacons/beacon-labels.ts';

/** Words of the tour editor built from venue data: language names, exhibit titles, stop labels. */

let languageNames: Intl.DisplayNames | null | undefined;

/** "German (de)": a language tag named in English for the curator, with the tag itself. */
export function languageLabel(tag: string): string {
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      languageNames = null;
    }
  }
  let name: string | undefined;
  try {
    name = languageNames?.of(tag);
  } catch {
    name = undefined; // not a well-formed tag: show it as it is
  }
  return name && name !== tag ? `${name} (${tag})` : tag;
}

/** What a stop shows: the exhibit's title (default language) and its room, or the id of a missing exhibit. */
export function exhibitLabel(venue: Venue, hotspotId: string): { title: string; room: string } {
  const hotspot = venue.hotspots?.find((h) => h.id === hotspotId);
  if (!hotspot) return { title: hotspotId, room: 'exhibit not found' };
  return { title: defaultText(hotspot.title, venue) || hotspot.id, room: roomName(venue, hotspot.room) };
}

/** A tour's title in the default language (its id when empty). */
export function tourTitle(venue: Venue, tour: Tour): string {
  return defaultText(tour.title, venue) || tour.id;
}

/** "1 stop", "5 stops". */
export const stopCount = (n: number): string => `${n} ${n === 1 ? 'stop' : 'stops'}`;
