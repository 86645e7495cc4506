import type { LocalizedText } from '../venue/schema.ts';

/**
 * Ids for new items: readable in the JSON file and in URLs (`h-mona-lisa`), and
 * never one that is already used, so a new item cannot take over references that
 * belonged to another.
 */

/** Longest slug part of a generated id, so ids stay short in URLs. */
const MAX_SLUG = 40;

/** A lower-case ASCII slug of `text`: "Die Nachtwache (1642)" → "die-nachtwache-1642". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}

/**
 * A new id `<prefix>-<slug of the title>` (or `<prefix>-1`, `<prefix>-2`… without a
 * usable title), with a counter appended when that id is taken.
 */
export function newId(prefix: string, taken: ReadonlySet<string>, title?: LocalizedText, language?: string): string {
  const text = title === undefined ? '' : ((language !== undefined ? title[language] : undefined) ?? Object.values(title)[0] ?? '');
  const slug = slugify(text);
  if (slug !== '') {
    const base = `${prefix}-${slug}`;
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }
  for (let n = 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}
