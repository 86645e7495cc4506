import type { Venue } from '../schema.ts';
import { quote, type ProblemList } from '../problems.ts';
import { distanceOutside, findPolygonDefect, type PolygonDefect } from '../../geometry/polygon.ts';
import { toPlan, type PlanPolygon, type Point3 } from '../../geometry/types.ts';

/** How far (metres) a hotspot or nav node may stand outside its room's outline. */
export const INSIDE_TOLERANCE_M = 0.5;

function describeDefect(d: PolygonDefect): string {
  switch (d.kind) {
    case 'too-few-points':
      return `outline needs at least 3 points, got ${d.count}`;
    case 'zero-area':
      return 'outline has no area (all points on one line)';
    case 'repeated-point':
      return `outline repeats point ${d.index} right after the one before it`;
    case 'self-intersection':
      return `outline is not a simple polygon: edge ${d.edgeA} crosses edge ${d.edgeB}`;
  }
}

/** Outlines are simple polygons; hotspots and nav nodes lie inside their room. */
export function checkGeometry(venue: Venue, problems: ProblemList): void {
  const outlines = new Map<string, PlanPolygon>();
  venue.rooms.forEach((room, i) => {
    const defect = findPolygonDefect(room.outline);
    if (defect) problems.error(`rooms[${i}].outline`, describeDefect(defect));
    else outlines.set(room.id, room.outline);
  });
  venue.obstacles?.forEach((o, i) => {
    const defect = findPolygonDefect(o.outline);
    if (defect) problems.error(`obstacles[${i}].outline`, describeDefect(defect));
  });

  const checkInside = (roomId: string | undefined, position: Point3, path: string, what: string): void => {
    if (roomId === undefined) return;
    const outline = outlines.get(roomId);
    if (!outline) return; // unknown room or broken outline: reported elsewhere
    const outside = distanceOutside(outline, toPlan(position));
    if (outside > INSIDE_TOLERANCE_M) {
      problems.error(path, `${what} lies ${outside.toFixed(2)} m outside its room ${quote(roomId)} (tolerance ${INSIDE_TOLERANCE_M} m)`);
    }
  };
  venue.hotspots?.forEach((h, i) => checkInside(h.room, h.position, `hotspots[${i}].position`, 'hotspot'));
  venue.navGraph?.nodes.forEach((n, i) => checkInside(n.room, n.position, `navGraph.nodes[${i}].position`, 'node'));

  const q = venue.scan?.transform?.rotation;
  if (q && Math.abs(Math.hypot(...q) - 1) > 1e-3) {
    problems.error('scan.transform.rotation', `must be a unit quaternion [x, y, z, w] (its length is ${Math.hypot(...q).toFixed(4)})`);
  }
  venue.hotspots?.forEach((h, i) => {
    if (h.normal && Math.hypot(...h.normal) < 1e-6) problems.error(`hotspots[${i}].normal`, 'must not be the zero vector');
  });
}
