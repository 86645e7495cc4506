import type { HotspotMedia } from '../../core/venue/index.ts';
import type { UriRole } from '../../core/venue/uri.ts';
import { pickText } from '../../core/i18n/localize.ts';

/** Turns a venue URI into a URL the browser can load: `LoadedVenue.resolve`. */
export type ResolveUri = (uri: string, role?: UriRole) => string;

/** A media URI picked for the visitor's language and resolved, or null when it cannot be used. */
export interface PickedMedia {
  url: string;
  /** The language of the file, when the venue gave one per language. */
  lang: string | null;
  /** True when the visitor's language was missing and another was used. */
  fallback: boolean;
}

/**
 * Picks a media URI (one for all, or one per language) for `lang`, falling back to
 * the default language as texts do, and resolves it. A URI the venue rules refuse
 * makes `resolve` throw; that medium is then left out rather than breaking the panel.
 */
export function pickMedia(uri: HotspotMedia['uri'], lang: string, defaultLanguage: string, resolve: ResolveUri, role: UriRole = 'media'): PickedMedia | null {
  const picked = typeof uri === 'string' ? { text: uri, lang: null, fallback: false } : pickText(uri, lang, defaultLanguage);
  if (picked.text === '') return null;
  try {
    return { url: resolve(picked.text, role), lang: picked.lang, fallback: picked.fallback };
  } catch {
    return null;
  }
}
