import { LIMITS } from './limits.ts';
import type { Problem } from './problems.ts';
import { validateVenue, type ValidateOptions, type ValidationResult } from './validate.ts';

/** Line and column (1-based) of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Explains a JSON.parse failure without echoing the document: engines quote a
 * snippet of the input in their message, which for a hostile file could be anything.
 */
export function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw);
  const reason = raw
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .slice(0, 120);
  if (text.trim() === '') return 'the file is empty';
  if (position) {
    const { line, column } = lineColumn(text, Number(position[1]));
    return `not valid JSON at line ${line}, column ${column}: ${reason}`;
  }
  return `not valid JSON: ${reason}`;
}

/** Parses and validates the text of a scene.json. Never throws on bad input. */
export function parseVenueText(text: string, options: ValidateOptions = {}): ValidationResult {
  const fail = (message: string): ValidationResult => ({
    venue: null,
    problems: [{ path: '', message, severity: 'error' } satisfies Problem],
  });
  if (text.length > LIMITS.sceneBytes) {
    return fail(`scene.json is too large (${text.length} characters; at most ${LIMITS.sceneBytes})`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return fail(describeJsonError(text, error));
  }
  return validateVenue(doc, options);
}
