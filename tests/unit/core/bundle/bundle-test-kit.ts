import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ROOT } from '../../../helpers/fixtures.ts';

/** The demo museum as the editor would hold it: scene text and every other file by bundle path. */
export function readDemoBundle(): { sceneText: string; files: Map<string, Uint8Array> } {
  const dir = join(ROOT, 'scenes', 'demo-museum');
  const files = new Map<string, Uint8Array>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(dir, full).split(sep).join('/'), new Uint8Array(readFileSync(full)));
    }
  };
  walk(dir);
  const scene = files.get('scene.json');
  if (scene === undefined) throw new Error('scenes/demo-museum/scene.json is missing');
  files.delete('scene.json');
  return { sceneText: new TextDecoder().decode(scene), files };
}

/** Offset of the central-directory header of the entry named `name` in `zip`. */
function centralHeaderOf(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let at = zip.length - 46; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (wanted.every((b, i) => zip[at + 46 + i] === b)) return at;
  }
  throw new Error(`no central header for ${name}`);
}

/** A copy of `zip` whose directory claims `size` inflated bytes for `name` (a forged header, as an attacker would write). */
export function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  new DataView(copy.buffer).setUint32(centralHeaderOf(copy, name) + 24, size, true);
  return copy;
}

/** The messages of a refusal, joined, for assertions (empty when the import succeeded). */
export function messagesOf(result: { ok: boolean; problems?: { message: string }[] }): string {
  return (result.problems ?? []).map((p) => p.message).join('\n');
}

/** Byte equality that stays fast on megabytes (deep equality walks arrays element by element). */
export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return a !== undefined && b !== undefined && Buffer.compare(a, b) === 0;
}
