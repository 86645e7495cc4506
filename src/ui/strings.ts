/**
 * The interface's own words, in every language the app speaks. Venue content comes
 * with its own translations; these are the buttons and messages around it.
 */
export const UI_LANGUAGES = ['de', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STRINGS = {
  de: {
    loadingVenue: 'Museum wird geladen …',
    loadingScan: 'Gebäude wird geladen',
    venueFailed: 'Dieses Museum kann nicht geöffnet werden',
    venueFailedHint: 'Die Museumsdaten enthalten Fehler. Bitte wenden Sie sich an das Museum.',
    scanFailed: 'Das 3D-Modell des Gebäudes konnte nicht geladen werden',
    unknownVenue: 'Kein Museum mit dieser Kennung',
    exhibits: 'Exponate',
    close: 'Schließen',
    language: 'Sprache',
    viewer: '3D-Ansicht des Gebäudes',
    viewerHint: 'Ziehen zum Drehen, Mausrad oder zwei Finger zum Zoomen. Exponate lassen sich in der Liste auswählen.',
    fallbackNote: 'nicht übersetzt',
    credits: 'Quellen',
    warnings: (n: number) => `${n} Hinweis${n === 1 ? '' : 'e'} zu den Museumsdaten`,
    bytes: (loaded: string, total: string | null) => (total ? `${loaded} von ${total}` : loaded),
  },
  en: {
    loadingVenue: 'Loading the museum …',
    loadingScan: 'Loading the building',
    venueFailed: 'This museum cannot be opened',
    venueFailedHint: 'The museum’s data has errors. Please let the museum know.',
    scanFailed: 'The 3D model of the building could not be loaded',
    unknownVenue: 'No museum with this id',
    exhibits: 'Exhibits',
    close: 'Close',
    language: 'Language',
    viewer: '3D view of the building',
    viewerHint: 'Drag to turn, scroll or pinch to zoom. Exhibits can be chosen from the list.',
    fallbackNote: 'not translated',
    credits: 'Sources',
    warnings: (n: number) => `${n} note${n === 1 ? '' : 's'} on the museum’s data`,
    bytes: (loaded: string, total: string | null) => (total ? `${loaded} of ${total}` : loaded),
  },
} satisfies Record<UiLanguage, unknown>;

export type Strings = (typeof STRINGS)['en'];

export function strings(lang: string): Strings {
  return lang === 'de' ? STRINGS.de : STRINGS.en;
}

/** Formats a byte count for people: "1.4 MB". */
export function formatBytes(bytes: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toLocaleString(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 })} ${units[unit]}`;
}
