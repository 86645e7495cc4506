import type { Point3 } from '../../src/core/geometry/types.ts';
import {
  DOORS, ELEVATOR_CABIN, elevationOf, FLOORS, FOOTPRINT, ROOMS, SLAB_THICKNESS, SOLIDS, STAIRS, WALL_HEIGHT, WALL_THICKNESS,
  type FloorId, type Rect, type RoomDef,
} from './layout.ts';
import { wallPieces } from './walls.ts';
import { MeshBuilder, type Face } from './mesh-builder.ts';
import { canvasMaterial, srgbToLinear, type MaterialId } from './materials.ts';
import { CANVAS_FRONT, FRAME_DEPTH, type PlacedExhibit } from './exhibits.ts';
import type { Furniture } from './furniture.ts';
import { parseHex } from './textures.ts';

/**
 * Builds the scan's geometry from the plan: walls with door openings and lintels,
 * a floor slab per room, the dog-leg stair, the lift shaft and cabin, furniture,
 * framed canvases and objects on plinths. Everything is axis-aligned boxes (plus
 * prisms for objects) so the model stays a few thousand triangles.
 */

const HALF = WALL_THICKNESS / 2;
/** Faces nobody sees: the underside of anything standing on a floor. */
const ON_FLOOR: readonly Face[] = ['-y'];

function walls(mesh: MeshBuilder, floor: FloorId): void {
  const y0 = elevationOf(floor);
  for (const w of wallPieces(floor)) {
    if (w.line === 'z') mesh.addBox(floor, 'plaster', [w.from, y0, w.at - HALF], [w.to, y0 + WALL_HEIGHT, w.at + HALF], { skip: ON_FLOOR });
    else mesh.addBox(floor, 'plaster', [w.at - HALF, y0, w.from], [w.at + HALF, y0 + WALL_HEIGHT, w.to], { skip: ON_FLOOR });
  }
  // Lintels close the wall above each opening, so doors read as doors.
  for (const d of DOORS.filter((x) => x.floor === floor)) {
    const [a, b] = [y0 + d.headroom, y0 + WALL_HEIGHT];
    if (d.line === 'z') mesh.addBox(floor, 'plaster', [d.from, a, d.at - HALF], [d.to, b, d.at + HALF]);
    else mesh.addBox(floor, 'plaster', [d.at - HALF, a, d.from], [d.at + HALF, b, d.to]);
  }
  // The services shaft is solid: capped at wall height.
  for (const s of SOLIDS.filter((x) => x.floor === floor)) {
    mesh.addBox(floor, 'plaster', [s.rect.x0, y0 + WALL_HEIGHT - 0.1, s.rect.z0], [s.rect.x1, y0 + WALL_HEIGHT, s.rect.z1]);
  }
}

/** A room's slab; on the building's edge it reaches under the outer wall. */
function slabRect(room: RoomDef): Rect {
  const { x0, z0, x1, z1 } = room.rect;
  const grow = (v: number, edge: number, d: number): number => (v === edge ? v + d : v);
  const rect = { x0: grow(x0, FOOTPRINT.x0, -HALF), z0: grow(z0, FOOTPRINT.z0, -HALF), x1: grow(x1, FOOTPRINT.x1, HALF), z1: grow(z1, FOOTPRINT.z1, HALF) };
  // Upstairs the stairwell stays open above the flights: only the landing is floored.
  return room.kind === 'stairs' && room.floor !== 'eg' ? { ...rect, z1: STAIRS.startZ } : rect;
}

function slabs(mesh: MeshBuilder, floor: FloorId): void {
  const y = elevationOf(floor);
  for (const room of ROOMS.filter((r) => r.floor === floor)) {
    const r = slabRect(room);
    mesh.addBox(floor, room.surface, [r.x0, y - SLAB_THICKNESS, r.z0], [r.x1, y, r.z1]);
  }
}

