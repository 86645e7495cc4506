import { ScanFormatError } from './errors.ts';
import { hasPlyProperty, plyElement, type PlyHeader } from './ply-header.ts';

/**
 * What a PLY file holds, from its header alone: a Gaussian splat (the 3DGS
 * layout), a mesh (it has faces) or a point cloud (vertices only). The three
 * come from very different capture apps but share the container, so the header
 * is the only honest way to tell them apart.
 */

/** The per-splat properties of the standard 3D Gaussian Splatting PLY (besides the f_rest_* SH coefficients). */
export const SPLAT_PROPERTIES = ['x', 'y', 'z', 'f_dc_0', 'f_dc_1', 'f_dc_2', 'opacity', 'scale_0', 'scale_1', 'scale_2', 'rot_0', 'rot_1', 'rot_2', 'rot_3'] as const;

/** Higher-order spherical harmonics coefficients (f_rest_*) per degree: 3 colour channels × ((d+1)² − 1). */
export const SH_REST_COUNT: readonly number[] = [0, 9, 24, 45];

/** The classification of a PLY header. */
export type PlyKind =
  | { kind: 'splat'; count: number; shDegree: 0 | 1 | 2 | 3 }
  | { kind: 'mesh'; vertices: number; faces: number }
  | { kind: 'points'; count: number };

/** Number of `f_rest_<i>` properties, checking they run 0..n-1 without gaps. */
function restCount(names: readonly string[]): number {
  const indices = names.flatMap((n) => (/^f_rest_(\d+)$/.exec(n) ? [Number(/^f_rest_(\d+)$/.exec(n)![1])] : [])).sort((a, b) => a - b);
  indices.forEach((value, i) => {
    if (value !== i) throw new ScanFormatError(`Gaussian splat PLY: f_rest_${i} is missing (the coefficients must run f_rest_0 … f_rest_${indices.length - 1})`);
  });
  return indices.length;
}

/** Classifies a PLY header; throws a {@link ScanFormatError} for a file the importer cannot use. */
export function classifyPly(header: PlyHeader): PlyKind {
  const vertex = plyElement(header, 'vertex');
  if (plyElement(header, 'chunk')) {
    throw new ScanFormatError('this is a compressed splat PLY (SuperSplat/PlayCanvas "chunk" layout), which the importer does not read: export an uncompressed 3DGS .ply');
  }
  if (!vertex) throw new ScanFormatError('PLY file has no "vertex" element, so it holds no points');
  for (const axis of ['x', 'y', 'z']) {
    if (!hasPlyProperty(vertex, axis)) throw new ScanFormatError(`PLY "vertex" element has no "${axis}" property`);
  }
  const names = vertex.properties.map((p) => p.name);
  const splatLike = ['f_dc_0', 'opacity', 'scale_0', 'rot_0'].some((n) => names.includes(n));
  if (splatLike) {
    const missing = SPLAT_PROPERTIES.filter((n) => !hasPlyProperty(vertex, n));
    if (missing.length > 0) throw new ScanFormatError(`looks like a Gaussian splat PLY but lacks ${missing.join(', ')} (the 3DGS layout needs x,y,z, f_dc_0..2, opacity, scale_0..2, rot_0..3)`);
    const rest = restCount(names);
    const degree = SH_REST_COUNT.indexOf(rest);
    if (degree < 0) throw new ScanFormatError(`Gaussian splat PLY has ${rest} f_rest_* coefficients; expected 0, 9, 24 or 45 (spherical harmonics of degree 0–3)`);
    return { kind: 'splat', count: vertex.count, shDegree: degree as 0 | 1 | 2 | 3 };
  }
  const face = plyElement(header, 'face');
  if (face && face.count > 0) {
    if (!face.properties.some((p) => p.kind === 'list' && (p.name === 'vertex_indices' || p.name === 'vertex_index'))) {
      throw new ScanFormatError('PLY "face" element has no "vertex_indices" list');
    }
    return { kind: 'mesh', vertices: vertex.count, faces: face.count };
  }
  return { kind: 'points', count: vertex.count };
}
