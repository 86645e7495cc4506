import type { Venue } from '../../src/core/venue/schema.ts';
import type { PlanPoint } from '../../src/core/geometry/types.ts';
import type { BeaconSighting } from '../../src/core/positioning/types.ts';
import { beaconMap } from '../../src/core/positioning/radio/beacon-map.ts';
import { expectedRssi } from '../../src/core/positioning/radio/path-loss.ts';
import { seededRandom } from '../../src/core/positioning/random.ts';

/**
 * A small two-floor venue for positioning tests, drawn in plan (x → east, z → south):
 *
 *   ground floor "eg" (elevation 0)          upper floor "og" (elevation 4)
 *   z=0  +----------+----------+             +---------------------+
 *        | west  ## |          |             |        upper        |
 *        |  (case)  D   east S |             |                   S |
 *   z=8  +----------+----------+             +---------------------+
 *        x=0       x=10       x=20
 *
 * D: the door between west and east (x 10, z 4); S: stairs at (18, 2) on both
 * floors; ##: a display case (x 3–5, z 3–5). Four beacons per room, 2.5 m high.
 */
export function twoFloorHall(): Venue {
  const text = (en: string) => ({ en });
  const rect = (x0: number, z0: number, x1: number, z1: number): [number, number][] => [[x0, z0], [x1, z0], [x1, z1], [x0, z1]];
  const beacons: NonNullable<Venue['beacons']> = [];
  const corners = (floor: string, y: number, x0: number, x1: number) => {
    for (const [x, z] of [[x0 + 1, 1], [x1 - 1, 1], [x0 + 1, 7], [x1 - 1, 7]] as const) {
      beacons.push({ id: `b-${floor}-${beacons.length + 1}`, floor, position: [x, y + 2.5, z] });
    }
  };
  corners('eg', 0, 0, 10);
  corners('eg', 0, 10, 20);
  corners('og', 4, 0, 20);
  return {
    asset: { type: 'museum-venue', version: 1, generator: 'tests/helpers/two-floor-hall.ts' },
    id: 'two-floor-hall',
    title: text('Two-floor hall'),
    defaultLanguage: 'en',
    languages: ['en'],
    floors: [
      { id: 'eg', name: text('Ground floor'), elevation: 0, height: 4 },
      { id: 'og', name: text('Upper floor'), elevation: 4, height: 4 },
    ],
    rooms: [
      { id: 'r-west', floor: 'eg', name: text('West'), kind: 'gallery', outline: rect(0, 0, 10, 8) },
      { id: 'r-east', floor: 'eg', name: text('East'), kind: 'gallery', outline: rect(10, 0, 20, 8) },
      { id: 'r-upper', floor: 'og', name: text('Upper'), kind: 'gallery', outline: rect(0, 0, 20, 8) },
    ],
    obstacles: [{ id: 'o-case', floor: 'eg', outline: rect(3, 3, 5, 5) }],
    beacons,
    navGraph: {
      nodes: [
        { id: 'n-west', floor: 'eg', position: [8, 0, 4], room: 'r-west' },
        { id: 'n-east', floor: 'eg', position: [12, 0, 4], room: 'r-east' },
        { id: 'n-stairs-eg', floor: 'eg', position: [18, 0, 2], room: 'r-east' },
        { id: 'n-stairs-og', floor: 'og', position: [18, 4, 2], room: 'r-upper' },
      ],
      edges: [
        { from: 'n-west', to: 'n-east', kind: 'door' },
        { from: 'n-east', to: 'n-stairs-eg', kind: 'walk' },
        { from: 'n-stairs-eg', to: 'n-stairs-og', kind: 'stairs' },
      ],
    },
  } as Venue;
}

/**
 * Sightings a phone held at `at` (1.2 m above `floor`) would hear over `durationMs`
 * from `startMs`: every beacon every 100 ms, with the path-loss model, 15 dB per
 * floor in between, Gaussian noise of `noiseDb` and a seeded random source.
 */
export function sightingsAt(venue: Venue, at: PlanPoint, floor: string, startMs: number, durationMs: number, options: { noiseDb?: number; seed?: number; offsetDb?: number } = {}): BeaconSighting[] {
  const random = seededRandom(options.seed ?? 1);
  const elevation = new Map(venue.floors.map((f) => [f.id, f.elevation]));
  const phoneY = (elevation.get(floor) ?? 0) + 1.2;
  const out: BeaconSighting[] = [];
  const beacons = [...beaconMap(venue).values()];
  for (let t = startMs; t < startMs + durationMs; t += 100) {
    beacons.forEach((b, i) => {
      const dy = (elevation.get(b.floor) ?? 0) + b.heightAboveFloor - phoneY;
      const d = Math.hypot(at[0] - b.position[0], at[1] - b.position[1], dy);
      const floorsApart = Math.round(Math.abs((elevation.get(b.floor) ?? 0) - (elevation.get(floor) ?? 0)) / 4);
      const rssi = expectedRssi({ txPower: b.txPower, exponent: 2.7 }, d) - 15 * floorsApart + (options.offsetDb ?? 0) + random.normal() * (options.noiseDb ?? 3);
      if (rssi > -100) out.push({ t: t + i, beaconId: b.id, rssi });
    });
  }
  return out;
}
