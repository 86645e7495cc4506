import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Document, JSONDocument } from '@gltf-transform/core';
import { checkGlbContainer, ScanFormatError } from '../../../src/core/scan/index.ts';
import { CliError } from '../cli.ts';
import { scanIO } from './gltf-io.ts';
import type { Progress } from './progress.ts';

/**
 * Reading glTF scans: GLB, or .gltf JSON with its .bin and images next to it,
 * Draco- or meshopt-compressed or not. A missing buffer is fatal (the geometry
 * is gone); a missing image only costs its texture, so it is a warning.
 */

/** A glTF scan as read, with every file it was made of (to count the input's bytes). */
export interface ReadGltf {
  doc: Document;
  files: string[];
}

interface GltfJson {
  buffers?: { uri?: string }[];
  images?: { uri?: string; mimeType?: string }[];
}

const isExternal = (uri: string | undefined): uri is string => uri !== undefined && !uri.startsWith('data:');

/** Reads a resource a .gltf names, relative to the file; null when it is not there. */
async function readResource(base: string, uri: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const path = join(base, decodeURIComponent(uri));
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Reads a GLB or .gltf scan; throws a CliError (exit 1) naming the file and what is wrong. */
export async function readGltf(path: string, label: string, kind: 'glb' | 'gltf', progress: Progress): Promise<ReadGltf> {
  const io = await scanIO();
  const files = [path];
  let jsonDoc: JSONDocument;
  try {
    if (kind === 'glb') {
      const bytes = new Uint8Array(await readFile(path));
      checkGlbContainer(bytes);
      // A GLB that names files beside it (rare) is read through its path, which resolves them.
      jsonDoc = await io.binaryToJSON(bytes).catch((error: Error) => (/external/i.test(error.message) ? io.readAsJSON(path) : Promise.reject(error)));
    } else {
      const text = await readFile(path, 'utf8');
      let json: unknown;
      try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (error) {
        throw new ScanFormatError(`the glTF JSON does not parse: ${(error as Error).message}`);
      }
      jsonDoc = { json: json as JSONDocument['json'], resources: {} };
    }
  } catch (error) {
    if (error instanceof ScanFormatError) throw new CliError(`${label}: ${error.message}`, 1);
    throw new CliError(`${label}: cannot read the glTF file: ${(error as Error).message}`, 1);
  }
  await resolveExternal(jsonDoc, dirname(path), label, files, progress);
  try {
    const doc = await io.readJSON(jsonDoc);
    return { doc, files };
  } catch (error) {
    throw new CliError(`${label}: the glTF content is damaged or unsupported: ${(error as Error).message}`, 1);
  }
}

/** Loads the buffers and images a glTF names by relative URI into its resources. */
async function resolveExternal(jsonDoc: JSONDocument, base: string, label: string, files: string[], progress: Progress): Promise<void> {
  const json = jsonDoc.json as GltfJson;
  for (const [i, buffer] of (json.buffers ?? []).entries()) {
    if (!isExternal(buffer.uri) || jsonDoc.resources[buffer.uri]) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(buffer.uri)) throw new CliError(`${label}: buffer ${i} is at ${JSON.stringify(buffer.uri)}; only files next to the glTF can be read`, 1);
    const bytes = await readResource(base, buffer.uri);
    if (!bytes) throw new CliError(`${label}: its geometry file ${JSON.stringify(buffer.uri)} (buffer ${i}) is missing: it must be in the same folder as the .gltf`, 1);
    jsonDoc.resources[buffer.uri] = bytes;
    files.push(join(base, decodeURIComponent(buffer.uri)));
  }
  for (const [i, image] of (json.images ?? []).entries()) {
    if (!isExternal(image.uri) || jsonDoc.resources[image.uri]) continue;
    const bytes = /^[a-z][a-z0-9+.-]*:/i.test(image.uri) ? null : await readResource(base, image.uri);
    if (!bytes) {
      progress.warn(`${label}: texture image ${JSON.stringify(image.uri)} (image ${i}) is missing; the scan is imported without it`);
      // An empty image is dropped by the texture step, with its material slot.
      jsonDoc.resources[image.uri] = new Uint8Array(0);
      continue;
    }
    jsonDoc.resources[image.uri] = bytes;
    files.push(join(base, decodeURIComponent(image.uri)));
  }
}

/** Bytes of all the files a scan was read from. */
export async function totalBytes(files: readonly string[]): Promise<number> {
  let sum = 0;
  for (const file of new Set(files)) sum += (await stat(file)).size;
  return sum;
}
