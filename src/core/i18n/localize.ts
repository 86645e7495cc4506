import type { LocalizedText } from '../venue/schema.ts';

/** A text picked for the visitor's language, and whether it had to fall back. */
export interface PickedText {
  text: string;
  /** The language the text is actually in. */
  lang: string;
  /** True when the wanted language was missing and another one was used. */
  fallback: boolean;
}

/**
 * Picks `wanted` from a LocalizedText, falling back to the venue's default language
 * (which validation guarantees), then to any language at all.
 */
export function pickText(text: LocalizedText, wanted: string, defaultLanguage: string): PickedText {
  const exact = text[wanted];
  if (exact !== undefined) return { text: exact, lang: wanted, fallback: false };
  const base = wanted.split('-')[0] ?? wanted;
  const sameBase = Object.keys(text).find((tag) => tag.split('-')[0] === base);
  if (sameBase !== undefined) return { text: text[sameBase]!, lang: sameBase, fallback: false };
  const def = text[defaultLanguage];
  if (def !== undefined) return { text: def, lang: defaultLanguage, fallback: true };
  const [lang, any] = Object.entries(text)[0] ?? [defaultLanguage, ''];
  return { text: any, lang, fallback: true };
}

/**
 * Chooses the language to show from the visitor's preferences (e.g.
 * `navigator.languages`) and what the venue offers: the first preference the venue
 * has (matching "de-AT" to "de"), else the venue's default language.
 */
export function chooseLanguage(preferences: readonly string[], offered: readonly string[], defaultLanguage: string): string {
  for (const pref of preferences) {
    if (offered.includes(pref)) return pref;
    const base = pref.split('-')[0];
    const match = offered.find((tag) => tag === base || tag.split('-')[0] === base);
    if (match !== undefined) return match;
  }
  return defaultLanguage;
}
