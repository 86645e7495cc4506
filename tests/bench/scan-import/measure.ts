import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlyHeader, readPlyBody } from '../../../src/core/scan/index.ts';
import { scanIO, writeGlb } from '../../../tools/lib/scan/gltf-io.ts';
import { createProgress } from '../../../tools/lib/scan/progress.ts';
import { readScan } from '../../../tools/lib/scan/read-scan.ts';
import { countDrawn } from '../../../tools/lib/scan/stats.ts';

/**
 * What the scan benchmark measures per file: load (parse) time in Node, what a
 * GLB draws, and `gltf-transform optimize` with its defaults, run as the real
 * CLI (node_modules/.bin/gltf-transform) on the same input.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The median of some numbers (NaN for none). */
export const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Median ms of `runs` calls of `fn` (after one warm-up call). */
export async function timeMedian(fn: () => Promise<unknown> | unknown, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * Load time of a scan file as a viewer's parser would spend it, in Node: glTF
 * through glTF-Transform's NodeIO with the meshopt and Draco decoders (geometry
 * decoded; textures stay encoded, as the browser decodes them separately);
 * PLY splats through the project's PLY reader; OBJ and PLY meshes through the
 * importer's reader (there is no other reader of them here).
 */
export async function loadMs(path: string): Promise<number> {
  const io = await scanIO();
  const head = readFileSync(path).subarray(0, 4).toString('latin1');
  if (head === 'glTF' || path.endsWith('.gltf')) return timeMedian(() => io.read(path));
  if (head === 'ply\n' && readFileSync(path, 'latin1').slice(0, 4000).includes('f_dc_0')) {
    return timeMedian(() => {
      const bytes = new Uint8Array(readFileSync(path));
      return readPlyBody(bytes, parsePlyHeader(bytes));
    });
  }
  return timeMedian(() => readScan(path, path, createProgress(() => {})));
}

/** Triangles and points a GLB draws. */
export async function glbCounts(path: string): Promise<{ triangles: number; points: number }> {
  return countDrawn(await (await scanIO()).read(path));
}

/** An OBJ or PLY mesh/points scan converted to GLB as read, unoptimized: what `gltf-transform optimize` can take. */
export async function rawGlb(input: string, out: string): Promise<string> {
  const source = await readScan(input, input, createProgress(() => {}));
  if (source.kind === 'splat') throw new Error('splats are not glTF');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(out, await writeGlb(source.doc));
  return out;
}

/** Runs `gltf-transform optimize <in> <out>` with every default; wall time includes starting Node. */
export function gltfTransformOptimize(input: string, out: string): { ms: number; bytes: number; ok: boolean; error?: string } {
  const t = performance.now();
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'gltf-transform'), ['optimize', input, out], { encoding: 'utf8', timeout: 120_000 });
  const ms = performance.now() - t;
  if (run.status !== 0) return { ms, bytes: 0, ok: false, error: (run.stderr || run.stdout).trim().split('\n').at(-1) ?? `exit ${run.status}` };
  return { ms, bytes: statSync(out).size, ok: true };
}

/** Wall time of starting the gltf-transform CLI and doing nothing, to read its optimize times against. */
export function gltfTransformStartupMs(): number {
  const times = [0, 1, 2].map(() => {
    const t = performance.now();
    spawnSync(join(ROOT, 'node_modules', '.bin', 'gltf-transform'), ['--version'], { encoding: 'utf8' });
    return performance.now() - t;
  });
  return median(times);
}
