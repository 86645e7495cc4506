import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Document } from '@gltf-transform/core';
import { classifyPly, parsePlyHeader, readPlyBody, ScanFormatError, type PlyElementData } from '../../../src/core/scan/index.ts';
import { CliError } from '../cli.ts';
import { stderrLogger, type Progress } from './progress.ts';
import type { SplatCloud } from './splat-cloud.ts';

/**
 * Reading PLY scans: a mesh (faces) or a point cloud becomes a glTF document,
 * a Gaussian splat stays a splat (its columns, for cleaning and rewriting).
 */
export type ReadPly = { kind: 'mesh' | 'points'; doc: Document } | { kind: 'splat'; splat: SplatCloud };

/** The first of `names` the element has as a column. */
function column(element: PlyElementData, ...names: string[]): Float32Array | Float64Array | undefined {
  for (const n of names) {
    const c = element.scalars.get(n);
    if (c) return c;
  }
  return undefined;
}

/** Interleaves columns into a Float32Array (x0,y0,z0,x1,…), or null when any is missing. */
function interleave(count: number, columns: readonly (Float32Array | Float64Array | undefined)[], scale = 1): Float32Array | null {
  if (columns.some((c) => c === undefined)) return null;
  const out = new Float32Array(count * columns.length);
  columns.forEach((c, a) => {
    for (let i = 0; i < count; i++) out[i * columns.length + a] = c![i]! * scale;
  });
  return out;
}

/** Reads a PLY scan; throws a CliError (exit 1) naming the file and what is wrong. */
export async function readPly(path: string, label: string, progress: Progress): Promise<ReadPly> {
  const bytes = new Uint8Array(await readFile(path));
  try {
    const header = parsePlyHeader(bytes);
    const kind = classifyPly(header);
    const elements = readPlyBody(bytes, header);
    const vertex = elements.find((e) => e.name === 'vertex')!;
    if (kind.kind === 'splat') {
      const names = header.elements.find((e) => e.name === 'vertex')!.properties.flatMap((p) => (p.kind === 'scalar' ? [p.name] : []));
      const columns = new Map<string, Float32Array>();
      for (const n of names) {
        const c = vertex.scalars.get(n)!;
        columns.set(n, c instanceof Float32Array ? c : Float32Array.from(c));
      }
      return { kind: 'splat', splat: { count: kind.count, shDegree: kind.shDegree, names, columns } };
    }
    const doc = new Document();
    doc.setLogger(stderrLogger(progress));
    const buffer = doc.createBuffer();
    const n = vertex.count;
    const prim = doc.createPrimitive();
    prim.setAttribute('POSITION', doc.createAccessor().setType('VEC3').setBuffer(buffer).setArray(interleave(n, [column(vertex, 'x'), column(vertex, 'y'), column(vertex, 'z')])!));
    const red = column(vertex, 'red', 'r', 'diffuse_red');
    const colorScale = colourScale(header);
    const color = interleave(n, [red, column(vertex, 'green', 'g', 'diffuse_green'), column(vertex, 'blue', 'b', 'diffuse_blue')], colorScale);
    if (color) prim.setAttribute('COLOR_0', doc.createAccessor().setType('VEC3').setBuffer(buffer).setArray(color));
    if (kind.kind === 'mesh') {
      const normal = interleave(n, [column(vertex, 'nx'), column(vertex, 'ny'), column(vertex, 'nz')]);
      if (normal) prim.setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setBuffer(buffer).setArray(normal));
      const uv = interleave(n, [column(vertex, 's', 'u', 'texture_u'), column(vertex, 't', 'v', 'texture_v')]);
      if (uv) {
        for (let i = 1; i < uv.length; i += 2) uv[i] = 1 - uv[i]!;
        prim.setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setBuffer(buffer).setArray(uv));
      }
      const face = elements.find((e) => e.name === 'face')!;
      if (face.lists.has('texcoord')) progress.warn(`${label}: per-face texture coordinates (MeshLab "texcoord") are not read; export per-vertex UVs, or use OBJ or glTF, to keep the texture`);
      prim.setIndices(doc.createAccessor().setType('SCALAR').setBuffer(buffer).setArray(triangulate(face, n)));
    } else {
      prim.setMode(0); // POINTS
    }
    const name = basename(path);
    doc.createScene('scan').addChild(doc.createNode(name).setMesh(doc.createMesh(name).addPrimitive(prim)));
    return { kind: kind.kind, doc };
  } catch (error) {
    if (error instanceof ScanFormatError) throw new CliError(`${label}: ${error.message}`, 1);
    throw error;
  }
}

/** What turns the file's vertex colours into 0–1: bytes (0–255) in nearly every PLY, sometimes 16-bit, floats as they are. */
function colourScale(header: ReturnType<typeof parsePlyHeader>): number {
  const p = header.elements.find((e) => e.name === 'vertex')!.properties.find((q) => q.name === 'red' || q.name === 'r' || q.name === 'diffuse_red');
  if (p?.kind !== 'scalar') return 1;
  return p.type === 'uint8' || p.type === 'int8' ? 1 / 255 : p.type === 'uint16' || p.type === 'int16' ? 1 / 65535 : 1;
}

/** Fan-triangulates the face lists into one index array, checking every index. */
function triangulate(face: PlyElementData, vertexCount: number): Uint32Array {
  const list = face.lists.get('vertex_indices') ?? face.lists.get('vertex_index')!;
  let triangles = 0;
  for (const c of list.counts) triangles += Math.max(0, c - 2);
  const out = new Uint32Array(triangles * 3);
  let read = 0;
  let write = 0;
  for (let f = 0; f < face.count; f++) {
    const c = list.counts[f]!;
    for (let k = 0; k < c; k++) {
      const index = list.items[read + k]!;
      if (!Number.isInteger(index) || index < 0 || index >= vertexCount) throw new ScanFormatError(`PLY face ${f} refers to vertex ${index}, but the file has ${vertexCount} vertices`);
    }
    for (let k = 1; k + 1 < c; k++) {
      out[write++] = list.items[read]!;
      out[write++] = list.items[read + k]!;
      out[write++] = list.items[read + k + 1]!;
    }
    read += c;
  }
  return out;
}
