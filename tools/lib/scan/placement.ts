import { Primitive, type Document } from '@gltf-transform/core';

/**
 * Where a scan stands, measured in its (baked, Y-up) coordinates: the box it
 * fills, the height of its lowest floor, and which way its surfaces face. The
 * importer centres the footprint on x = z = 0 and puts the lowest floor at
 * y = 0, so every venue starts from the same origin.
 */
export interface Placement {
  min: [number, number, number];
  max: [number, number, number];
  /** The walking surface of the lowest floor (not the underside of its slab). */
  floorY: number;
  /** Triangle area facing along x, y and z; absent for points and splats. */
  facingArea?: [number, number, number];
}

/** Height bins for finding floors, in metres. */
const FLOOR_BIN_M = 0.02;

/**
 * Measures the triangles and points a document draws (nodes must be baked to
 * identity). The lowest floor is the lowest height with a real share of the
 * upward-facing area, so a stray triangle, a slab's underside or a plinth's
 * base does not count as the floor; without such area it is the lowest point.
 */
export function measureDocument(doc: Document): Placement {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  const facing: [number, number, number] = [0, 0, 0];
  const upward = new Map<number, number>();
  let upwardTotal = 0;
  let hasTriangles = false;
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      const position = prim.getAttribute('POSITION');
      if (!position) continue;
      const p = position.getArray()!;
      for (let i = 0; i < p.length; i += 3) {
        for (let a = 0; a < 3; a++) {
          const v = p[i + a]!;
          if (v < min[a]!) min[a] = v;
          if (v > max[a]!) max[a] = v;
        }
      }
      if (prim.getMode() !== Primitive.Mode.TRIANGLES) continue;
      hasTriangles = true;
      const indices = prim.getIndices()?.getArray();
      const count = indices ? indices.length : p.length / 3;
      for (let t = 0; t + 2 < count; t += 3) {
        const a = (indices ? indices[t]! : t) * 3;
        const b = (indices ? indices[t + 1]! : t + 1) * 3;
        const c = (indices ? indices[t + 2]! : t + 2) * 3;
        const ux = p[b]! - p[a]!, uy = p[b + 1]! - p[a + 1]!, uz = p[b + 2]! - p[a + 2]!;
        const vx = p[c]! - p[a]!, vy = p[c + 1]! - p[a + 1]!, vz = p[c + 2]! - p[a + 2]!;
        // Twice the area vector; halved below.
        const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
        const area = Math.hypot(nx, ny, nz) / 2;
        if (area === 0) continue;
        facing[0] += Math.abs(nx) / 2;
        facing[1] += Math.abs(ny) / 2;
        facing[2] += Math.abs(nz) / 2;
        // Floors face up (the underside of a slab faces down and must not count).
        if (ny / 2 > 0.95 * area) {
          const bin = Math.round((p[a + 1]! + p[b + 1]! + p[c + 1]!) / 3 / FLOOR_BIN_M);
          upward.set(bin, (upward.get(bin) ?? 0) + area);
          upwardTotal += area;
        }
      }
    }
  }
  if (!Number.isFinite(min[0])) return { min: [0, 0, 0], max: [0, 0, 0], floorY: 0 };
  let floorY = min[1];
  if (upwardTotal > 0) {
    const lowest = [...upward.entries()].filter(([, area]) => area >= 0.05 * upwardTotal).sort((x, y) => x[0] - y[0])[0];
    if (lowest) floorY = Math.max(min[1], lowest[0] * FLOOR_BIN_M);
  }
  return hasTriangles ? { min, max, floorY, facingArea: facing } : { min, max, floorY };
}

/**
 * Robust bounds of a point set (x, y, z interleaved): the 0.5th to 99.5th
 * percentile per axis, from a sample. Point clouds and splats carry floaters
 * (reflections, passers-by, sky) far outside the building; the box and the
 * floor must come from where the points are, not from the strays.
 */
export function measurePoints(positions: ArrayLike<number>, stride = 3): Placement {
  const count = Math.floor(positions.length / stride);
  if (count === 0) return { min: [0, 0, 0], max: [0, 0, 0], floorY: 0 };
  const step = Math.max(1, Math.floor(count / 200_000));
  const axes: number[][] = [[], [], []];
  for (let i = 0; i < count; i += step) for (let a = 0; a < 3; a++) axes[a]!.push(positions[i * stride + a]!);
  const at = (values: Float64Array, q: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))]!;
  const lowQ = count >= 1000 ? 0.005 : 0;
  const sorted = axes.map((v) => Float64Array.from(v).sort());
  const min = sorted.map((v) => at(v, lowQ)) as [number, number, number];
  const max = sorted.map((v) => at(v, 1 - lowQ)) as [number, number, number];
  return { min, max, floorY: min[1] };
}

/** The offset that puts the footprint's centre at x = z = 0 and the lowest floor at y = 0. */
export function centringOffset(placement: Placement): [number, number, number] {
  return [-(placement.min[0] + placement.max[0]) / 2, -placement.floorY, -(placement.min[2] + placement.max[2]) / 2];
}

/** The placement after moving by `offset`. */
export function movePlacement(placement: Placement, offset: readonly [number, number, number]): Placement {
  const add = (v: [number, number, number]) => v.map((x, a) => x + offset[a]!) as [number, number, number];
  return { ...placement, min: add(placement.min), max: add(placement.max), floorY: placement.floorY + offset[1] };
}
