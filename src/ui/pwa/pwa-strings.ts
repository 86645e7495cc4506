/**
 * The words of the "new version" banner, German and English. Kept beside the
 * banner so they load with it, only when there is an update to announce.
 */
const PWA_STRINGS = {
  de: {
    newVersion: 'Neue Version verfügbar',
    reload: 'Neu laden',
    reloading: 'Wird neu geladen …',
  },
  en: {
    newVersion: 'New version available',
    reload: 'Reload',
    reloading: 'Reloading …',
  },
} as const;

export type PwaStrings = (typeof PWA_STRINGS)[keyof typeof PWA_STRINGS];

/** The banner's words in `lang`; English for any language the app does not speak. */
export function pwaStrings(lang: string): PwaStrings {
  return lang === 'de' ? PWA_STRINGS.de : PWA_STRINGS.en;
}
