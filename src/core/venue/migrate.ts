import { CURRENT_VERSION } from './schema.ts';

/**
 * Format versions. A venue written by an older tool is migrated step by step to the
 * current version before validation; a venue from a newer tool is refused, because
 * guessing at fields this reader does not know could show visitors wrong routes.
 *
 * Version 0 was the pre-release draft format. It differed from version 1 in that
 * (a) texts could be plain strings in the default language instead of language maps,
 * (b) `languages` could be omitted (only the default language), and (c) the walking
 * graph listed `links: [{ a, b, type }]` instead of `edges: [{ from, to, kind }]`.
 */

type Json = Record<string, unknown>;

/** The outcome of bringing a document to the current version. */
export type MigrationResult =
  | { ok: true; doc: Json; from: number }
  | { ok: false; path: string; message: string };

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Wraps a plain string into a language map. */
function localize(holder: unknown, key: string, lang: string): void {
  if (isObject(holder) && typeof holder[key] === 'string') holder[key] = { [lang]: holder[key] };
}

function eachObject(list: unknown, visit: (item: Json) => void): void {
  if (Array.isArray(list)) for (const item of list) if (isObject(item)) visit(item);
}

function migrate0to1(doc: Json): Json {
  const lang = typeof doc.defaultLanguage === 'string' ? doc.defaultLanguage : 'en';
  if (doc.languages === undefined) doc.languages = [lang];
  localize(doc, 'title', lang);
  eachObject(doc.floors, (f) => localize(f, 'name', lang));
  eachObject(doc.rooms, (r) => ['name', 'description'].forEach((k) => localize(r, k, lang)));
  eachObject(doc.hotspots, (h) => {
    ['title', 'summary', 'body'].forEach((k) => localize(h, k, lang));
    eachObject(h.media, (m) => localize(m, 'alt', lang));
  });
  eachObject(doc.tours, (t) => {
    ['title', 'description'].forEach((k) => localize(t, k, lang));
    eachObject(t.stops, (s) => localize(s, 'narration', lang));
  });
  const graph = doc.navGraph;
  if (isObject(graph) && Array.isArray(graph.links) && graph.edges === undefined) {
    graph.edges = graph.links.map((l: unknown) => {
      if (!isObject(l)) return l;
      const { a, b, type, ...rest } = l;
      return { from: a, to: b, kind: type ?? 'walk', ...rest };
    });
    delete graph.links;
  }
  return doc;
}

/** Migration steps, keyed by the version they migrate from. */
const STEPS: Record<number, (doc: Json) => Json> = { 0: migrate0to1 };

/** The oldest version that can still be migrated. */
export const OLDEST_VERSION = 0;

/**
 * Brings `doc` (already known to be an object with an `asset`) to the current
 * version. Works on a copy: the caller's document is never changed.
 */
export function migrateVenue(input: Json): MigrationResult {
  const asset = input.asset;
  if (!isObject(asset)) return { ok: false, path: 'asset', message: 'is required (an object with "type" and "version")' };
  const version = asset.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, path: 'asset.version', message: 'is required and must be a whole number' };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      path: 'asset.version',
      message: `this venue uses format version ${version}, but this app reads versions up to ${CURRENT_VERSION}; update the app to open it`,
    };
  }
  if (version < OLDEST_VERSION) {
    return { ok: false, path: 'asset.version', message: `format version ${version} does not exist (oldest is ${OLDEST_VERSION})` };
  }
  if (version === CURRENT_VERSION) return { ok: true, doc: input, from: version };

  let doc = structuredClone(input);
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { ok: false, path: 'asset.version', message: `no migration from format version ${v}` };
    doc = step(doc);
    (doc.asset as Json).version = v + 1;
  }
  return { ok: true, doc, from: version };
}
