import { Document, Primitive, type Material, type TypedArray } from '@gltf-transform/core';
import { MeshoptSimplifier } from 'meshoptimizer';
import { stderrLogger } from './progress.ts';

/**
 * The geometry side of tiling: a prepared scan's triangle primitives as plain
 * arrays, subsets of their triangles (one tile's share, compacted), and those
 * subsets simplified into a coarser level of detail.
 */

/** One vertex attribute of a source primitive. */
interface SourceAttribute {
  semantic: string;
  type: ReturnType<ReturnType<Document['createAccessor']>['getType']>;
  array: TypedArray;
  size: number;
  normalized: boolean;
}

/** A triangle primitive of the source, ready to be cut. */
export interface SourcePrimitive {
  material: Material | null;
  attributes: SourceAttribute[];
  positions: Float32Array;
  indices: Uint32Array;
  /** Plan position (x, z) of each triangle's centroid, interleaved. */
  centroids: Float32Array;
  /** Scratch space for compacting (old vertex → new, -1 when unused). */
  remap: Int32Array;
}

/** A piece of geometry for one tile and one material. */
export interface TilePart {
  source: SourcePrimitive;
  attributes: { semantic: string; array: TypedArray }[];
  indices: Uint32Array;
}

/** Reads the triangle primitives of a prepared (flat, float, indexed) document. */
export function sourcePrimitives(doc: Document): SourcePrimitive[] {
  const out: SourcePrimitive[] = [];
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      const position = prim.getAttribute('POSITION');
      if (prim.getMode() !== Primitive.Mode.TRIANGLES || !position) continue;
      const positions = position.getArray() instanceof Float32Array ? (position.getArray() as Float32Array) : Float32Array.from(position.getArray()!);
      const indicesArray = prim.getIndices()?.getArray();
      const indices = indicesArray ? Uint32Array.from(indicesArray) : Uint32Array.from({ length: position.getCount() }, (_, i) => i);
      const centroids = new Float32Array((indices.length / 3) * 2);
      for (let t = 0; t < indices.length / 3; t++) {
        const a = indices[t * 3]! * 3, b = indices[t * 3 + 1]! * 3, c = indices[t * 3 + 2]! * 3;
        centroids[t * 2] = (positions[a]! + positions[b]! + positions[c]!) / 3;
        centroids[t * 2 + 1] = (positions[a + 2]! + positions[b + 2]! + positions[c + 2]!) / 3;
      }
      const attributes = prim.listSemantics().map((semantic) => {
        const a = prim.getAttribute(semantic)!;
        return { semantic, type: a.getType(), array: a.getArray()!, size: a.getElementSize(), normalized: a.getNormalized() };
      });
      out.push({ material: prim.getMaterial(), attributes, positions, indices, centroids, remap: new Int32Array(position.getCount()).fill(-1) });
    }
  }
  return out;
}

/** The given triangles of a source primitive as a compact part (only the vertices they use). */
export function subsetPart(source: SourcePrimitive, triangles: Uint32Array): TilePart {
  const indices = new Uint32Array(triangles.length * 3);
  const used: number[] = [];
  for (let k = 0; k < triangles.length; k++) {
    for (let j = 0; j < 3; j++) {
      const v = source.indices[triangles[k]! * 3 + j]!;
      let n = source.remap[v]!;
      if (n < 0) {
        n = used.length;
        source.remap[v] = n;
        used.push(v);
      }
      indices[k * 3 + j] = n;
    }
  }
  for (const v of used) source.remap[v] = -1;
  const attributes = source.attributes.map((a) => {
    const array = new (a.array.constructor as new (n: number) => TypedArray)(used.length * a.size);
    for (let i = 0; i < used.length; i++) for (let k = 0; k < a.size; k++) array[i * a.size + k] = a.array[used[i]! * a.size + k]!;
    return { semantic: a.semantic, array };
  });
  return { source, attributes, indices };
}

/** Drops vertices no triangle uses any more. */
function compactPart(part: TilePart): TilePart {
  const vertexCount = part.attributes[0] ? part.attributes[0].array.length / part.source.attributes[0]!.size : 0;
  const remap = new Int32Array(vertexCount).fill(-1);
  const used: number[] = [];
  const indices = part.indices.map((v) => {
    if (remap[v]! < 0) {
      remap[v] = used.length;
      used.push(v);
    }
    return remap[v]!;
  });
  const attributes = part.attributes.map((a, i) => {
    const size = part.source.attributes[i]!.size;
    const array = new (a.array.constructor as new (n: number) => TypedArray)(used.length * size);
    for (let j = 0; j < used.length; j++) for (let k = 0; k < size; k++) array[j * size + k] = a.array[used[j]! * size + k]!;
    return { semantic: a.semantic, array };
  });
  return { source: part.source, attributes, indices };
}

/**
 * Simplifies parts towards `targetTriangles` in total (shared out by size), with
 * open borders locked so a coarse tile still meets its neighbours. Returns the
 * simplified parts and the largest deviation, in metres.
 */
export function simplifyParts(parts: readonly TilePart[], targetTriangles: number): { parts: TilePart[]; error: number } {
  const total = parts.reduce((sum, p) => sum + p.indices.length / 3, 0);
  const ratio = Math.min(1, targetTriangles / Math.max(1, total));
  let error = 0;
  const out = parts.map((part) => {
    const position = part.attributes.find((a) => a.semantic === 'POSITION')!.array;
    const positions = position instanceof Float32Array ? position : Float32Array.from(position);
    const target = Math.max(3, Math.floor((part.indices.length * ratio) / 3) * 3);
    // No error limit: the budget decides, and the error reached becomes the tile's geometric error.
    const [indices, e] = MeshoptSimplifier.simplify(part.indices, positions, 3, target, Number.MAX_VALUE, ['ErrorAbsolute', 'LockBorder']);
    error = Math.max(error, e);
    return compactPart({ ...part, indices });
  });
  return { parts: out.filter((p) => p.indices.length > 0), error };
}

/** The plan and height bounds of some parts: [minX, minY, minZ, maxX, maxY, maxZ]. */
export function partsBounds(parts: readonly TilePart[]): number[] {
  const b = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (const part of parts) {
    const p = part.attributes.find((a) => a.semantic === 'POSITION')!.array;
    for (let i = 0; i < p.length; i += 3) {
      for (let a = 0; a < 3; a++) {
        b[a] = Math.min(b[a]!, p[i + a]!);
        b[a + 3] = Math.max(b[a + 3]!, p[i + a]!);
      }
    }
  }
  return b;
}

/** Makes a document of parts, with materials copied by `copyMaterial`. */
export function partsDocument(parts: readonly TilePart[], copyMaterial: (doc: Document, material: Material | null) => Material | null): Document {
  const doc = new Document().setLogger(stderrLogger());
  const buffer = doc.createBuffer();
  const mesh = doc.createMesh('tile');
  for (const part of parts) {
    const prim = doc.createPrimitive().setMaterial(copyMaterial(doc, part.source.material));
    part.attributes.forEach((a, i) => {
      const src = part.source.attributes[i]!;
      prim.setAttribute(a.semantic, doc.createAccessor().setType(src.type).setNormalized(src.normalized).setArray(a.array).setBuffer(buffer));
    });
    const vertexCount = part.attributes[0]!.array.length / part.source.attributes[0]!.size;
    const indices = vertexCount <= 65535 ? Uint16Array.from(part.indices) : part.indices;
    prim.setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer));
    mesh.addPrimitive(prim);
  }
  doc.createScene('tile').addChild(doc.createNode('tile').setMesh(mesh));
  return doc;
}
