import type { Tour, TourStop, Venue } from '../venue/schema.ts';
import { pickText } from '../i18n/localize.ts';

/**
 * What a tour and its stops ask of the player: how long a stop lasts, which
 * narration audio it plays for a visitor, how long the whole tour takes. Kept apart
 * from the player so the player stays a state machine over numbers.
 */

/** A stop without `durationS` lasts this long: enough to read a short narration. */
export const DEFAULT_STOP_DURATION_S = 30;

/** The tour with this id in the venue, if any. */
export function findTour(venue: Pick<Venue, 'tours'>, tourId: string | null): Tour | undefined {
  if (tourId === null) return undefined;
  return venue.tours?.find((t) => t.id === tourId);
}

/** How long a stop lasts when no narration audio ends it, in milliseconds. */
export function stopDurationMs(stop: Pick<TourStop, 'durationS'>): number {
  return (stop.durationS ?? DEFAULT_STOP_DURATION_S) * 1000;
}

/** Total time of a tour by its stops' durations, in seconds (audio lengths are unknown until played). */
export function tourDurationS(tour: Pick<Tour, 'stops'>): number {
  return tour.stops.reduce((sum, stop) => sum + stopDurationMs(stop) / 1000, 0);
}

/** The narration audio a stop plays for a visitor. */
export interface StopAudio {
  /** The URI as written in the venue (resolve it before use). */
  uri: string;
  /** The language of the recording. */
  lang: string;
  /** True when the visitor's language had none and the default language's recording is used. */
  fallback: boolean;
}

/**
 * The narration audio of a stop in the visitor's language (matching "de-AT" to "de"),
 * else in the venue's default language, else none. Unlike texts, audio never falls
 * back to a third language: a recording nobody asked for is worse than reading.
 */
export function stopAudio(stop: Pick<TourStop, 'audio'>, lang: string, defaultLanguage: string): StopAudio | null {
  if (!stop.audio || Object.keys(stop.audio).length === 0) return null;
  const picked = pickText(stop.audio, lang, defaultLanguage);
  if (picked.fallback && picked.lang !== defaultLanguage) return null;
  if (picked.text === '') return null;
  return { uri: picked.text, lang: picked.lang, fallback: picked.fallback };
}
