import { Vector3, type Plane, type Quaternion } from 'three';
import type { SplatEdit, SplatEditSdf } from '@sparkjsdev/spark';

/**
 * The floor cut-away for splats. FloorClipping sets the renderer's clipping
 * planes, which Spark's splat shader does not read; Spark has its own cheap
 * equivalent, SDF edits evaluated on the GPU once per splat when the splats are
 * regenerated (not per pixel, not per frame). Each clipping plane becomes a
 * half-space SDF whose inside is the clipped side, in an edit that multiplies
 * the splats' opacity there by 0. A splat is cut by its centre, as a point of a
 * mesh is cut by its position.
 */

const Z_AXIS = new Vector3(0, 0, 1);

/**
 * Where a Spark "plane" SDF must stand to cut like `plane`. Spark measures a
 * plane SDF as the z of a point in the SDF's frame, inside where z < 0; three
 * clips where normal · p + constant < 0. With the frame's z axis along the
 * normal and its origin on the plane (at −constant × normal), the two agree.
 */
export function sdfPoseForPlane(plane: Plane, position: Vector3, quaternion: Quaternion): void {
  const length = plane.normal.length() || 1;
  const normal = plane.normal.clone().divideScalar(length);
  quaternion.setFromUnitVectors(Z_AXIS, normal);
  position.copy(normal).multiplyScalar(-plane.constant / length);
}

/** A comparable snapshot of clipping planes (normal and constant of each). */
export function planesKey(planes: readonly Plane[]): string {
  return planes.map((p) => `${p.normal.x},${p.normal.y},${p.normal.z},${p.constant}`).join(';');
}

/** Spark's edit classes, passed in: Spark is loaded on demand, never by this module. */
export interface SparkEditClasses {
  SplatEdit: new (options: { name?: string; sdfs?: SplatEditSdf[] }) => SplatEdit;
  SplatEditSdf: new (options: { type?: SplatEditSdf['type']; opacity?: number }) => SplatEditSdf;
  planeType: SplatEditSdf['type'];
}

/** Mirrors the renderer's clipping planes into one SplatEdit; `sync` each frame, it does work only when the planes change. */
export class SplatClipping {
  readonly edit: SplatEdit;
  private readonly pool: SplatEditSdf[] = [];
  private key = '';

  constructor(private readonly spark: SparkEditClasses) {
    this.edit = new spark.SplatEdit({ name: 'floor cut-away', sdfs: [] });
  }

  /** Updates the edit to `planes`; true when they changed (the splats must be regenerated and drawn again). */
  sync(planes: readonly Plane[]): boolean {
    const key = planesKey(planes);
    if (key === this.key) return false;
    this.key = key;
    while (this.pool.length < planes.length) this.pool.push(new this.spark.SplatEditSdf({ type: this.spark.planeType, opacity: 0 }));
    const sdfs = planes.map((plane, i) => {
      const sdf = this.pool[i]!;
      sdfPoseForPlane(plane, sdf.position, sdf.quaternion);
      sdf.updateMatrixWorld();
      return sdf;
    });
    this.edit.sdfs = sdfs;
    return true;
  }
}
