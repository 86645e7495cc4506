import type { Venue } from '../venue/index.ts';

/** A file of the bundle that the venue refers to, and where. */
export interface FileReference {
  /** JSON path of the reference, e.g. `hotspots[2].media[0].uri` or `tours[0].stops[1].audio.de`. */
  path: string;
  /** The URI as written in scene.json. */
  uri: string;
}

/**
 * Every relative file URI a venue refers to (scan, hotspot media and captions,
 * tour audio), with its JSON path. `https:` and `data:` URIs are not bundle files.
 * Same walk as tools/lib/bundle-files.ts, kept pure so the browser can use it.
 */
export function referencedFiles(venue: Venue): FileReference[] {
  const out: FileReference[] = [];
  const add = (path: string, value: string | Readonly<Record<string, string>> | undefined): void => {
    if (value === undefined) return;
    const entries = typeof value === 'string' ? [['', value] as const] : Object.entries(value);
    for (const [lang, uri] of entries) {
      if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(uri)) continue;
      out.push({ path: lang === '' ? path : `${path}.${lang}`, uri });
    }
  };
  add('scan.uri', venue.scan?.uri);
  venue.hotspots?.forEach((h, i) =>
    h.media?.forEach((m, j) => {
      add(`hotspots[${i}].media[${j}].uri`, m.uri);
      if (m.kind === 'audio') add(`hotspots[${i}].media[${j}].captions`, m.captions);
    }),
  );
  venue.tours?.forEach((t, i) => t.stops.forEach((s, j) => add(`tours[${i}].stops[${j}].audio`, s.audio)));
  return out;
}

/**
 * The bundle path a relative URI names: without `?query`/`#fragment`, %-escapes
 * decoded, leading "./" removed; `null` when the escapes are broken.
 */
export function uriToBundlePath(uri: string): string | null {
  const path = uri.split(/[?#]/, 1)[0] ?? '';
  try {
    return decodeURIComponent(path).replace(/^(\.\/)+/, '');
  } catch {
    return null;
  }
}