/**
 * The dog-leg stair, drawn with the ground floor: steps are solid blocks from the
 * floor, flight 1 northwards on the west half, the half landing, flight 2 back south.
 * A spine wall separates the flights; upstairs a balustrade edges the stairwell.
 */
function stairs(mesh: MeshBuilder): void {
  const rise = (elevationOf('og') - elevationOf('eg')) / STAIRS.risers;
  const perFlight = STAIRS.risers / 2 - 1;
  const landingZ = STAIRS.startZ + perFlight * STAIRS.tread;
  const { flight1: f1, flight2: f2, core } = STAIRS;
  for (let i = 0; i < perFlight; i++) {
    const z = STAIRS.startZ + i * STAIRS.tread;
    mesh.addBox('eg', 'stone', [f1.x0, 0, z], [f1.x1, (i + 1) * rise, z + STAIRS.tread], { skip: ON_FLOOR });
  }
  mesh.addBox('eg', 'stone', [core.x0, 0, landingZ], [core.x1, (perFlight + 1) * rise, core.z1], { skip: ON_FLOOR });
  for (let j = 0; j < perFlight; j++) {
    const z = landingZ - (j + 1) * STAIRS.tread;
    mesh.addBox('eg', 'stone', [f2.x0, 0, z], [f2.x1, (perFlight + 2 + j) * rise, z + STAIRS.tread], { skip: ON_FLOOR });
  }
  const top = elevationOf('og');
  mesh.addBox('eg', 'plaster', [f1.x1, 0, STAIRS.startZ], [f2.x0, top, landingZ], { skip: ON_FLOOR });
  mesh.addBox('og', 'plaster', [f1.x1, top, STAIRS.startZ], [f2.x0, top + 1, landingZ], { skip: ON_FLOOR });
  mesh.addBox('og', 'plaster', [f1.x0, top, STAIRS.startZ - 0.05], [f1.x1, top + 1, STAIRS.startZ + 0.05], { skip: ON_FLOOR });
}

/** The lift cabin, parked on the ground floor, open towards its door. */
function elevatorCabin(mesh: MeshBuilder): void {
  const c = ELEVATOR_CABIN;
  const door = DOORS.find((d) => d.id === 'd-corridor-elevator-eg');
  if (!door) throw new Error('building: lift door missing');
  const h = 2.3, t = 0.08;
  mesh.addBox('eg', 'metal', [c.x0, 0, c.z1 - t], [c.x1, h, c.z1], { skip: ON_FLOOR });
  mesh.addBox('eg', 'metal', [c.x0, 0, c.z0], [c.x0 + t, h, c.z1 - t], { skip: ON_FLOOR });
  mesh.addBox('eg', 'metal', [c.x1 - t, 0, c.z0], [c.x1, h, c.z1 - t], { skip: ON_FLOOR });
  mesh.addBox('eg', 'metal', [c.x0 + t, 0, c.z0], [door.from, h, c.z0 + t], { skip: ON_FLOOR });
  mesh.addBox('eg', 'metal', [door.to, 0, c.z0], [c.x1 - t, h, c.z0 + t], { skip: ON_FLOOR });
  mesh.addBox('eg', 'metal', [c.x0, h, c.z0], [c.x1, h + 0.1, c.z1]);
}

function furnitureBoxes(mesh: MeshBuilder, items: readonly Furniture[]): void {
  for (const f of items) {
    if (f.material === null) continue;
    const y = elevationOf(f.floor);
    const { x0, z0, x1, z1 } = f.rect;
    if (f.id.includes('-table-') && f.height < 1) {
      // A table is a top on a pedestal, not a block: visitors see under it.
      const cx = (x0 + x1) / 2, cz = (z0 + z1) / 2;
      mesh.addBox(f.floor, f.material, [x0, y + f.height - 0.04, z0], [x1, y + f.height, z1]);
      mesh.addBox(f.floor, f.material, [cx - 0.06, y, cz - 0.06], [cx + 0.06, y + f.height - 0.04, cz + 0.06], { skip: ON_FLOOR });
    } else {
      mesh.addBox(f.floor, f.material, [x0, y, z0], [x1, y + f.height, z1], { skip: ON_FLOOR });
    }
  }
}

