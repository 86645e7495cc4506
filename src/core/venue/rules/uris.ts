import type { Venue } from '../schema.ts';
import { quote, type ProblemList } from '../problems.ts';
import { LIMITS } from '../limits.ts';
import { markdownLinks, uriProblem, type UriRole } from '../uri.ts';
import { textFields } from './texts.ts';

/** A URI value, or a per-language map of them, with its JSON path. */
function eachUri(value: string | Record<string, string> | undefined, path: string, visit: (uri: string, path: string) => void): void {
  if (value === undefined) return;
  if (typeof value === 'string') visit(value, path);
  else for (const [lang, uri] of Object.entries(value)) visit(uri, `${path}.${lang}`);
}

/**
 * URIs stay inside the bundle or use https; links use http(s) or mailto; no script
 * URIs anywhere, including links written in Markdown bodies.
 */
export function checkUris(venue: Venue, problems: ProblemList): void {
  const check = (role: UriRole) => (uri: string, path: string): void => {
    if (!uri.startsWith('data:') && uri.length > LIMITS.uri) {
      problems.error(path, `URI is too long (${uri.length} characters; at most ${LIMITS.uri})`);
      return;
    }
    const problem = uriProblem(uri, role);
    if (problem !== null) problems.error(path, `${quote(uri)} ${problem}`);
  };

  eachUri(venue.scan?.uri, 'scan.uri', check('bundle'));
  venue.credits?.forEach((c, i) => eachUri(c.url, `credits[${i}].url`, check('link')));
  venue.hotspots?.forEach((h, i) =>
    h.media?.forEach((m, j) => {
      eachUri(m.uri, `hotspots[${i}].media[${j}].uri`, check('media'));
      if (m.kind === 'audio') eachUri(m.captions, `hotspots[${i}].media[${j}].captions`, check('media'));
    }),
  );
  venue.tours?.forEach((t, i) => t.stops.forEach((s, j) => eachUri(s.audio, `tours[${i}].stops[${j}].audio`, check('media'))));

  for (const field of textFields(venue)) {
    if (!field.markdown) continue;
    for (const [lang, text] of Object.entries(field.text)) {
      for (const link of markdownLinks(text)) {
        const problem = uriProblem(link, 'link');
        if (problem !== null) problems.error(`${field.path}.${lang}`, `link ${quote(link)}: ${problem}`);
      }
    }
  }
}
