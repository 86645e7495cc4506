import type { LocalizedText } from '../../core/venue/index.ts';
import { pickText } from '../../core/i18n/localize.ts';

/**
 * A venue text (tour title, description, narration) in the visitor's language, as
 * escaped text, tagged with the language it is really in so screen readers speak it
 * right, and marked when it had to fall back to another language.
 */
export function VenueText({ text, lang, defaultLanguage, fallbackNote }: { text: LocalizedText; lang: string; defaultLanguage: string; fallbackNote: string }) {
  const picked = pickText(text, lang, defaultLanguage);
  return (
    <>
      <span lang={picked.lang}>{picked.text}</span>
      {picked.fallback && <span className="fallback-note"> ({fallbackNote})</span>}
    </>
  );
}

/** The plain string of a venue text in the visitor's language, for attributes such as aria-label. */
export function venueString(text: LocalizedText, lang: string, defaultLanguage: string): string {
  return pickText(text, lang, defaultLanguage).text;
}