/**
 * A box given in a wall's frame (along the wall, height, depth out of the wall face),
 * turned into venue space. `back` is the face against the wall, skipped.
 */
function wallBox(mesh: MeshBuilder, p: PlacedExhibit, material: MaterialId, a: [number, number], y: [number, number], d: [number, number], fitFront = false): void {
  const { span, centre } = p.painting!;
  const [nx, nz] = span.normal;
  const dx = (k: number): number => span.face + k * (span.line === 'x' ? nx : nz);
  const lo = (u: [number, number]): number => Math.min(dx(u[0]), dx(u[1]));
  const hi = (u: [number, number]): number => Math.max(dx(u[0]), dx(u[1]));
  const front: Face = span.line === 'x' ? (nx > 0 ? '+x' : '-x') : nz > 0 ? '+z' : '-z';
  const back: Face = span.line === 'x' ? (nx > 0 ? '-x' : '+x') : nz > 0 ? '-z' : '+z';
  const min: Point3 = span.line === 'x' ? [lo(d), centre[1] + y[0], centre[2] + a[0]] : [centre[0] + a[0], centre[1] + y[0], lo(d)];
  const max: Point3 = span.line === 'x' ? [hi(d), centre[1] + y[1], centre[2] + a[1]] : [centre[0] + a[1], centre[1] + y[1], hi(d)];
  mesh.addBox(p.floor, material, min, max, { skip: [back], ...(fitFront && { fit: front }) });
}

function exhibitGeometry(mesh: MeshBuilder, p: PlacedExhibit): void {
  const { widthM: w, heightM: h, palette } = p.exhibit;
  if (p.painting) {
    const f = p.painting.frameWidth, W = w / 2 + f, depth: [number, number] = [0, FRAME_DEPTH];
    wallBox(mesh, p, p.painting.frame, [-W, W], [h / 2, h / 2 + f], depth);
    wallBox(mesh, p, p.painting.frame, [-W, W], [-h / 2 - f, -h / 2], depth);
    wallBox(mesh, p, p.painting.frame, [-W, -w / 2], [-h / 2, h / 2], depth);
    wallBox(mesh, p, p.painting.frame, [w / 2, W], [-h / 2, h / 2], depth);
    wallBox(mesh, p, canvasMaterial(p.exhibit.id), [-w / 2, w / 2], [-h / 2, h / 2], [0.005, CANVAS_FRONT], true);
  }
  if (p.object) {
    const o = p.object;
    const y0 = elevationOf(p.floor) + o.plinthHeight;
    const color = parseHex(palette[0]).map(srgbToLinear) as [number, number, number];
    if (o.shape === 'prism') {
      mesh.addPrism(p.floor, 'exhibit', o.centre, y0, y0 + h, o.half[0], 8, color);
    } else {
      mesh.addBox(p.floor, 'exhibit', [o.centre[0] - o.half[0], y0, o.centre[1] - o.half[1]], [o.centre[0] + o.half[0], y0 + h, o.centre[1] + o.half[1]], { skip: ON_FLOOR, color });
    }
  }
}

/** Builds the whole model: every floor's shell, the stair and cabin, furniture and exhibits. */
export function buildModel(placed: readonly PlacedExhibit[], furniture: readonly Furniture[]): MeshBuilder {
  const mesh = new MeshBuilder();
  for (const floor of FLOORS) {
    walls(mesh, floor.id);
    slabs(mesh, floor.id);
  }
  stairs(mesh);
  elevatorCabin(mesh);
  furnitureBoxes(mesh, furniture);
  for (const p of placed) exhibitGeometry(mesh, p);
  return mesh;
}
