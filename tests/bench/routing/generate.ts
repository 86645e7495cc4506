import type { NavEdge, NavNode, Venue } from '../../../src/core/venue/schema.ts';
import { seededRandom } from '../../../src/core/positioning/random.ts';

/**
 * A large, deterministic multi-floor venue for the routing benchmark: `floors`
 * storeys of `side` × `side` nodes one metre apart (5 × 100 × 100 = 50 000 nodes
 * by default), each node joined to its eight neighbours, like a fine walking
 * mesh over open halls. To make the searches work for it, each floor gets
 * interior walls (lines of missing edges with a door gap or two) and a few
 * percent of its edges removed at random, and floors are joined only through a
 * handful of stair shafts and two lifts, so most routes between floors must
 * first walk to a shaft that the heuristic knows nothing about. A few edges are
 * one-way. The same seed always gives the same venue.
 */

export interface GeneratedVenue {
  readonly venue: Venue;
  readonly nodes: number;
  readonly edges: number;
  readonly stairs: number;
  readonly elevators: number;
  readonly oneWay: number;
}

const FLOOR_HEIGHT = 4;
const STAIRS_LENGTH = 8;
const ELEVATOR_LENGTH = 15;

export function generateVenue(seed = 1, floors = 5, side = 100): GeneratedVenue {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random.next() * n);
  const id = (f: number, c: number, r: number) => `n-${f}-${c}-${r}`;
  const nodes: NavNode[] = [];
  const edges: NavEdge[] = [];
  let oneWay = 0;

  for (let f = 0; f < floors; f++) {
    for (let r = 0; r < side; r++) for (let c = 0; c < side; c++) nodes.push({ id: id(f, c, r), floor: `f${f}`, position: [c, f * FLOOR_HEIGHT, r], room: `r-${f}` });

    // Interior walls: vertical and horizontal lines between cells, each with one or two door gaps.
    const blockedV = new Set<string>(); // wall on the line x = c + 0.5 at row r
    const blockedH = new Set<string>(); // wall on the line z = r + 0.5 at column c
    for (let w = 0; w < 14; w++) {
      const vertical = w % 2 === 0;
      const at = 5 + pick(side - 10);
      const from = pick(side / 2);
      const length = side / 4 + pick(side / 2);
      const doors = new Set([from + pick(length), from + pick(length)]);
      for (let k = from; k < Math.min(side, from + length); k++) {
        if (doors.has(k)) continue;
        (vertical ? blockedV : blockedH).add(`${at},${k}`);
      }
    }
    const crossesWall = (c: number, r: number, dc: number, dr: number): boolean => {
      // A step crosses the vertical line after column c when dc ≠ 0, the horizontal line after row r when dr ≠ 0.
      const xLine = dc > 0 ? c : dc < 0 ? c - 1 : null;
      const zLine = dr > 0 ? r : dr < 0 ? r - 1 : null;
      if (xLine !== null && (blockedV.has(`${xLine},${r}`) || blockedV.has(`${xLine},${r + dr}`))) return true;
      if (zLine !== null && (blockedH.has(`${zLine},${c}`) || blockedH.has(`${zLine},${c + dc}`))) return true;
      return false;
    };

    for (let r = 0; r < side; r++) {
      for (let c = 0; c < side; c++) {
        for (const [dc, dr] of [[1, 0], [0, 1], [1, 1], [-1, 1]] as const) {
          const c2 = c + dc;
          const r2 = r + dr;
          if (c2 < 0 || c2 >= side || r2 >= side) continue;
          if (crossesWall(c, r, dc, dr) || random.next() < 0.04) continue;
          const edge: NavEdge = { from: id(f, c, r), to: id(f, c2, r2), kind: 'walk' };
          if (random.next() < 0.005) {
            edges.push({ ...edge, oneWay: true });
            oneWay++;
          } else edges.push(edge);
        }
      }
    }
  }

  // Four stair shafts and two lifts at seeded places, each joining every floor to the next.
  const shafts = (count: number) => Array.from({ length: count }, () => [2 + pick(side - 4), 2 + pick(side - 4)] as const);
  const stairs = shafts(4);
  const lifts = shafts(2);
  for (let f = 0; f + 1 < floors; f++) {
    for (const [c, r] of stairs) edges.push({ from: id(f, c, r), to: id(f + 1, c + 1, r), kind: 'stairs', length: STAIRS_LENGTH });
    for (const [c, r] of lifts) edges.push({ from: id(f, c, r), to: id(f + 1, c, r), kind: 'elevator', length: ELEVATOR_LENGTH });
  }

  const venue: Venue = {
    asset: { type: 'museum-venue', version: 1, generator: 'tests/bench/routing/generate.ts' },
    id: 'routing-bench',
    title: { en: 'Routing benchmark' },
    defaultLanguage: 'en',
    languages: ['en'],
    floors: Array.from({ length: floors }, (_, f) => ({ id: `f${f}`, name: { en: `Floor ${f}` }, elevation: f * FLOOR_HEIGHT, height: FLOOR_HEIGHT })),
    rooms: Array.from({ length: floors }, (_, f) => ({
      id: `r-${f}`, floor: `f${f}`, name: { en: `Hall ${f}` }, kind: 'hall' as const,
      outline: [[-0.5, -0.5], [side - 0.5, -0.5], [side - 0.5, side - 0.5], [-0.5, side - 0.5]],
    })),
    navGraph: { nodes, edges },
  };
  return { venue, nodes: nodes.length, edges: edges.length, stairs: stairs.length * (floors - 1), elevators: lifts.length * (floors - 1), oneWay };
}
