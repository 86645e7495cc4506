import type { LocalizedText, Venue } from '../schema.ts';
import { quote, type ProblemList } from '../problems.ts';

/**
 * Every LocalizedText of a venue, with its JSON path. Rules over texts (languages,
 * links) and tools (translation coverage) share this one walk.
 */
export interface TextField {
  path: string;
  text: LocalizedText;
  /** Markdown bodies may carry links; other texts are plain. */
  markdown: boolean;
}

/** Lists every LocalizedText in the venue, in document order. */
export function textFields(venue: Venue): TextField[] {
  const out: TextField[] = [];
  const add = (path: string, text: LocalizedText | undefined, markdown = false): void => {
    if (text !== undefined) out.push({ path, text, markdown });
  };
  add('title', venue.title);
  venue.floors.forEach((f, i) => add(`floors[${i}].name`, f.name));
  venue.rooms.forEach((r, i) => {
    add(`rooms[${i}].name`, r.name);
    add(`rooms[${i}].description`, r.description);
  });
  venue.hotspots?.forEach((h, i) => {
    add(`hotspots[${i}].title`, h.title);
    add(`hotspots[${i}].summary`, h.summary);
    add(`hotspots[${i}].body`, h.body, true);
    h.media?.forEach((m, j) => {
      if (m.kind === 'image') add(`hotspots[${i}].media[${j}].alt`, m.alt);
    });
  });
  venue.tours?.forEach((t, i) => {
    add(`tours[${i}].title`, t.title);
    add(`tours[${i}].description`, t.description);
    t.stops.forEach((s, j) => add(`tours[${i}].stops[${j}].narration`, s.narration));
  });
  return out;
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True for a well-formed BCP-47 tag whose language is a known one ("de", "en-GB"; not "xx"). */
export function isKnownLanguageTag(tag: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical === undefined) return false;
    return displayNames.of(new Intl.Locale(canonical).language) !== undefined;
  } catch {
    return false;
  }
}

/**
 * Languages are known BCP-47 tags, the default language is one of them, and every
 * LocalizedText has the default language (the fallback for every other language).
 */
export function checkLanguages(venue: Venue, problems: ProblemList): void {
  const listed = new Set<string>();
  venue.languages.forEach((tag, i) => {
    if (!isKnownLanguageTag(tag)) problems.error(`languages[${i}]`, `${quote(tag)} is not a known BCP-47 language tag`);
    if (listed.has(tag)) problems.error(`languages[${i}]`, `language ${quote(tag)} is listed twice`);
    listed.add(tag);
  });
  const def = venue.defaultLanguage;
  if (!listed.has(def)) problems.error('defaultLanguage', `${quote(def)} is not one of the venue's languages (${venue.languages.join(', ')})`);

  for (const field of textFields(venue)) {
    if (field.text[def] === undefined) {
      problems.error(field.path, `missing the default language ${quote(def)}`);
    }
    for (const tag of Object.keys(field.text)) {
      if (!listed.has(tag)) problems.warn(`${field.path}.${tag}`, `language ${quote(tag)} is not in the venue's languages`);
    }
  }
  venue.hotspots?.forEach((h, i) =>
    h.media?.forEach((m, j) => {
      if (m.kind === 'image' && m.alt === undefined) {
        problems.warn(`hotspots[${i}].media[${j}].alt`, 'image has no alt text; visitors using a screen reader will miss it');
      }
    }),
  );
}
