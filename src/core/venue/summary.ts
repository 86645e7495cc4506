import type { Venue } from './schema.ts';

/** Counts of what a venue holds, as the validator prints them. */
export interface VenueSummary {
  floors: number;
  rooms: number;
  hotspots: number;
  beacons: number;
  navNodes: number;
  navEdges: number;
  tours: number;
}

export function summarizeVenue(venue: Venue): VenueSummary {
  return {
    floors: venue.floors.length,
    rooms: venue.rooms.length,
    hotspots: venue.hotspots?.length ?? 0,
    beacons: venue.beacons?.length ?? 0,
    navNodes: venue.navGraph?.nodes.length ?? 0,
    navEdges: venue.navGraph?.edges.length ?? 0,
    tours: venue.tours?.length ?? 0,
  };
}

/** One line: `demo-museum: 2 floors, 18 rooms, 18 hotspots, 20 beacons, 120 nav nodes, 2 tours`. */
export function formatSummary(id: string, s: VenueSummary): string {
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  return `${id}: ${n(s.floors, 'floor')}, ${n(s.rooms, 'room')}, ${n(s.hotspots, 'hotspot')}, ${n(s.beacons, 'beacon')}, ${n(s.navNodes, 'nav node')}, ${n(s.tours, 'tour')}`;
}
