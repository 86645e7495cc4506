import type { Scan } from '../../../src/core/venue/index.ts';

/**
 * The result of one import, printed as the last stdout line of
 * `npm run scan:import` (one JSON object) and returned to tests and the benchmark.
 */
export interface ScanImportReport {
  input: { file: string; kind: string; bytes: number; triangles?: number; points?: number; splats?: number };
  output: { bytes: number; triangles?: number; points?: number; splats?: number; tiles?: number; ratio: number };
  format: Scan['format'];
  scan: Scan;
  venue: { dir: string; id: string; created: boolean };
  /** Files written into the venue, relative to its folder. */
  files: string[];
  /** Files of the previous scan that were removed. */
  removed: string[];
  /** Size after import [x, y, z] in metres, and the offset the centring applied. */
  placement: { size: [number, number, number]; offset: [number, number, number] };
  warnings: string[];
}

/** What the scan-kind specific half of an import hands back. */
export interface ScanOutput {
  files: { path: string; bytes: Uint8Array }[];
  scan: Scan;
  counts: { triangles?: number; points?: number; splats?: number; tiles?: number };
}
