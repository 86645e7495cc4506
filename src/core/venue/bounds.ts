import type { Venue } from './schema.ts';
import type { Point3 } from '../geometry/types.ts';

/** The box that holds every room of every floor, in venue coordinates. */
export interface VenueBounds {
  min: Point3;
  max: Point3;
  center: Point3;
  /** Radius of the sphere around the box: how far a camera must stand back to see it all. */
  radius: number;
}

/** Bounds of the venue from its room outlines and floor heights (no scan needed). */
export function venueBounds(venue: Venue): VenueBounds {
  let minX = Infinity, minZ = Infinity, maxX = -Infinity, maxZ = -Infinity;
  for (const room of venue.rooms) {
    for (const [x, z] of room.outline) {
      minX = Math.min(minX, x); maxX = Math.max(maxX, x);
      minZ = Math.min(minZ, z); maxZ = Math.max(maxZ, z);
    }
  }
  if (!Number.isFinite(minX)) { minX = -5; maxX = 5; minZ = -5; maxZ = 5; }
  const minY = Math.min(...venue.floors.map((f) => f.elevation));
  const maxY = Math.max(...venue.floors.map((f) => f.elevation + f.height));
  const center: Point3 = [(minX + maxX) / 2, (minY + maxY) / 2, (minZ + maxZ) / 2];
  const radius = Math.hypot(maxX - minX, maxY - minY, maxZ - minZ) / 2;
  return { min: [minX, minY, minZ], max: [maxX, maxY, maxZ], center, radius };
}
