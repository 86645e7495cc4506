import type { Venue } from '../venue/index.ts';

/** A URI the venue refers to, and where. */
export interface FileReference {
  /** JSON path of the reference, e.g. `hotspots[2].media[0].uri` or `tours[0].stops[1].audio.de`. */
  path: string;
  /** The URI as written in scene.json. */
  uri: string;
  /** What the file is: the building's scan, or an exhibit's or tour's media. */
  role: 'scan' | 'media';
}

const hasScheme = (uri: string): boolean => /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(uri);

/**
 * Every URI a venue refers to, with its JSON path, in file order: the scan,
 * hotspot media and captions (each language), tour audio. Any scheme is
 * included; the one walk over scene.json's URIs that the validator CLI, zip
 * import and "save for offline" share.
 */
export function venueUris(venue: Venue): FileReference[] {
  const out: FileReference[] = [];
  const add = (path: string, value: string | Readonly<Record<string, string>> | undefined, role: FileReference['role']): void => {
    if (value === undefined) return;
    const entries = typeof value === 'string' ? [['', value] as const] : Object.entries(value);
    for (const [lang, uri] of entries) out.push({ path: lang === '' ? path : `${path}.${lang}`, uri, role });
  };
  add('scan.uri', venue.scan?.uri, 'scan');
  venue.hotspots?.forEach((h, i) =>
    h.media?.forEach((m, j) => {
      add(`hotspots[${i}].media[${j}].uri`, m.uri, 'media');
      if (m.kind === 'audio') add(`hotspots[${i}].media[${j}].captions`, m.captions, 'media');
    }),
  );
  venue.tours?.forEach((t, i) => t.stops.forEach((s, j) => add(`tours[${i}].stops[${j}].audio`, s.audio, 'media')));
  return out;
}

/** The files of the bundle itself: every relative URI (`https:` and `data:` ones are not bundle files). */
export function referencedFiles(venue: Venue): FileReference[] {
  return venueUris(venue).filter((ref) => !hasScheme(ref.uri));
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
