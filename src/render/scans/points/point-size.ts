/**
 * How big the points of a point-cloud scan are drawn. A point stands for the bit
 * of surface around it, so its size is in metres and follows the cloud's density:
 * a sparse cloud gets bigger points, so walls still read as walls; a dense one
 * small points, so detail stays sharp. On screen the size is clamped in pixels:
 * far points never vanish, near ones never fill the view. Pure arithmetic,
 * mirrored by the vertex shader (point-material.ts).
 */

/** The defaults, in metres and device pixels. */
export const POINT_SIZE = {
  /**
   * A point is this many times the typical spacing between neighbours. Scanned
   * points lie about at random: disks of diameter f × spacing leave a share
   * exp(−π f² / 4) of the surface uncovered, 4 % at f = 2, 0.09 % at f = 3,
   * and each gap shows as a speck outlined by the edge shading.
   */
  spacingFactor: 3,
  /** Never smaller than 2 cm: a scanner's noise is about that. */
  minMetres: 0.02,
  /** Never bigger than 30 cm: a cloud that sparse shows its points anyway. */
  maxMetres: 0.3,
  /** When the density cannot be estimated (too few points). */
  fallbackMetres: 0.025,
  /** On screen, per CSS pixel (multiplied by the device pixel ratio). */
  minPixels: 1.5,
  maxPixels: 40,
} as const;

/** How many points the spacing estimate reads at most (a stride sample of a big cloud). */
export const SPACING_SAMPLE = 200_000;

/** Cells must hold at least this many sampled points on average for their count to measure the covered area. */
const POINTS_PER_CELL = 6;

/**
 * The typical distance between neighbouring points, in the sample's units, for a
 * cloud of `totalPoints` points of which `sample` (x, y, z interleaved) is an
 * even subsample. The covered surface area is measured by counting the cells of
 * a grid that hold points, with cells grown until they are well filled; spread
 * over the whole cloud, that area gives the spacing: √(area / points). Null when
 * there are too few points to say.
 */
export function estimatePointSpacing(sample: Float32Array, totalPoints: number): number | null {
  const n = Math.floor(sample.length / 3);
  if (n < 16 || totalPoints < n) return null;
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < 3; a++) {
      const v = sample[i * 3 + a]!;
      if (v < min[a]!) min[a] = v;
      if (v > max[a]!) max[a] = v;
    }
  }
  const extent = Math.max(max[0]! - min[0]!, max[1]! - min[1]!, max[2]! - min[2]!);
  if (!(extent > 0) || !Number.isFinite(extent)) return null;
  // Start with cells that cut the longest side into 1024 and double until full.
  for (let cell = extent / 1024; cell <= extent; cell *= 2) {
    const occupied = countOccupiedCells(sample, n, min, cell);
    if (n / occupied >= POINTS_PER_CELL || cell * 2 > extent) {
      const area = occupied * cell * cell;
      return Math.sqrt(area / totalPoints);
    }
  }
  return null;
}

function countOccupiedCells(sample: Float32Array, n: number, min: number[], cell: number): number {
  const cells = new Set<number>();
  const [x0, y0, z0] = min as [number, number, number];
  for (let i = 0; i < n; i++) {
    // At most 1024 cells a side: the key fits in 30 bits, well within a double's exact integers.
    const x = Math.min(1023, Math.floor((sample[i * 3]! - x0) / cell));
    const y = Math.min(1023, Math.floor((sample[i * 3 + 1]! - y0) / cell));
    const z = Math.min(1023, Math.floor((sample[i * 3 + 2]! - z0) / cell));
    cells.add((x * 1024 + y) * 1024 + z);
  }
  return cells.size;
}

/** The size of a point in metres for a cloud whose neighbouring points are `spacing` metres apart. */
export function pointSizeMetres(spacing: number | null): number {
  if (spacing === null || !Number.isFinite(spacing) || spacing <= 0) return POINT_SIZE.fallbackMetres;
  return Math.min(POINT_SIZE.maxMetres, Math.max(POINT_SIZE.minMetres, spacing * POINT_SIZE.spacingFactor));
}

/**
 * The diameter in device pixels of a point `sizeMetres` across, `depth` metres in
 * front of a perspective camera whose projection matrix has `projectionYY` as its
 * [1][1] element (1 / tan(fov / 2)), on a drawing buffer `viewportHeight` pixels
 * high; clamped to [minPixels, maxPixels]. The vertex shader computes the same.
 */
export function pointPixelSize(sizeMetres: number, depth: number, projectionYY: number, viewportHeight: number, minPixels: number, maxPixels: number): number {
  const pixels = (sizeMetres * projectionYY * viewportHeight * 0.5) / Math.max(depth, 1e-4);
  return Math.min(maxPixels, Math.max(minPixels, pixels));
}
