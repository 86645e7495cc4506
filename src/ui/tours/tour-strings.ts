/**
 * The guided-tour panel's own words in German and English. Tour titles, descriptions
 * and narrations come from the venue with their own translations; these are the
 * buttons and messages around them. Kept beside the panel rather than in
 * src/ui/strings.ts so the tour feature stays in one folder.
 */

const TOUR_STRINGS = {
  de: {
    heading: 'Führungen',
    noTours: 'Für dieses Museum gibt es noch keine Führungen.',
    start: 'Starten',
    startTour: (title: string) => `Starten: ${title}`,
    stopCount: (n: number) => `${n} ${n === 1 ? 'Station' : 'Stationen'}`,
    duration: (minutes: number) => (minutes < 1 ? 'unter 1 Min.' : `etwa ${minutes} Min.`),
    stopOf: (n: number, total: number) => `Station ${n} von ${total}`,
    finished: 'Ende der Führung',
    thanks: 'Die Führung ist zu Ende. Sie können sie noch einmal hören oder eine andere wählen.',
    previous: 'Zurück',
    next: 'Weiter',
    pause: 'Pause',
    play: 'Abspielen',
    playAgain: 'Noch einmal',
    end: 'Führung beenden',
    mute: 'Audio aus',
    progress: 'Zeit an dieser Station',
    controls: 'Steuerung der Führung',
    allStops: 'Alle Stationen',
    goToStop: (n: number, title: string) => `Station ${n}: ${title}`,
    narrationUnavailable: 'Die Audio-Erzählung ist nicht verfügbar. Die Führung geht nach Zeit weiter.',
    audioIn: (language: string) => `Audio auf ${language}`,
    notTranslated: 'nicht übersetzt',
  },
  en: {
    heading: 'Guided tours',
    noTours: 'This museum has no guided tours yet.',
    start: 'Start',
    startTour: (title: string) => `Start: ${title}`,
    stopCount: (n: number) => `${n} ${n === 1 ? 'stop' : 'stops'}`,
    duration: (minutes: number) => (minutes < 1 ? 'under 1 min' : `about ${minutes} min`),
    stopOf: (n: number, total: number) => `Stop ${n} of ${total}`,
    finished: 'End of tour',
    thanks: 'The tour is over. You can hear it again or choose another one.',
    previous: 'Previous',
    next: 'Next',
    pause: 'Pause',
    play: 'Play',
    playAgain: 'Play again',
    end: 'End tour',
    mute: 'Mute narration',
    progress: 'Time at this stop',
    controls: 'Tour controls',
    allStops: 'All stops',
    goToStop: (n: number, title: string) => `Stop ${n}: ${title}`,
    narrationUnavailable: 'Narration audio is unavailable. The tour moves on by itself.',
    audioIn: (language: string) => `Audio in ${language}`,
    notTranslated: 'not translated',
  },
};

/** The words of the tour panel. */
export type TourStrings = (typeof TOUR_STRINGS)['en'];

/**
 * The tour panel's words for `lang` ("de", "de-AT" → German; anything else → English).
 * The return type also makes a word missing from German a type error.
 */
export function tourStrings(lang: string): TourStrings {
  return lang.split('-')[0] === 'de' ? TOUR_STRINGS.de : TOUR_STRINGS.en;
}

/** "0:45": minutes and seconds of a stop's time. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** The name of a language in the interface's language, e.g. "Deutsch" or "German". */
export function languageName(tag: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag.toUpperCase();
  }
}
