import type { EdgeKind, Room, Venue } from '../../venue/schema.ts';
import type { PlanPolygon } from '../../geometry/types.ts';
import { containsPoint, planBounds } from '../../geometry/polygon.ts';

/**
 * Connections between floors. The venue format has no shafts or flights of its
 * own; a staircase or a lift is a room of kind 'stairs' or 'elevator' drawn in the
 * same place on the floors it serves. Each such room is joined to the one of its
 * kind that overlaps it on the next floor up that has one (so a lift stops at every
 * floor it is drawn on, and a stair that skips a mezzanine still connects).
 */

/** Minimum overlap in plan (metres, both ways) for two rooms to count as one shaft. */
const MIN_OVERLAP_M = 0.2;
/** Samples per side when testing whether two outlines overlap. */
const SAMPLES = 7;
/** A flight of stairs walks about three times its height, landings included. */
const STAIRS_LENGTH_PER_METRE_RISE = 3;
/** A lift ride costs as much as walking this far, plus the height travelled (waiting, doors). */
const ELEVATOR_BASE_LENGTH_M = 10;

/** A connection between two rooms on different floors. */
export interface FloorLink {
  lower: Room;
  upper: Room;
  kind: Extract<EdgeKind, 'stairs' | 'elevator'>;
  accessible: boolean;
  /** The time-equivalent walking length, metres. */
  length: number;
}

/** True when the two outlines share some area (not just an edge or a corner). */
export function overlapInPlan(a: PlanPolygon, b: PlanPolygon): boolean {
  const ba = planBounds(a);
  const bb = planBounds(b);
  const minX = Math.max(ba.min[0], bb.min[0]);
  const maxX = Math.min(ba.max[0], bb.max[0]);
  const minZ = Math.max(ba.min[1], bb.min[1]);
  const maxZ = Math.min(ba.max[1], bb.max[1]);
  if (maxX - minX < MIN_OVERLAP_M || maxZ - minZ < MIN_OVERLAP_M) return false;
  for (let i = 0; i < SAMPLES; i++) {
    for (let j = 0; j < SAMPLES; j++) {
      const p = [minX + ((i + 0.5) * (maxX - minX)) / SAMPLES, minZ + ((j + 0.5) * (maxZ - minZ)) / SAMPLES] as const;
      if (containsPoint(a, p) && containsPoint(b, p)) return true;
    }
  }
  return false;
}

/** The stairs and lift connections of a venue, and the stairs/lift rooms that connect nothing. */
export function floorLinks(venue: Venue): { links: FloorLink[]; unlinked: Room[] } {
  const elevation = new Map(venue.floors.map((f) => [f.id, f.elevation]));
  const floorsUp = [...venue.floors].sort((a, b) => a.elevation - b.elevation).map((f) => f.id);
  const links: FloorLink[] = [];
  const linked = new Set<string>();
  for (const kind of ['stairs', 'elevator'] as const) {
    const rooms = venue.rooms.filter((r) => r.kind === kind && elevation.has(r.floor));
    for (const lower of rooms) {
      const start = floorsUp.indexOf(lower.floor);
      for (const floor of floorsUp.slice(start + 1)) {
        const uppers = rooms.filter((r) => r.floor === floor && overlapInPlan(lower.outline, r.outline));
        if (uppers.length === 0) continue;
        for (const upper of uppers) {
          const rise = Math.abs(elevation.get(floor)! - elevation.get(lower.floor)!);
          links.push({
            lower,
            upper,
            kind,
            accessible: kind === 'elevator',
            length: kind === 'elevator' ? ELEVATOR_BASE_LENGTH_M + rise : Math.max(1, STAIRS_LENGTH_PER_METRE_RISE * rise),
          });
          linked.add(lower.id).add(upper.id);
        }
        break; // the next floor up that has one: floors further up are reached through it
      }
    }
  }
  const unlinked = venue.rooms.filter((r) => (r.kind === 'stairs' || r.kind === 'elevator') && !linked.has(r.id));
  return { links, unlinked };
}
