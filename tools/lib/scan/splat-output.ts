import type { Progress } from './progress.ts';
import type { ScanOutput } from './report.ts';
import { cleanSplats, limitShDegree, scaleAndMoveSplats, sortSplats, writeSplatPly, type SplatCloud } from './splat-cloud.ts';
import { GENERATOR } from './gltf-io.ts';

/**
 * The output of a Gaussian splat: cleaned, placed and sorted, as `scan.ply`
 * (format "splat"). Moving and scaling are written into the splats; a Z-up
 * turn is not, because turning splats also means rotating their spherical
 * harmonics, so it goes into `scan.transform.rotation`, which the format has
 * for exactly this.
 */
export interface SplatOutputOptions {
  scale: number;
  zUp: boolean;
  /** Offset in venue (Y-up) axes, applied after scaling. */
  offset: readonly [number, number, number];
  shDegree?: number;
}

/** −90° about x, as a quaternion [x, y, z, w]: Z-up → Y-up. */
export const Z_UP_TO_Y_UP: [number, number, number, number] = [-Math.SQRT1_2, 0, 0, Math.SQRT1_2];

/** Cleans, places, trims and sorts a splat cloud and writes it as PLY. */
export function splatOutput(input: SplatCloud, options: SplatOutputOptions, progress: Progress, label: string): ScanOutput {
  progress.step('cleaning and sorting the splats');
  const { splat: cleaned, dropped } = cleanSplats(input);
  if (dropped > 0) progress.step(`  dropped ${dropped} splats that are invisible or broken (non-finite numbers, zero rotation, opacity below 1/255)`);
  if (cleaned.count === 0) throw new Error(`${label}: no visible splats are left after cleaning`);
  const trimmed = options.shDegree === undefined ? cleaned : limitShDegree(cleaned, options.shDegree);
  // The file stays in its own axes when it is Z-up: venue (X, Y, Z) is file (X, −Z, Y).
  const [ox, oy, oz] = options.offset;
  scaleAndMoveSplats(trimmed, options.scale, options.zUp ? [ox, -oz, oy] : [ox, oy, oz]);
  const sorted = sortSplats(trimmed);
  const scan: ScanOutput['scan'] = { uri: 'scan.ply', format: 'splat' };
  if (options.zUp) scan.transform = { rotation: Z_UP_TO_Y_UP };
  return { files: [{ path: 'scan.ply', bytes: writeSplatPly(sorted, GENERATOR) }], scan, counts: { splats: sorted.count } };
}
