/**
 * Edits a JSON document at paths written the way the validator prints them
 * (`hotspots[0].media[1].uri`), so fixture cases read like the messages they expect.
 */

/** Splits `a.b[2].c` into `['a', 'b', 2, 'c']`. */
export function parsePath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  }
  return segments;
}

type Container = Record<string | number, unknown>;

function parentOf(doc: unknown, segments: (string | number)[]): Container {
  let cur = doc as Container;
  for (const s of segments.slice(0, -1)) {
    if (typeof cur[s] !== 'object' || cur[s] === null) throw new Error(`fixture path has no ${String(s)}`);
    cur = cur[s] as Container;
  }
  return cur;
}

/** Sets the value at `path` (the parent must exist). */
export function setAt(doc: unknown, path: string, value: unknown): void {
  const segments = parsePath(path);
  parentOf(doc, segments)[segments.at(-1)!] = value;
}

/** Deletes the value at `path`. */
export function deleteAt(doc: unknown, path: string): void {
  const segments = parsePath(path);
  delete parentOf(doc, segments)[segments.at(-1)!];
}
