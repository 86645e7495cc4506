import type { Venue } from '../venue/schema.ts';

/** What a validation problem is about, so the editor can select it and show it. */
export type ProblemTarget =
  | { kind: 'hotspot' | 'beacon' | 'node' | 'tour' | 'room'; id: string }
  | null;

/** `hotspots[3].media[0].alt` → ['hotspots', 3, 'media', 0, 'alt']. */
function segmentsOf(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(match[3]);
  }
  return segments;
}

/**
 * The item a problem's path points into (`hotspots[3].title.en` → that hotspot), or
 * null for problems about the venue as a whole. A walking-graph edge leads to the
 * point it starts from; a tour stop leads to its tour.
 */
export function problemTarget(venue: Venue, path: string): ProblemTarget {
  const segments = segmentsOf(path);
  if (segments[0] === 'navGraph') return navGraphTarget(venue, segments[1], segments[2]);
  const [collection, index] = segments;
  if (typeof index !== 'number') return null;
  const lists = { hotspots: ['hotspot', venue.hotspots], beacons: ['beacon', venue.beacons], tours: ['tour', venue.tours], rooms: ['room', venue.rooms] } as const;
  if (typeof collection !== 'string' || !Object.hasOwn(lists, collection)) return null;
  const [kind, list] = lists[collection as keyof typeof lists];
  const id = list?.[index]?.id;
  return id === undefined ? null : { kind, id };
}

/** `navGraph.nodes[4]` → that point; `navGraph.edges[7]` → the point the edge starts from. */
function navGraphTarget(venue: Venue, list: string | number | undefined, index: string | number | undefined): ProblemTarget {
  if (typeof index !== 'number' || !venue.navGraph) return null;
  const nodeIds = new Set(venue.navGraph.nodes.map((n) => n.id));
  const id = list === 'nodes' ? venue.navGraph.nodes[index]?.id : list === 'edges' ? [venue.navGraph.edges[index]?.from, venue.navGraph.edges[index]?.to].find((n) => n !== undefined && nodeIds.has(n)) : undefined;
  return id === undefined ? null : { kind: 'node', id };
}
