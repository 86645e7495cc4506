import { describeScanError } from '../../scan-loader.ts';

/**
 * What a splat scan is (by its file name) and why it failed, in sentences a
 * visitor can read; the venue's plan and exhibits stay usable.
 */

/** The splat file types the viewer reads, by extension (the values are Spark's SplatFileType). */
const FILE_TYPES = { ply: 'ply', spz: 'spz', splat: 'splat', ksplat: 'ksplat' } as const;
export type SplatFileTypeName = (typeof FILE_TYPES)[keyof typeof FILE_TYPES];

/** The file type named by `uri`'s extension (query and fragment ignored), or null for an extension the viewer does not read. */
export function splatFileTypeOf(uri: string): SplatFileTypeName | null {
  const path = uri.split(/[?#]/, 1)[0] ?? '';
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return (FILE_TYPES as Record<string, SplatFileTypeName>)[extension] ?? null;
}

/** Why a splat scan failed: a missing file, a lost connection, a renderer that did not load, or a file that is not a splat. */
export function describeSplatError(uri: string, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/HTTP \d+|network request failed/i.test(text)) return describeScanError(uri, error);
  if (error instanceof SplatRendererUnavailable) return `${uri}: the splat renderer could not be loaded (${text.slice(0, 160)})`;
  return `${uri}: not a readable Gaussian splat file (${text.slice(0, 160)})`;
}

/** The splat renderer's code could not be fetched or run (offline before it was ever cached, or no WebGL 2). */
export class SplatRendererUnavailable extends Error {
  override name = 'SplatRendererUnavailable';
}
