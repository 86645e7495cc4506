import { create } from 'zustand';
import type { LoadedVenue, Problem } from '../core/venue/index.ts';
import { VenueLoadError } from '../core/venue/index.ts';
import { chooseLanguage } from '../core/i18n/localize.ts';
import { openVenue, venueRequestFrom } from '../platform/venue-location.ts';
import { resetView } from './view-store.ts';
import { downloadScan, forgetScanDownload } from './scan-store.ts';

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
    set({ state: { status: 'loading', venueId: request.id }, language: fallbackLang, selectedHotspot: null });
    resetView();
    forgetScanDownload();
    try {
      const loaded = await openVenue(request.id);
      if (get().state.venueId !== request.id) return; // another venue was opened meanwhile
      performance.mark('venue:validated');
      const { languages, defaultLanguage, scan } = loaded.venue;
      // The scan is the largest file: start it now, while the 3D view's code loads.
      if (scan?.format === 'gltf') downloadScan(loaded.resolve(scan.uri)).catch(() => undefined);
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
