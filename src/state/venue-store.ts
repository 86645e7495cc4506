import { create } from 'zustand';
import type { LoadedVenue, Problem } from '../core/venue/index.ts';
import { peekGltfScanUri, VenueLoadError } from '../core/venue/index.ts';
import { resolveVersionedUri } from '../core/venue/version.ts';
import { chooseLanguage } from '../core/i18n/localize.ts';
import { openVenue, venueRequestFrom } from '../platform/venue-location.ts';
import { resetView } from './view-store.ts';
import { downloadScan, forgetScanDownload } from './scan-store.ts';

/**
 * Tells whoever can decode scans (the 3D view's module, once loaded) which scan to
 * start on; the download itself starts here at once.
 */
export const scanHint = {
  listeners: new Set<(url: string, uri: string) => void>(),
  notify(url: string, uri: string): void {
    downloadScan(url).catch(() => undefined);
    for (const listener of this.listeners) listener(url, uri);
  },
};

/**
 * Which venue is open, and how its loading went. Changes a few times per visit, so
 * React components subscribe to it directly.
 */
export type VenueState =
  | { status: 'loading'; venueId: string }
  | { status: 'ready'; venueId: string; loaded: LoadedVenue }
  | { status: 'error'; venueId: string; problems: Problem[]; kind: 'invalid' | 'missing' | 'bad-id' };

interface VenueStore {
  state: VenueState;
  /** Language of the interface and the venue's texts. */
  language: string;
  /** The hotspot whose panel is open. */
  selectedHotspot: string | null;
  open(search: string, preferences: readonly string[]): Promise<void>;
  setLanguage(lang: string): void;
  selectHotspot(id: string | null): void;
}

export const useVenueStore = create<VenueStore>()((set, get) => ({
  state: { status: 'loading', venueId: '' },
  language: 'en',
  selectedHotspot: null,

  async open(search, preferences) {
    const request = venueRequestFrom(search);
    const fallbackLang = chooseLanguage(preferences, ['de', 'en'], 'en');
    if (!request.ok) {
      set({
        language: fallbackLang,
        state: { status: 'error', venueId: request.id, kind: 'bad-id', problems: [{ path: 'venue', message: `${JSON.stringify(request.id)} is not a venue id (a–z, 0–9 and "-")`, severity: 'error' }] },
      });
      return;
    }
    // The first opening is of the venue the address names, whose scan boot.ts may be downloading already.
    const firstOpening = get().state.venueId === '';
    set({ state: { status: 'loading', venueId: request.id }, language: fallbackLang, selectedHotspot: null });
    resetView();
    if (!firstOpening) forgetScanDownload();
    try {
      const loaded = await openVenue(request.id, {
        // The building is the slowest part: start downloading and decoding it while scene.json is validated.
        onText: (text, baseUrl, version) => {
          const uri = peekGltfScanUri(text);
          if (uri) scanHint.notify(resolveVersionedUri(baseUrl, uri, version), uri);
        },
      });
      if (get().state.venueId !== request.id) return; // another venue was opened meanwhile
      performance.mark('venue:validated');
      const { languages, defaultLanguage, scan } = loaded.venue;
      if (scan?.format === 'gltf') scanHint.notify(loaded.resolve(scan.uri), scan.uri);
      set({ state: { status: 'ready', venueId: request.id, loaded }, language: chooseLanguage(preferences, languages, defaultLanguage) });
    } catch (error) {
      const problems = error instanceof VenueLoadError ? error.problems : [{ path: '', message: String(error), severity: 'error' as const }];
      const missing = error instanceof VenueLoadError && error.notFound;
      set({ state: { status: 'error', venueId: request.id, kind: missing ? 'missing' : 'invalid', problems } });
    }
  },
  setLanguage: (language) => set({ language }),
  selectHotspot: (selectedHotspot) => set({ selectedHotspot }),
}));
