import { Color, Points, Texture, Vector3, type BufferGeometry, type Material, type Object3D } from 'three';
import { createPointMaterial, createPointUniforms, type PointUniforms } from './point-material.ts';
import { estimatePointSpacing, pointSizeMetres, SPACING_SAMPLE } from './point-size.ts';
import { POINTS_LAYER } from './edl-material.ts';

/**
 * Turns a decoded point-cloud scan (a glTF scene with POINTS primitives, which
 * GLTFLoader gives fixed-pixel square points) into what the viewer draws: round
 * points sized in metres from the cloud's own density, on the Eye-Dome Lighting
 * layer, never hit by rays.
 */

/** A prepared cloud: its points, their shared size uniforms, and how to free it. */
export interface PreparedPointCloud {
  root: Object3D;
  /** Points drawn (indices count when the primitive is indexed). */
  points: number;
  /** Point diameter in venue metres. */
  sizeMetres: number;
  uniforms: PointUniforms;
  /** Frees the GPU memory of geometry and materials. */
  dispose(): void;
}

/** The THREE.Points objects under `root`. */
export function pointObjects(root: Object3D): Points[] {
  const found: Points[] = [];
  root.traverse((o) => {
    if (o instanceof Points) found.push(o);
  });
  return found;
}

/** How many points a geometry draws: its index count when indexed, else its vertex count (within the draw range). */
export function drawnPointCount(geometry: BufferGeometry): number {
  const all = geometry.index ? geometry.index.count : (geometry.getAttribute('position')?.count ?? 0);
  const start = Math.max(0, geometry.drawRange.start);
  return Math.max(0, Math.min(all - start, geometry.drawRange.count));
}

/** Counts the points of every Points object under `root`. */
export function countPoints(root: Object3D): number {
  return pointObjects(root).reduce((sum, p) => sum + drawnPointCount(p.geometry), 0);
}

/**
 * An even subsample of at most `limit` positions of all clouds, in `root`'s
 * coordinates (node transforms applied: quantized clouds keep their scale there).
 */
export function samplePositions(root: Object3D, limit: number = SPACING_SAMPLE): Float32Array {
  root.updateMatrixWorld(true);
  const clouds = pointObjects(root);
  const total = clouds.reduce((sum, p) => sum + (p.geometry.getAttribute('position')?.count ?? 0), 0);
  const stride = Math.max(1, Math.ceil(total / limit));
  const out: number[] = [];
  const v = new Vector3();
  for (const cloud of clouds) {
    const position = cloud.geometry.getAttribute('position');
    if (!position) continue;
    // Relative to root: root's own placement is scan.transform, applied later.
    const toRoot = cloud.matrixWorld.clone().premultiply(root.matrixWorld.clone().invert());
    for (let i = 0; i < position.count; i += stride) {
      v.fromBufferAttribute(position, i).applyMatrix4(toRoot);
      out.push(v.x, v.y, v.z);
    }
  }
  return Float32Array.from(out);
}

/**
 * Replaces every cloud's material by a point material and moves the clouds to the
 * EDL layer. `scale` is scan.transform.scale (the size is in venue metres). Throws
 * when there are no points.
 */
export function preparePointCloud(root: Object3D, scale = 1): PreparedPointCloud {
  const clouds = pointObjects(root);
  const points = clouds.reduce((sum, p) => sum + drawnPointCount(p.geometry), 0);
  if (points === 0) throw new Error('the file holds no points');
  const spacing = estimatePointSpacing(samplePositions(root), points);
  const sizeMetres = pointSizeMetres(spacing === null ? null : spacing * scale);
  const uniforms = createPointUniforms(sizeMetres);
  const materials: Material[] = [];
  for (const cloud of clouds) {
    const old = Array.isArray(cloud.material) ? cloud.material : [cloud.material];
    const tint = old[0] && 'color' in old[0] && old[0].color instanceof Color ? old[0].color : undefined;
    const material = createPointMaterial(uniforms, { vertexColors: cloud.geometry.hasAttribute('color'), ...(tint ? { color: tint } : {}) });
    for (const m of old) disposeMaterial(m);
    cloud.material = material;
    materials.push(material);
    cloud.layers.set(POINTS_LAYER);
    // Points have no faces: a ray "hits" any point within a metre of it, which
    // would swallow clicks meant for the floor and hide labels behind thin air.
    cloud.raycast = () => undefined;
  }
  return {
    root,
    points,
    sizeMetres,
    uniforms,
    dispose() {
      for (const cloud of clouds) cloud.geometry.dispose();
      for (const m of materials) m.dispose();
    },
  };
}

function disposeMaterial(material: Material): void {
  for (const value of Object.values(material)) if (value instanceof Texture) value.dispose();
  material.dispose();
}
