import type { LocalizedText, Venue } from '../../../core/venue/index.ts';
import { languageLabel } from './tour-labels.ts';

/**
 * What typing into one language of a per-language text does. The format needs
 * the default language's text before any other, and a tour title always needs
 * it; rather than let the core refuse each keystroke (and the field snap back),
 * the field explains the rule in place and keeps what the curator typed.
 */
export type TextEdit =
  /** Apply this value (null removes the language). */
  | { kind: 'apply'; value: string | null }
  /** Nothing changes: the value is already stored. */
  | { kind: 'same' }
  /** Not applied, for this reason (shown beside the field). */
  | { kind: 'blocked'; message: string };

/**
 * Plans the edit for `typed` in `language` of `text`; an empty field removes the
 * language. `what` names the text in messages ("title", "narration"); `required`
 * texts (a tour's title) cannot lose their default-language text.
 */
export function planTextEdit(venue: Venue, text: LocalizedText | undefined, language: string, typed: string, what: string, required = false): TextEdit {
  const def = venue.defaultLanguage;
  const value = typed === '' ? null : typed;
  if (value === (text?.[language] ?? null)) return { kind: 'same' };
  if (language !== def && text?.[def] === undefined) {
    return { kind: 'blocked', message: `Write the ${what} in ${languageLabel(def)} first: the other languages translate it.` };
  }
  if (value === null && language === def) {
    if (required) return { kind: 'blocked', message: `The ${what} cannot be empty in ${languageLabel(def)}, the venue’s main language.` };
    const others = Object.keys(text ?? {}).filter((l) => l !== def);
    if (others.length > 0) {
      return { kind: 'blocked', message: `The ${languageLabel(def)} ${what} cannot be removed while it has translations (${others.map(languageLabel).join(', ')}); clear those first.` };
    }
  }
  return { kind: 'apply', value };
}

/** True when `language` cannot be written yet because the default language's text is missing. */
export function needsDefaultFirst(venue: Venue, text: LocalizedText | undefined, language: string): boolean {
  return language !== venue.defaultLanguage && text?.[venue.defaultLanguage] === undefined;
}
