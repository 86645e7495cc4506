/**
 * The interface's own words, in every language the app speaks. Venue content comes
 * with its own translations; these are the buttons and messages around it.
 */
export const UI_LANGUAGES = ['de', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STRINGS = {
  de: {
    views: 'Ansicht',
    overview: 'Überblick',
    plan: 'Grundriss',
    walk: 'Rundgang',
    floors: 'Etage',
    allFloors: 'Alle',
    share: 'Link teilen',
    linkCopied: 'Link kopiert',
    copyThisLink: 'Diesen Link kopieren:',
    whereAmI: 'Wo bin ich?',
    loadingPositioning: 'Ortung wird geladen …',
    findYourWay: 'Weg finden',
    loadingWayfinding: 'Wegweiser wird geladen …',
    searchExhibits: 'Exponate durchsuchen',
    searchPlaceholder: 'Titel, Raum oder Schlagwort',
    noMatches: 'Keine Treffer',
    matches: (n: number, total: number) => (n === total ? `${total} Exponate` : `${n} von ${total} Exponaten`),
    youAreIn: 'Sie sind hier:',
    walkHint: 'Ziehen zum Umsehen, W A S D oder Pfeiltasten zum Gehen, Klick auf den Boden zum Hingehen.',
    overviewHint: 'Ziehen zum Drehen, Mausrad zum Zoomen, Doppelklick auf einen Boden zum Hineingehen.',
    takeStairs: (floor: string) => `Treppe nach: ${floor}`,
    takeElevator: (floor: string) => `Aufzug nach: ${floor}`,
    miniMap: 'Lageplan',
    notice: 'Hinweis',
    dismiss: 'Schließen',
    linkNotice: (what: string) => `Ein Teil des Links wurde ignoriert (${what}); die Standardansicht wird gezeigt.`,
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
    views: 'View',
    overview: 'Overview',
    plan: 'Floor plan',
    walk: 'Walk',
    floors: 'Floor',
    allFloors: 'All',
    share: 'Share link',
    linkCopied: 'Link copied',
    copyThisLink: 'Copy this link:',
    whereAmI: 'Where am I?',
    loadingPositioning: 'Loading positioning …',
    findYourWay: 'Find your way',
    loadingWayfinding: 'Loading directions …',
    searchExhibits: 'Search exhibits',
    searchPlaceholder: 'Title, room or tag',
    noMatches: 'No matches',
    matches: (n: number, total: number) => (n === total ? `${total} exhibits` : `${n} of ${total} exhibits`),
    youAreIn: 'You are in:',
    walkHint: 'Drag to look around, W A S D or the arrow keys to walk, click the floor to go there.',
    overviewHint: 'Drag to turn, scroll to zoom, double-click a floor to step inside.',
    takeStairs: (floor: string) => `Stairs to: ${floor}`,
    takeElevator: (floor: string) => `Lift to: ${floor}`,
    miniMap: 'Map',
    notice: 'Notice',
    dismiss: 'Dismiss',
    linkNotice: (what: string) => `Part of the link was ignored (${what}); showing the default view instead.`,
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
