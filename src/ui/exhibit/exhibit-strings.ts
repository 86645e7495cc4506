/**
 * The exhibit panel's own words in every interface language. Kept beside the panel
 * rather than in src/ui/strings.ts so the panel can grow without touching the
 * shared table; the shared words (close, "not translated") still come from there.
 */
const EXHIBIT_STRINGS = {
  de: {
    images: 'Bilder',
    audio: 'Audio',
    audioUnsupported: 'Ihr Browser kann diese Audiodatei nicht abspielen.',
    captions: 'Untertitel',
    captionsLoading: 'Untertitel werden geladen …',
    captionsUnavailable: 'Die Untertitel können nicht angezeigt werden.',
    showTranscript: 'Transkript anzeigen',
    hideTranscript: 'Transkript ausblenden',
    transcript: 'Transkript',
    playFrom: (time: string) => `ab ${time} abspielen`,
    tags: 'Schlagwörter',
    credit: 'Nachweis',
    opensInNewTab: '(öffnet in einem neuen Tab)',
    inLanguage: (language: string) => `auf ${language}`,
  },
  en: {
    images: 'Images',
    audio: 'Audio',
    audioUnsupported: 'Your browser cannot play this audio file.',
    captions: 'Captions',
    captionsLoading: 'Loading captions …',
    captionsUnavailable: 'The captions cannot be shown.',
    showTranscript: 'Show transcript',
    hideTranscript: 'Hide transcript',
    transcript: 'Transcript',
    playFrom: (time: string) => `play from ${time}`,
    tags: 'Tags',
    credit: 'Credit',
    opensInNewTab: '(opens in a new tab)',
    inLanguage: (language: string) => `in ${language}`,
  },
} satisfies Record<'de' | 'en', unknown>;

/** The exhibit panel's interface words for one language. */
export type ExhibitStrings = (typeof EXHIBIT_STRINGS)['en'];

/** The panel's words in `lang`, English for any language the interface does not speak. */
export function exhibitStrings(lang: string): ExhibitStrings {
  return lang.split('-')[0] === 'de' ? EXHIBIT_STRINGS.de : EXHIBIT_STRINGS.en;
}

/** A language's name in the interface language ("Deutsch", "German"), or its tag when unknown. */
export function languageName(tag: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Formats seconds as "m:ss" for transcript times. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
