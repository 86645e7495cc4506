import type { HotspotTextField, SetHotspotText } from '../../../core/editing/index.ts';
import { LIMITS } from '../../../core/venue/limits.ts';

/** Words and numbers for the exhibit text fields: their limits, counts and language names. */

/** The most characters each hotspot text may have (the format's limits, as the core enforces them). */
export const HOTSPOT_TEXT_LIMITS: Readonly<Record<HotspotTextField, number>> = {
  title: LIMITS.shortText,
  summary: LIMITS.text,
  body: LIMITS.longText,
};

/** What each field is called in the panel and in its messages. */
export const HOTSPOT_FIELD_NAMES: Readonly<Record<HotspotTextField, string>> = {
  title: 'Title',
  summary: 'Summary',
  body: 'Text',
};

/** From which share of the limit on the count is shown: early enough to plan, late enough not to clutter. */
export const NEAR_LIMIT_SHARE = 0.8;

const numbers = new Intl.NumberFormat('en');

/** "18,250 of 20,000 characters" once a text is near its limit; null while it is far from it. */
export function characterCount(length: number, limit: number): string | null {
  if (length < limit * NEAR_LIMIT_SHARE) return null;
  return `${numbers.format(length)} of ${numbers.format(limit)} characters`;
}

/** The message for a text (typed or pasted) that would not fit, saying how much is too much. */
export function tooLongMessage(fieldName: string, length: number, limit: number): string {
  const over = length - limit;
  return `Not changed: that would make the ${fieldName.toLowerCase()} ${numbers.format(length)} characters long, but at most ${numbers.format(limit)} fit. Shorten what you add by ${numbers.format(over)} ${over === 1 ? 'character' : 'characters'}.`;
}

/** "German" for "de"; the code itself where the system has no name for it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The edit for a typed value of an exhibit text, or why it is not even tried: a
 * text over the limit is refused here with a message that says by how much. An
 * emptied field removes that language (null), so visitors get the default
 * language instead of a blank; the core refuses that for the default-language
 * title, and its message is shown by the field.
 */
export function hotspotTextEdit(id: string, field: HotspotTextField, language: string, value: string): { ok: true; command: SetHotspotText } | { ok: false; message: string } {
  const limit = HOTSPOT_TEXT_LIMITS[field];
  if (value.length > limit) return { ok: false, message: tooLongMessage(HOTSPOT_FIELD_NAMES[field], value.length, limit) };
  return { ok: true, command: { type: 'setHotspotText', id, field, language, value: value === '' ? null : value } };
}
