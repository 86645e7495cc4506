import type { Problem, Venue } from '../../src/core/venue/index.ts';
import { bundleFileExists } from './fs-venue-source.ts';

/** Every relative file URI a venue refers to, with its JSON path. */
export function referencedFiles(venue: Venue): { path: string; uri: string }[] {
  const out: { path: string; uri: string }[] = [];
  const add = (path: string, value: string | Record<string, string> | undefined): void => {
    if (value === undefined) return;
    const entries = typeof value === 'string' ? [['', value] as const] : Object.entries(value);
    for (const [lang, uri] of entries) {
      if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(uri)) continue; // https: or data:, not a bundle file
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

/** Reports every file the venue refers to that is not in the bundle folder. */
export async function checkBundleFiles(dir: string, venue: Venue): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const { path, uri } of referencedFiles(venue)) {
    if (!(await bundleFileExists(dir, uri))) {
      problems.push({ path, message: `file ${JSON.stringify(uri)} is missing from the bundle`, severity: 'error' });
    }
  }
  return problems;
}
