import { Matrix4, Quaternion, Vector3, type Object3D } from 'three';
import type { Scan } from '../../../core/venue/index.ts';

/**
 * Where a tileset lands in the venue. Our importer (tools/lib/scan/tileset-json.ts)
 * writes glTF tile content Y-up in venue metres and the bounding volumes in the
 * 3D Tiles Z-up frame, venue (x, y, z) = tiles (x, −z, y). 3d-tiles-renderer,
 * following the spec, turns each glTF tile +90° about x into that Z-up frame
 * (its `gltfUpAxis` 'y' default). Turning the renderer's whole group −90° about
 * x undoes exactly that: tiles (x, y, z) → venue (x, z, −y), so the content is
 * back where the importer had it and the bounding volumes (which the renderer
 * culls and picks tiles by) surround it. Then comes the scan's own transform
 * from scene.json, as for a glTF scan (ScanModel.tsx).
 */

/** The rotation from the 3D Tiles Z-up frame into the venue's Y-up frame: −90° about x. */
export const TILES_TO_VENUE = Object.freeze(new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), -Math.PI / 2));

/** Turns 3d-tiles-renderer's group from the tileset frame into the venue frame. */
export function placeInVenueFrame(group: Object3D): void {
  group.quaternion.copy(TILES_TO_VENUE);
  group.position.set(0, 0, 0);
  group.scale.set(1, 1, 1);
  group.updateMatrix();
}

/** The scan's transform from scene.json as position, quaternion and scale (identity where absent). */
export function scanTransformParts(scan: Scan): { position: [number, number, number]; quaternion: [number, number, number, number]; scale: number } {
  const t = scan.transform;
  return {
    position: t?.position ? [t.position[0], t.position[1], t.position[2]] : [0, 0, 0],
    quaternion: t?.rotation ? [t.rotation[0], t.rotation[1], t.rotation[2], t.rotation[3]] : [0, 0, 0, 1],
    scale: t?.scale ?? 1,
  };
}

/** The whole placement, tiles frame → venue: the scan's transform after the −90° turn. */
export function tilesetToVenueMatrix(scan: Scan): Matrix4 {
  const { position, quaternion, scale } = scanTransformParts(scan);
  const scanMatrix = new Matrix4().compose(new Vector3(...position), new Quaternion(...quaternion).normalize(), new Vector3(scale, scale, scale));
  return scanMatrix.multiply(new Matrix4().makeRotationFromQuaternion(TILES_TO_VENUE));
}
