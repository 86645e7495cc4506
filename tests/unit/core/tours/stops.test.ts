import { describe, expect, it } from 'vitest';
import { DEFAULT_STOP_DURATION_S, findTour, stopAudio, stopDurationMs, tourDurationS } from '../../../../src/core/tours/stops.ts';

describe('tour stops', () => {
  it('last their durationS, or 30 s when the venue gives none', () => {
    expect(stopDurationMs({ durationS: 45 })).toBe(45_000);
    expect(stopDurationMs({})).toBe(DEFAULT_STOP_DURATION_S * 1000);
    expect(tourDurationS({ stops: [{ hotspot: 'a', durationS: 45 }, { hotspot: 'b' }] })).toBe(75);
  });

  it('play narration audio in the visitor’s language, else the default language, never a third one', () => {
    const stop = { audio: { de: 'media/a.de.mp3', en: 'media/a.en.mp3' } };
    expect(stopAudio(stop, 'en', 'de')).toEqual({ uri: 'media/a.en.mp3', lang: 'en', fallback: false });
    expect(stopAudio(stop, 'en-GB', 'de')).toEqual({ uri: 'media/a.en.mp3', lang: 'en', fallback: false });
    expect(stopAudio({ audio: { de: 'media/a.de.mp3' } }, 'en', 'de')).toEqual({ uri: 'media/a.de.mp3', lang: 'de', fallback: true });
    expect(stopAudio({ audio: { fr: 'media/a.fr.mp3' } }, 'en', 'de')).toBeNull();
    expect(stopAudio({}, 'en', 'de')).toBeNull();
  });

  it('are found by their tour’s id', () => {
    const venue = { tours: [{ id: 't-1', title: { de: 'T' }, stops: [{ hotspot: 'h' }] }] };
    expect(findTour(venue, 't-1')?.id).toBe('t-1');
    expect(findTour(venue, 't-2')).toBeUndefined();
    expect(findTour(venue, null)).toBeUndefined();
    expect(findTour({}, 't-1')).toBeUndefined();
  });
});
