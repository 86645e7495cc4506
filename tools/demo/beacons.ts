import { createHash } from 'node:crypto';
import { planDistance, type PlanPoint } from '../../src/core/geometry/types.ts';
import type { Beacon } from '../../src/core/venue/schema.ts';
import { DOORS, elevationOf, ROOMS, WALL_THICKNESS, type RoomDef } from './layout.ts';
import { FRAME_DEPTH, type PlacedExhibit } from './exhibits.ts';
import { doorRooms } from './walls.ts';

/**
 * Places Eddystone-UID beacons the way an installer would: wall-mounted at 2.8 m
 * (ceiling-mounted at 3 m over an object), one about every 9 m along each room's long
 * axis on alternating long walls, never over a door opening; small rooms get one
 * beside their door, which also covers stair and lift landings. In galleries the
 * beacons sit at exhibits (above a painting's frame, over an object), and those
 * exhibits' hotspots name them.
 */

/** Mounting height above the floor for wall-mounted beacons. */
const WALL_MOUNT = 2.8;
const CEILING_MOUNT = 3.0;
/** Beacons stand off the wall's inner face by this much (the housing). */
const STANDOFF = 0.05;

/**
 * The Eddystone namespace of the demo venue: the first 10 bytes of SHA-1 over the
 * venue id, which is how the Eddystone spec suggests deriving a namespace from a name.
 */
export const DEMO_NAMESPACE = createHash('sha1').update('demo-museum').digest('hex').slice(0, 20);

export interface PlacedBeacon {
  beacon: Beacon;
  room: string;
  /** The hotspot this beacon is mounted at, if any. */
  hotspot?: string;
}

interface Mount {
  plan: PlanPoint;
  /** Height above the floor. */
  height: number;
  hotspot?: string;
}

/** A point on the inside face of one of a room's walls, moved clear of door openings. */
function wallMount(room: RoomDef, line: 'x' | 'z', side: 0 | 1, along: number): PlanPoint {
  const { x0, z0, x1, z1 } = room.rect;
  const at = line === 'z' ? (side === 0 ? z0 : z1) : side === 0 ? x0 : x1;
  let a = along;
  for (const d of DOORS) {
    if (d.floor === room.floor && d.line === line && d.at === at && a > d.from - 0.3 && a < d.to + 0.3) a = d.to + 0.4;
  }
  const inset = (side === 0 ? 1 : -1) * (WALL_THICKNESS / 2 + STANDOFF);
  return line === 'z' ? [a, at + inset] : [at + inset, a];
}

/** Evenly spread mounts along the long axis, alternating between the two long walls. */
function spreadMounts(room: RoomDef): Mount[] {
  const { x0, z0, x1, z1 } = room.rect;
  const alongX = x1 - x0 >= z1 - z0;
  const length = alongX ? x1 - x0 : z1 - z0;
  const n = Math.ceil(length / 9);
  return Array.from({ length: n }, (_, i): Mount => {
    const along = (alongX ? x0 : z0) + ((i + 0.5) / n) * length;
    return { plan: wallMount(room, alongX ? 'z' : 'x', (i % 2) as 0 | 1, along), height: WALL_MOUNT };
  });
}

/** A small room's single beacon: on the wall beside its first door, inside the room. */
function doorMount(room: RoomDef): Mount | null {
  const door = DOORS.find((d) => {
    const { low, high } = doorRooms(d);
    return low === room || high === room;
  });
  if (!door) return null;
  // A room on the door's high side has the door in its low (x0 or z0) wall.
  const side = doorRooms(door).high === room ? 0 : 1;
  return { plan: wallMount(room, door.line, side, door.to + 0.4), height: WALL_MOUNT };
}

/** Where a beacon can sit at an exhibit: above a painting's frame, or over an object. */
function exhibitMount(p: PlacedExhibit): Mount | null {
  if (p.painting) {
    const { centre, frameWidth, span } = p.painting;
    const top = centre[1] - elevationOf(p.floor) + p.exhibit.heightM / 2 + frameWidth;
    if (top + 0.3 > CEILING_MOUNT) return null; // a tall work leaves no room above it
    const k = FRAME_DEPTH / 2 + STANDOFF;
    return { plan: [centre[0] + span.normal[0] * k, centre[2] + span.normal[1] * k], height: Math.max(WALL_MOUNT, top + 0.3), hotspot: p.exhibit.id };
  }
  if (p.object) return { plan: p.object.centre, height: CEILING_MOUNT, hotspot: p.exhibit.id };
  return null;
}

/**
 * A gallery's beacons go to its exhibits, spread as far apart as possible: the first
 * at the exhibit nearest the room's first evenly spread mount, each next one at the
 * exhibit farthest from those chosen. Evenly spread wall mounts fill in when a room
 * has too few exhibits.
 */
function galleryMounts(spread: readonly Mount[], exhibits: readonly PlacedExhibit[]): Mount[] {
  const pool: Mount[] = exhibits.map(exhibitMount).filter((m): m is Mount => m !== null);
  const chosen: Mount[] = [];
  const gap = (m: Mount): number => Math.min(...chosen.map((c) => planDistance(c.plan, m.plan)));
  while (chosen.length < spread.length) {
    const candidates = pool.length > 0 ? pool : spread.filter((m) => !chosen.includes(m));
    const score = (m: Mount): number => (chosen.length === 0 ? -planDistance(m.plan, spread[0]!.plan) : gap(m));
    let best = candidates[0]!;
    for (const m of candidates) if (score(m) > score(best) + 1e-9) best = m;
    chosen.push(best);
    pool.splice(pool.indexOf(best), 1);
  }
  return chosen;
}

/** Places every beacon, ground floor first, rooms in plan order. */
export function placeBeacons(exhibits: readonly PlacedExhibit[]): PlacedBeacon[] {
  const out: PlacedBeacon[] = [];
  for (const room of ROOMS) {
    const spread = spreadMounts(room);
    let mounts = spread;
    if (spread.length === 1) {
      const byDoor = doorMount(room);
      if (byDoor) mounts = [byDoor];
    }
    if (room.kind === 'gallery') mounts = galleryMounts(spread, exhibits.filter((p) => p.room.id === room.id));
    for (const m of mounts) {
      const n = out.length + 1;
      const position: [number, number, number] = [m.plan[0], elevationOf(room.floor) + m.height, m.plan[1]];
      out.push({
        beacon: {
          id: `b-${String(n).padStart(2, '0')}`,
          floor: room.floor,
          position,
          identity: { protocol: 'eddystone-uid', namespace: DEMO_NAMESPACE, instance: n.toString(16).padStart(12, '0') },
          txPower: -59,
          pathLossExponent: 2.0,
          intervalMs: 300,
        },
        room: room.id,
        ...(m.hotspot !== undefined && { hotspot: m.hotspot }),
      });
    }
  }
  return out;
}
