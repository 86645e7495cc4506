import type { SurfaceTexture } from './textures.ts';

/**
 * The material catalogue of the generated building. Geometry is grouped by material
 * id; the glTF writer turns each id into one PBR material (roughness ~0.8, not
 * metallic, so the scan looks right under plain ambient light or unlit).
 */

/** Ids of the shared materials; canvases use `canvas:<hotspot id>`. */
export type SharedMaterialId =
  | 'plaster' | 'parquet' | 'stone' | 'tiles' | 'wood' | 'frame-dark' | 'frame-gilt' | 'plinth' | 'metal' | 'exhibit';

export type MaterialId = SharedMaterialId | `canvas:${string}`;

export interface MaterialDef {
  /** A surface texture, a canvas texture (by hotspot id), or none. */
  texture: { surface: SurfaceTexture } | { canvas: string } | null;
  /** Linear RGB multiplier of the texture (or the colour itself when untextured). */
  color: readonly [number, number, number];
  roughness: number;
  /**
   * Metres of world covered by one repeat of the texture. UVs are world-planar, so
   * every box of a material shares the same texel density and merges into one mesh.
   * 0 for canvases, whose front face is mapped once, edge to edge.
   */
  metresPerRepeat: number;
  /** Whether the mesh carries per-vertex colours (the exhibit objects, one colour each). */
  vertexColors?: boolean;
}

const SHARED: Record<SharedMaterialId, MaterialDef> = {
  plaster: { texture: { surface: 'plaster' }, color: [1, 1, 1], roughness: 0.9, metresPerRepeat: 2 },
  parquet: { texture: { surface: 'parquet' }, color: [1, 1, 1], roughness: 0.7, metresPerRepeat: 2 },
  stone: { texture: { surface: 'stone' }, color: [1, 1, 1], roughness: 0.8, metresPerRepeat: 2.4 },
  tiles: { texture: { surface: 'tiles' }, color: [1, 1, 1], roughness: 0.6, metresPerRepeat: 1.2 },
  wood: { texture: { surface: 'wood' }, color: [1, 1, 1], roughness: 0.8, metresPerRepeat: 1 },
  'frame-dark': { texture: { surface: 'wood' }, color: [0.22, 0.15, 0.11], roughness: 0.7, metresPerRepeat: 0.5 },
  'frame-gilt': { texture: { surface: 'wood' }, color: [1.0, 0.72, 0.28], roughness: 0.55, metresPerRepeat: 0.5 },
  plinth: { texture: { surface: 'plaster' }, color: [1, 1, 1], roughness: 0.9, metresPerRepeat: 1 },
  metal: { texture: null, color: [0.5, 0.52, 0.55], roughness: 0.5, metresPerRepeat: 1 },
  exhibit: { texture: null, color: [1, 1, 1], roughness: 0.75, metresPerRepeat: 1, vertexColors: true },
};

/** Shared materials in the order they are written to the file. */
export const SHARED_MATERIAL_ORDER: readonly SharedMaterialId[] = [
  'plaster', 'parquet', 'stone', 'tiles', 'wood', 'frame-dark', 'frame-gilt', 'plinth', 'metal', 'exhibit',
];

/** The canvas material id of a painting. */
export function canvasMaterial(hotspotId: string): MaterialId {
  return `canvas:${hotspotId}`;
}

/** The definition behind a material id. */
export function materialDef(id: MaterialId): MaterialDef {
  if (id.startsWith('canvas:')) {
    return { texture: { canvas: id.slice('canvas:'.length) }, color: [1, 1, 1], roughness: 0.85, metresPerRepeat: 0 };
  }
  return SHARED[id as SharedMaterialId];
}

/** sRGB 0..255 → linear 0..1, for vertex colours (glTF colours are linear). */
export function srgbToLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
