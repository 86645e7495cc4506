import { open, stat } from 'node:fs/promises';
import { Primitive, type Document } from '@gltf-transform/core';
import { sniffScanFile, SNIFF_BYTES, type ScanFileKind } from '../../../src/core/scan/index.ts';
import { CliError } from '../cli.ts';
import type { Progress } from './progress.ts';
import { readGltf, totalBytes } from './read-gltf.ts';
import { readObj } from './read-obj.ts';
import { readPly } from './read-ply.ts';
import type { SplatCloud } from './splat-cloud.ts';

/**
 * Reads any supported scan file, recognised by its content: a glTF document of
 * a mesh or of points, or a Gaussian splat cloud, with the bytes of every file
 * it was made of (a .gltf's .bin and images, an OBJ's .mtl and textures).
 */
export type ScanSource = { file: ScanFileKind; bytes: number; files: string[] } & ({ kind: 'mesh' | 'points'; doc: Document } | { kind: 'splat'; splat: SplatCloud });

/** True when every primitive of the document draws points (a point cloud in glTF). */
function onlyPoints(doc: Document): boolean {
  const prims = doc.getRoot().listMeshes().flatMap((m) => m.listPrimitives());
  return prims.length > 0 && prims.every((p) => p.getMode() === Primitive.Mode.POINTS);
}

/** Reads the first bytes of a file to recognise it. */
async function head(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Reads a scan; throws a CliError (exit 1) with a message naming `label` when it cannot. */
export async function readScan(path: string, label: string, progress: Progress): Promise<ScanSource> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new CliError(`${label}: no such file`, 1);
  if (!info.isFile()) throw new CliError(`${label}: is a folder, not a scan file`, 1);
  const sniffed = sniffScanFile(await head(path));
  if (!sniffed.ok) throw new CliError(`${label}: cannot be imported: ${sniffed.message}`, 1);
  const file = sniffed.kind;
  switch (file) {
    case 'glb':
    case 'gltf': {
      const { doc, files } = await readGltf(path, label, file, progress);
      return { file, kind: onlyPoints(doc) ? 'points' : 'mesh', doc, files, bytes: await totalBytes(files) };
    }
    case 'obj': {
      const { doc, files } = await readObj(path, label, progress);
      return { file, kind: 'mesh', doc, files, bytes: await totalBytes(files) };
    }
    case 'ply': {
      const read = await readPly(path, label, progress);
      return { file, ...read, files: [path], bytes: info.size };
    }
    case 'spz':
      throw new CliError(`${label}: is an SPZ splat (gzip). The importer reads splats as 3DGS .ply; convert it with the SPZ tools (spz_to_ply) or export PLY from the capture app`, 1);
  }
}
