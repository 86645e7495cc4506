/**
 * A problem found in a venue document: where (a JSON path such as
 * `hotspots[3].room`) and what, in words a curator can act on.
 */
export interface Problem {
  /** JSON path of the offending value, e.g. `hotspots[3].room`; empty for the whole document. */
  path: string;
  message: string;
  /** Errors make the venue unusable; warnings are reported but the venue still loads. */
  severity: 'error' | 'warning';
}

/** A path as a list of keys and indices, as zod and the rules build it. */
export type PathSegments = readonly (string | number)[];

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats `['hotspots', 3, 'title', 'de']` as `hotspots[3].title.de`. */
export function formatPath(segments: PathSegments): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (identifier.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** One problem as a line: `hotspots[3].room: unknown room "r-x"`. */
export function formatProblem(p: Problem): string {
  const where = p.path === '' ? '(document)' : p.path;
  return `${where}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

/** Quotes a value from the document for a message, shortened so a hostile value cannot flood the output. */
export function quote(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : String(value);
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut);
}

/** Collects problems while rules walk the document. */
export class ProblemList {
  readonly items: Problem[] = [];

  error(path: PathSegments | string, message: string): void {
    this.items.push({ path: typeof path === 'string' ? path : formatPath(path), message, severity: 'error' });
  }

  warn(path: PathSegments | string, message: string): void {
    this.items.push({ path: typeof path === 'string' ? path : formatPath(path), message, severity: 'warning' });
  }

  get errorCount(): number {
    return this.items.filter((p) => p.severity === 'error').length;
  }
}
