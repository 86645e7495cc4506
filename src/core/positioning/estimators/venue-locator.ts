import type { Venue } from '../../venue/schema.ts';
import type { PlanPoint } from '../../geometry/types.ts';
import { planBounds } from '../../geometry/polygon.ts';
import { walkableAreaOf } from '../../geometry/walkable.ts';

/**
 * What the estimators need to know about the venue's space: which room a plan
 * point is in, and the box a fix must stay inside (the bounding box of a floor's
 * rooms — a radio estimate outside every room is never right, but the box is as
 * far as the simple baselines go; keeping fixes out of walls is the tracker's job).
 */
export interface VenueLocator {
  /** The room of `floor` containing `p`, or null. */
  roomAt(floor: string, p: PlanPoint): string | null;
  /** `p` moved into the bounding box of `floor`'s rooms (unchanged when the floor has no rooms). */
  clamp(floor: string, p: PlanPoint): PlanPoint;
  /** The bounding box of `floor`'s rooms, if it has any. */
  bounds(floor: string): { readonly min: PlanPoint; readonly max: PlanPoint } | undefined;
}

/** Builds the locator of a venue; floors' boxes are computed once. */
export function venueLocator(venue: Venue): VenueLocator {
  const boxes = new Map<string, { min: PlanPoint; max: PlanPoint }>();
  for (const floor of venue.floors) {
    const points = venue.rooms.filter((r) => r.floor === floor.id).flatMap((r) => r.outline);
    if (points.length > 0) boxes.set(floor.id, planBounds(points));
  }
  return {
    roomAt: (floor, p) => (boxes.has(floor) ? (walkableAreaOf(venue, floor).roomAt(p)?.id ?? null) : null),
    clamp(floor, p) {
      const box = boxes.get(floor);
      if (!box) return p;
      return [Math.min(box.max[0], Math.max(box.min[0], p[0])), Math.min(box.max[1], Math.max(box.min[1], p[1]))];
    },
    bounds: (floor) => boxes.get(floor),
  };
}
