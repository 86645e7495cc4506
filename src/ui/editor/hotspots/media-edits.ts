import { pickText } from '../../../core/i18n/localize.ts';
import type { HotspotMedia } from '../../../core/venue/index.ts';

/**
 * Changes to a hotspot's media list as pure functions from one list to the next.
 * The panel hands the result to the `setHotspotMedia` command, so each change is
 * one undo step and the core validates the whole list again.
 */

export type ImageMedia = Extract<HotspotMedia, { kind: 'image' }>;
export type AudioMedia = Extract<HotspotMedia, { kind: 'audio' }>;

/** The list with the item at `from` moved to `to` (both clamped into the list). */
export function moveMediaItem(list: readonly HotspotMedia[], from: number, to: number): HotspotMedia[] {
  const next = [...list];
  if (from < 0 || from >= next.length) return next;
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item!);
  return next;
}

/** The list without the item at `index`. */
export function removeMediaItem(list: readonly HotspotMedia[], index: number): HotspotMedia[] {
  return list.filter((_, i) => i !== index);
}

/** The list with the item at `index` replaced. */
export function replaceMediaItem(list: readonly HotspotMedia[], index: number, item: HotspotMedia): HotspotMedia[] {
  return list.map((old, i) => (i === index ? item : old));
}

/** Sets one language in a per-language record; an empty value removes it, an empty record becomes undefined. */
function setLanguage(record: Readonly<Record<string, string>> | undefined, lang: string, value: string | null): Record<string, string> | undefined {
  const next: Record<string, string> = { ...record };
  if (value === null || value === '') delete next[lang];
  else next[lang] = value;
  return Object.keys(next).length === 0 ? undefined : next;
}

/** The image with its alt text in `lang` set (an empty text removes that language). */
export function withAlt(item: ImageMedia, lang: string, value: string): ImageMedia {
  const { alt: _old, ...rest } = item;
  const alt = setLanguage(item.alt, lang, value);
  return alt ? { ...rest, alt } : rest;
}

/** The item with its credit set (an empty text removes it). */
export function withCredit<T extends HotspotMedia>(item: T, value: string): T {
  const { credit: _old, ...rest } = item;
  return (value === '' ? rest : { ...rest, credit: value }) as T;
}

/** The audio with its captions file for `lang` set, or removed with null. */
export function withCaptions(item: AudioMedia, lang: string, path: string | null): AudioMedia {
  const { captions: _old, ...rest } = item;
  const captions = setLanguage(item.captions, lang, path);
  return captions ? { ...rest, captions } : rest;
}

/** The file an item plays or shows in `lang`: its only file, or that language's (falling back as visitors see it). */
export function mediaUriFor(item: HotspotMedia, lang: string, defaultLanguage: string): { uri: string; lang: string | null; fallback: boolean } | null {
  if (typeof item.uri === 'string') return { uri: item.uri, lang: null, fallback: false };
  if (Object.keys(item.uri).length === 0) return null;
  const picked = pickText(item.uri, lang, defaultLanguage);
  return { uri: picked.text, lang: picked.lang, fallback: picked.fallback };
}

/** What an image without alt text in the language being written says. */
export const ALT_TEXT_WARNING = 'Add alt text: visitors using a screen reader will miss this image';

/** The venue languages in which an image has no alt text (empty texts count as none). */
export function languagesWithoutAlt(item: ImageMedia, languages: readonly string[]): string[] {
  return languages.filter((lang) => !item.alt?.[lang]?.trim());
}
