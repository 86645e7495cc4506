import type { LocalizedText, Venue } from '../../core/venue/index.ts';
import { pickText } from '../../core/i18n/localize.ts';
import type { Strings } from '../strings.ts';

/**
 * A venue text in the visitor's language as escaped text, marked when it falls back
 * to another language: the `lang` attribute lets a screen reader switch voices, and
 * the visible note tells everyone why the text is not in their language.
 */
export function Localized({ text, venue, lang, t }: { text: LocalizedText | undefined; venue: Venue; lang: string; t: Strings }) {
  if (!text) return null;
  const picked = pickText(text, lang, venue.defaultLanguage);
  return (
    <span lang={picked.lang}>
      {picked.text}
      {picked.fallback && <FallbackNote t={t} />}
    </span>
  );
}

/** The " (not translated)" note after a text shown in another language than the visitor's. */
export function FallbackNote({ t }: { t: Strings }) {
  return <span className="fallback-note"> ({t.fallbackNote})</span>;
}
