import { Primitive, type Document } from '@gltf-transform/core';
import { compactPrimitive } from '@gltf-transform/functions';
import { MeshoptSimplifier } from 'meshoptimizer';

/**
 * Mesh simplification to an error bound in metres. glTF-Transform's simplify
 * takes the bound as a fraction of each mesh's size, which for a building means
 * a different tolerance for a door handle and for the façade; meshoptimizer's
 * absolute mode keeps every surface within the same distance of the original.
 */
export interface SimplifyResult {
  trianglesBefore: number;
  trianglesAfter: number;
  /** The largest deviation meshoptimizer reports, in metres. */
  error: number;
}

/** Options for {@link simplifyPrimitive}. */
export interface SimplifyOptions {
  /** Largest allowed deviation, metres. */
  errorM: number;
  /** Stop at this share of the triangles (0: as few as the error allows). */
  ratio?: number;
  /** Keep open borders in place, so neighbouring pieces (tiles) still meet. */
  lockBorder?: boolean;
}

/** Simplifies one indexed triangle primitive in place (positions in metres). */
export function simplifyPrimitive(doc: Document, prim: Primitive, options: SimplifyOptions): SimplifyResult {
  const indices = prim.getIndices();
  const position = prim.getAttribute('POSITION');
  if (prim.getMode() !== Primitive.Mode.TRIANGLES || !indices || !position) return { trianglesBefore: 0, trianglesAfter: 0, error: 0 };
  const source = indices.getArray()!;
  const before = source.length / 3;
  const positions = position.getArray() instanceof Float32Array ? (position.getArray() as Float32Array) : Float32Array.from(position.getArray()!);
  const target = Math.floor(((options.ratio ?? 0) * source.length) / 3) * 3;
  const flags: ('ErrorAbsolute' | 'LockBorder')[] = ['ErrorAbsolute'];
  if (options.lockBorder) flags.push('LockBorder');
  const [result, error] = MeshoptSimplifier.simplify(source instanceof Uint32Array ? source : Uint32Array.from(source), positions, 3, target, options.errorM, flags);
  const accessor = doc.createAccessor().setType('SCALAR').setArray(result as Uint32Array<ArrayBuffer>).setBuffer(indices.getBuffer());
  prim.setIndices(accessor);
  if (indices.listParents().length === 1) indices.dispose();
  compactPrimitive(prim);
  return { trianglesBefore: before, trianglesAfter: result.length / 3, error };
}

/** Simplifies every triangle primitive of `doc`; returns the totals and the largest error. */
export function simplifyDocument(doc: Document, options: SimplifyOptions): SimplifyResult {
  const total: SimplifyResult = { trianglesBefore: 0, trianglesAfter: 0, error: 0 };
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      const r = simplifyPrimitive(doc, prim, options);
      total.trianglesBefore += r.trianglesBefore;
      total.trianglesAfter += r.trianglesAfter;
      total.error = Math.max(total.error, r.error);
      if (r.trianglesAfter === 0 && r.trianglesBefore > 0) prim.dispose();
    }
  }
  return total;
}
