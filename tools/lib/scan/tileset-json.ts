/**
 * The tileset.json side of 3D Tiles 1.1: tiles with bounding boxes, geometric
 * errors and glTF (GLB) content. 3D Tiles is Z-up while glTF content (and the
 * venue) is Y-up; by the 3D Tiles spec a viewer turns glTF content Y-up → Z-up,
 * so bounding boxes here are written in the Z-up frame: venue (x, y, z) is
 * tiles (x, −z, y). A renderer showing the tileset in the venue turns the whole
 * tileset back (−90° about x), and then tiles and venue coincide.
 */

/** One tile as written in tileset.json. */
export interface TileJson {
  boundingVolume: { box: number[] };
  geometricError: number;
  refine?: 'REPLACE' | 'ADD';
  content?: { uri: string };
  children?: TileJson[];
}

/** A whole tileset.json. */
export interface TilesetJson {
  asset: { version: '1.1'; generator: string; extras?: Record<string, unknown> };
  geometricError: number;
  root: TileJson;
}

/** An oriented box (3D Tiles `box`: centre, then three half-axes) around venue bounds [minX, minY, minZ, maxX, maxY, maxZ]. */
export function boxFromVenueBounds(b: readonly number[]): number[] {
  const [x0, y0, z0, x1, y1, z1] = b as [number, number, number, number, number, number];
  const c = [(x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2];
  const h = [(x1 - x0) / 2, (y1 - y0) / 2, (z1 - z0) / 2];
  // Venue → tiles frame: (x, y, z) → (x, −z, y). A zero half-axis would make the box degenerate.
  const e = (v: number) => Math.max(v, 1e-4);
  return [c[0]!, 0 - c[2]!, c[1]!, e(h[0]!), 0, 0, 0, e(h[2]!), 0, 0, 0, e(h[1]!)];
}

/** Venue bounds [minX, minY, minZ, maxX, maxY, maxZ] of a tiles-frame `box` with axis-aligned half-axes (the inverse of {@link boxFromVenueBounds}). */
export function venueBoundsFromBox(box: readonly number[]): number[] {
  const [cx, cy, cz] = box as [number, number, number];
  const hx = Math.abs(box[3]!) + Math.abs(box[6]!) + Math.abs(box[9]!);
  const hy = Math.abs(box[4]!) + Math.abs(box[7]!) + Math.abs(box[10]!);
  const hz = Math.abs(box[5]!) + Math.abs(box[8]!) + Math.abs(box[11]!);
  // tiles (x, y, z) = venue (x, −z, y)
  return [cx - hx, cz - hz, -cy - hy, cx + hx, cz + hz, -cy + hy];
}
