import type { RoomKind, Venue } from '../../../../../src/core/venue/schema.ts';

/**
 * Venues drawn as ASCII floor plans, for the walking-graph generator's tests.
 * Each character is a square `cell` metres wide (x → east, z → south, row 0 at
 * z = 0). A letter is a room: the rectangle around all cells of that letter
 * (letters must therefore fill rectangles). `#` cells are obstacles (display
 * cases): each 4-connected group becomes one rectangular obstacle. `.` is
 * outside the building. Room ids are `r-<name>` from `names`, else `r-<letter>`
 * in lower case; kinds come from `kinds` (default 'gallery').
 */
export interface PlanFloor {
  id: string;
  elevation: number;
  plan: readonly string[];
}

export interface PlanFixture {
  floors: readonly PlanFloor[];
  cell?: number;
  names?: Readonly<Record<string, string>>;
  kinds?: Readonly<Record<string, RoomKind>>;
}

type Rect = { x0: number; z0: number; x1: number; z1: number };

export function planVenue(fixture: PlanFixture): Venue {
  const cell = fixture.cell ?? 1;
  const text = (en: string) => ({ en });
  const rect = (r: Rect): [number, number][] => [[r.x0 * cell, r.z0 * cell], [r.x1 * cell, r.z0 * cell], [r.x1 * cell, r.z1 * cell], [r.x0 * cell, r.z1 * cell]];
  const rooms: Venue['rooms'] = [];
  const obstacles: NonNullable<Venue['obstacles']> = [];

  for (const floor of fixture.floors) {
    const letters = new Map<string, Rect>();
    floor.plan.forEach((row, z) => {
      [...row].forEach((ch, x) => {
        if (!/[A-Za-z]/.test(ch)) return;
        const r = letters.get(ch);
        letters.set(ch, r ? { x0: Math.min(r.x0, x), z0: Math.min(r.z0, z), x1: Math.max(r.x1, x + 1), z1: Math.max(r.z1, z + 1) } : { x0: x, z0: z, x1: x + 1, z1: z + 1 });
      });
    });
    for (const [letter, r] of letters) {
      const name = fixture.names?.[letter] ?? letter.toLowerCase();
      const id = fixture.floors.length > 1 && !fixture.names?.[letter] ? `r-${name}-${floor.id}` : `r-${name}`;
      if (rooms.some((room) => room.id === id)) throw new Error(`plan fixture: two rooms would be "${id}"; give them names`);
      rooms.push({ id, floor: floor.id, name: text(name), kind: fixture.kinds?.[letter] ?? 'gallery', outline: rect(r) });
    }
    // Obstacles: flood-fill groups of '#'.
    const seen = new Set<string>();
    floor.plan.forEach((row, z) => {
      [...row].forEach((ch, x) => {
        if (ch !== '#' || seen.has(`${x},${z}`)) return;
        const r: Rect = { x0: x, z0: z, x1: x + 1, z1: z + 1 };
        const stack = [[x, z] as const];
        seen.add(`${x},${z}`);
        while (stack.length > 0) {
          const [cx, cz] = stack.pop()!;
          r.x0 = Math.min(r.x0, cx); r.z0 = Math.min(r.z0, cz); r.x1 = Math.max(r.x1, cx + 1); r.z1 = Math.max(r.z1, cz + 1);
          for (const [nx, nz] of [[cx + 1, cz], [cx - 1, cz], [cx, cz + 1], [cx, cz - 1]] as const) {
            if (floor.plan[nz]?.[nx] === '#' && !seen.has(`${nx},${nz}`)) {
              seen.add(`${nx},${nz}`);
              stack.push([nx, nz]);
            }
          }
        }
        obstacles.push({ id: `o-${floor.id}-${obstacles.length + 1}`, floor: floor.id, outline: rect(r) });
      });
    });
  }

  return {
    asset: { type: 'museum-venue', version: 1, generator: 'tests/unit/core/editing/graph/plan-fixture.ts' },
    id: 'plan-fixture',
    title: text('Plan fixture'),
    defaultLanguage: 'en',
    languages: ['en'],
    floors: fixture.floors.map((f) => ({ id: f.id, name: text(`Floor ${f.id}`), elevation: f.elevation, height: 4 })),
    rooms,
    ...(obstacles.length > 0 ? { obstacles } : {}),
  };
}
