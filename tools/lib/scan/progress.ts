import type { ILogger } from '@gltf-transform/core';

/**
 * How the importer talks while it works: progress lines for people on stderr
 * (stdout is kept for the one JSON result line), and warnings both printed and
 * collected, so the JSON result lists them too.
 */
export interface Progress {
  /** A step has started or finished, e.g. "optimizing textures". */
  step(text: string): void;
  /** Something the curator should know but that does not stop the import. */
  warn(text: string): void;
  /** Every warning so far, in order. */
  readonly warnings: readonly string[];
}

/** A {@link Progress} writing to `write` (stderr by default). */
export function createProgress(write: (line: string) => void = (line) => process.stderr.write(line + '\n')): Progress {
  const warnings: string[] = [];
  return {
    step: (text) => write(text),
    warn: (text) => {
      warnings.push(text);
      write(`warning: ${text}`);
    },
    warnings,
  };
}

/**
 * glTF-Transform's logger routed to stderr and limited to warnings: its default
 * writes info lines to stdout, which would break the "last line is JSON" promise.
 */
export function stderrLogger(progress?: Progress): ILogger {
  // Each message once: quantize repeats the same warning for every tile and primitive.
  const said = new Set<string>();
  const say = (text: string) => {
    if (said.has(text)) return;
    said.add(text);
    if (progress) progress.step(`  glTF-Transform: ${text}`);
    else process.stderr.write(`glTF-Transform: ${text}\n`);
  };
  return { debug: () => {}, info: () => {}, warn: say, error: say };
}

/** Bytes for people: "1.15 MB", "402 KB", "812 B" (SI units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(0)} KB`;
  return `${bytes} B`;
}
