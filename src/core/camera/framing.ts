import type { Venue } from '../venue/schema.ts';
import type { Point3 } from '../geometry/types.ts';
import { venueBounds } from '../venue/bounds.ts';

/** A camera pose: where the eye is and what it looks at. */
export interface Pose {
  position: Point3;
  target: Point3;
}

/** Eye height above the walking surface, metres. */
export const EYE_HEIGHT = 1.6;

/** Vertical field of view of the viewer's camera, degrees. */
export const FIELD_OF_VIEW = 45;

/**
 * The "dollhouse" pose: looking down at about 50° from the south-east, far enough
 * back that the sphere around the floors in view fits the picture. With a floor
 * in focus, frames that floor's rooms only.
 */
export function overviewPose(venue: Venue, floor: string | null = null): Pose {
  const floors = floor === null ? venue.floors : venue.floors.filter((f) => f.id === floor);
  const scoped: Venue = floor === null ? venue : { ...venue, floors, rooms: venue.rooms.filter((r) => r.floor === floor) };
  const b = venueBounds(scoped.rooms.length > 0 ? scoped : venue);
  const [cx, , cz] = b.center;
  const floorY = floor === null ? b.min[1] : (floors[0]?.elevation ?? b.min[1]);
  const radius = Math.max(b.radius, 3);
  const distance = (radius / Math.sin(((FIELD_OF_VIEW / 2) * Math.PI) / 180)) * 1.02;
  const dir = [0.3, 0.72, 0.62] as const;
  const len = Math.hypot(...dir);
  return {
    position: [cx + (dir[0] / len) * distance, floorY + (dir[1] / len) * distance, cz + (dir[2] / len) * distance],
    target: [cx, floorY, cz],
  };
}

/** Where a walk starts on a floor: the entrance if the floor has one, else its first room's middle. */
export function walkStartPose(venue: Venue, floorId: string): Pose {
  const floor = venue.floors.find((f) => f.id === floorId) ?? venue.floors[0]!;
  const rooms = venue.rooms.filter((r) => r.floor === floor.id);
  const entranceRoom = rooms.find((r) => r.kind === 'entrance') ?? rooms.find((r) => r.kind === 'hall') ?? rooms[0];
  const node = venue.navGraph?.nodes.find((n) => n.room === entranceRoom?.id);
  const y = floor.elevation + EYE_HEIGHT;
  const centre = (outline: readonly (readonly [number, number])[]): [number, number] => {
    const sx = outline.reduce((s, p) => s + p[0], 0) / outline.length;
    const sz = outline.reduce((s, p) => s + p[1], 0) / outline.length;
    return [sx, sz];
  };
  const [rx, rz] = entranceRoom ? centre(entranceRoom.outline) : [0, 0];
  const [px, pz] = node ? [node.position[0], node.position[2]] : [rx, rz];
  // Look towards the middle of the room (or along +x when standing in it).
  const dx = rx - px, dz = rz - pz;
  const d = Math.hypot(dx, dz);
  const target: Point3 = d > 0.5 ? [rx, y, rz] : [px + 1, y, pz];
  return { position: [px, y, pz], target };
}

/** The floor whose walking surface is at or just below height `y`. */
export function floorAtHeight(venue: Venue, y: number): string {
  const sorted = [...venue.floors].sort((a, b) => a.elevation - b.elevation);
  let found = sorted[0]!.id;
  for (const f of sorted) if (f.elevation <= y + 0.3) found = f.id;
  return found;
}
