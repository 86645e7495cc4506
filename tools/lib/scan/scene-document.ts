import { basename, extname } from 'node:path';
import { formatProblem, validateVenue, type Scan, type Venue } from '../../../src/core/venue/index.ts';
import { CliError } from '../cli.ts';
import { GENERATOR } from './gltf-io.ts';
import type { Placement } from './placement.ts';

/**
 * The venue's scene.json as the importer changes it: in an existing venue only
 * `scan` is replaced (every other field, unknown ones included, stays as
 * written, in its order); a new venue gets the smallest document that
 * validates: one floor as high as the scan, one room over its footprint.
 */

/** A scene.json document as parsed JSON (not the validated Venue: unknown fields must survive). */
export type SceneJson = Record<string, unknown>;

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/** A title from the input's file name: "GothicBed_01_1k.glb" → "GothicBed 01 1k". */
export function titleFromFileName(file: string): string {
  const title = basename(file, extname(file)).replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return title.slice(0, 200);
}

/** The smallest valid venue around a scan that was centred on the origin (floor at y = 0). */
export function minimalVenue(id: string, title: string, scan: Scan, placement: Placement): SceneJson {
  const height = Math.max(0.1, round(placement.max[1] - placement.floorY));
  // The room is the footprint, rounded outwards to the centimetre and never thinner than 10 cm.
  const lo = (v: number) => Math.floor(v * 100) / 100;
  const hi = (v: number) => Math.ceil(v * 100) / 100;
  let [x0, x1, z0, z1] = [lo(placement.min[0]), hi(placement.max[0]), lo(placement.min[2]), hi(placement.max[2])];
  if (x1 - x0 < 0.1) [x0, x1] = [round(x0 - 0.05), round(x1 + 0.05)];
  if (z1 - z0 < 0.1) [z0, z1] = [round(z0 - 0.05), round(z1 + 0.05)];
  return {
    asset: { type: 'museum-venue', version: 1, generator: GENERATOR },
    id,
    title: { en: title || id },
    defaultLanguage: 'en',
    languages: ['en'],
    scan,
    floors: [{ id: 'floor-0', name: { en: 'Ground floor' }, elevation: round(placement.floorY), height }],
    rooms: [{ id: 'room-building', floor: 'floor-0', name: { en: 'Whole building' }, kind: 'hall', outline: [[x0, z0], [x1, z0], [x1, z1], [x0, z1]] }],
  };
}

/** The document with `scan` replaced, or inserted where the format lists it (before `floors`). */
export function withScan(doc: SceneJson, scan: Scan): SceneJson {
  if ('scan' in doc) return { ...doc, scan };
  const out: SceneJson = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'floors') out.scan = scan;
    out[key] = value;
  }
  if (!('scan' in out)) out.scan = scan;
  return out;
}

/** Parses an existing scene.json and requires it to be a valid venue now (the importer does not fix other problems). */
export function parseExistingScene(text: string, expectedId: string, label: string): { doc: SceneJson; venue: Venue } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${label}: is not valid JSON (${(error as Error).message}); fix it or move it away, then import again`, 1);
  }
  const result = validateVenue(doc, { expectedId });
  if (!result.venue) {
    const errors = result.problems.filter((p) => p.severity === 'error').slice(0, 10).map((p) => `  ${formatProblem(p)}`);
    throw new CliError(`${label}: the venue has problems, so its scan is not replaced (nothing was changed):\n${errors.join('\n')}\nFix them (npm run venue:validate) and import again.`, 1);
  }
  return { doc: doc as SceneJson, venue: result.venue };
}

/** Validates the document about to be written; a failure here is a bug in the importer, reported as such. */
export function requireValid(doc: SceneJson, expectedId: string): void {
  const result = validateVenue(doc, { expectedId });
  if (!result.venue) {
    throw new Error(`the scene.json the importer made does not validate (nothing was changed): ${result.problems.filter((p) => p.severity === 'error').map(formatProblem).join('; ')}`);
  }
}

/** Serialises like the file it replaces: same indentation, final newline. */
export function formatSceneJson(doc: SceneJson, previousText?: string): string {
  const indent = previousText ? (/^\{\r?\n([ \t]+)"/.exec(previousText)?.[1] ?? '  ') : '  ';
  return JSON.stringify(doc, null, indent) + '\n';
}
