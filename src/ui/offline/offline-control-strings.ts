/**
 * The few words of the header's "Save offline" button, German and English. The
 * panel's many more words (offline-strings.ts) load with the panel.
 */
const CONTROL_STRINGS = {
  de: {
    saveOffline: 'Offline speichern',
    savedOffline: 'Offline gespeichert',
    updateOffline: 'Offline-Kopie veraltet',
    loadingPanel: 'Wird geladen …',
  },
  en: {
    saveOffline: 'Save offline',
    savedOffline: 'Saved offline',
    updateOffline: 'Offline copy outdated',
    loadingPanel: 'Loading …',
  },
};

export type OfflineControlStrings = (typeof CONTROL_STRINGS)['en'];

/** The button's words in `lang` (English for any language but German). */
export function offlineControlStrings(lang: string): OfflineControlStrings {
  return lang === 'de' ? CONTROL_STRINGS.de : CONTROL_STRINGS.en;
}
