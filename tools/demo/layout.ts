import type { LocalizedText, RoomKind } from '../../src/core/venue/schema.ts';
import type { GalleryRoomId } from './content-types.ts';

/**
 * The demo museum's floor plan as data: floors, rooms, doors and the fixed parts of
 * the building (solid shaft, stairs). Every other module derives its geometry from
 * these tables, so the plan is changed here and nowhere else.
 *
 * Plan coordinates are metres, x 0..40 (west → east), z 0..24 (the gallery front at
 * z 0, the service wing at z 24). Room rectangles meet on wall centre lines.
 */

export type FloorId = 'eg' | 'og';

/** An axis-aligned rectangle on the floor plane, `x0 < x1`, `z0 < z1`. */
export interface Rect {
  readonly x0: number;
  readonly z0: number;
  readonly x1: number;
  readonly z1: number;
}

/** The finish of a room's floor slab. */
export type FloorSurface = 'parquet' | 'stone' | 'tiles';

export interface FloorDef {
  id: FloorId;
  name: LocalizedText;
  elevation: number;
  height: number;
}

export interface RoomDef {
  id: string;
  floor: FloorId;
  kind: RoomKind;
  rect: Rect;
  surface: FloorSurface;
  /** Name and description; gallery rooms take theirs from DEMO_GALLERIES instead. */
  name?: LocalizedText;
  description?: LocalizedText;
}

/**
 * A door or open passage: a gap in the wall on the line `x = at` (`line: 'x'`) or
 * `z = at` (`line: 'z'`), from `from` to `to` along that line.
 */
export interface DoorDef {
  id: string;
  floor: FloorId;
  line: 'x' | 'z';
  at: number;
  from: number;
  to: number;
  /** Clear height of the opening above the floor; the wall above it is a lintel. */
  headroom: number;
}

/** Wall thickness, centred on the room boundaries. */
export const WALL_THICKNESS = 0.2;
/** Wall height: below the storey height, with open tops, so the plan reads from above. */
export const WALL_HEIGHT = 3.6;
/** Thickness of a floor slab below each floor's walking surface. */
export const SLAB_THICKNESS = 0.2;
/** The building's footprint. */
export const FOOTPRINT: Rect = { x0: 0, z0: 0, x1: 40, z1: 24 };

export const FLOORS: readonly FloorDef[] = [
  { id: 'eg', name: { de: 'Erdgeschoss', en: 'Ground floor' }, elevation: 0, height: 4.5 },
  { id: 'og', name: { de: '1. Obergeschoss', en: 'First floor' }, elevation: 4.5, height: 4.5 },
];

/** The elevation of a floor's walking surface. */
export function elevationOf(floor: FloorId): number {
  const def = FLOORS.find((f) => f.id === floor);
  if (!def) throw new Error(`layout: unknown floor ${floor}`);
  return def.elevation;
}

const r = (x0: number, z0: number, x1: number, z1: number): Rect => ({ x0, z0, x1, z1 });
const t = (de: string, en: string): LocalizedText => ({ de, en });

/** Rooms in document order: ground floor first, then the first floor. */
export const ROOMS: readonly RoomDef[] = [
  { id: 'r-foyer', floor: 'eg', kind: 'entrance', rect: r(0, 0, 14, 12), surface: 'stone',
    name: t('Foyer (Eingang und Ausgang)', 'Foyer (entrance and exit)'),
    description: t('Eingangshalle mit Info- und Kassentheke. Die Tür in der Westwand ist Eingang und Ausgang zugleich. Breite Durchgänge führen in den ersten Ausstellungssaal und in den Flur, eine Tür in die Garderobe.',
      'Entrance hall with the information and ticket desk. The door in the west wall is both entrance and exit. Wide openings lead to the first gallery and to the corridor, a door to the cloakroom.') },
  { id: 'r-cloakroom', floor: 'eg', kind: 'cloakroom', rect: r(0, 12, 7, 18), surface: 'stone',
    name: t('Garderobe', 'Cloakroom'),
    description: t('Garderobentheke an der Westwand. Von hier geht es zu den Toiletten und in den Flur.',
      'Cloakroom counter along the west wall. The toilets and the corridor open off this room.') },
  { id: 'r-toilets-eg', floor: 'eg', kind: 'toilet', rect: r(0, 18, 7, 24), surface: 'tiles',
    name: t('Toiletten (Erdgeschoss)', 'Toilets (ground floor)'),
    description: t('Toiletten, stufenlos erreichbar über die Garderobe.', 'Toilets, step-free, reached through the cloakroom.') },
  { id: 'r-corridor-eg', floor: 'eg', kind: 'corridor', rect: r(7, 12, 40, 16), surface: 'stone',
    name: t('Flur (Erdgeschoss)', 'Corridor (ground floor)'),
    description: t('Langer Flur von der Garderobe bis zum Museumsshop. An ihm liegen die beiden Säle des Erdgeschosses, das Café, die Treppe und der Aufzug.',
      'Long corridor from the cloakroom to the museum shop, with the two ground-floor galleries, the café, the stairs and the lift along it.') },
  { id: 'r-gallery-1', floor: 'eg', kind: 'gallery', rect: r(14, 0, 27, 12), surface: 'parquet' },
  { id: 'r-gallery-2', floor: 'eg', kind: 'gallery', rect: r(27, 0, 40, 12), surface: 'parquet' },
  { id: 'r-cafe', floor: 'eg', kind: 'cafe', rect: r(7, 16, 20, 24), surface: 'parquet',
    name: t('Café', 'Café'),
    description: t('Café mit Theke und Tischen, Zugang vom Flur.', 'Café with a counter and tables, entered from the corridor.') },
  { id: 'r-stairs-eg', floor: 'eg', kind: 'stairs', rect: r(20, 16, 25, 24), surface: 'stone',
    name: t('Treppenhaus (Erdgeschoss)', 'Staircase (ground floor)'),
    description: t('Zweiläufige Treppe ins 1. Obergeschoss, 26 Stufen mit Zwischenpodest. Stufenlos geht es mit dem Aufzug nebenan.',
      'Two-flight staircase to the first floor, 26 steps with a half landing. The lift next door is the step-free way.') },
  { id: 'r-elevator-eg', floor: 'eg', kind: 'elevator', rect: r(25, 16, 28, 19), surface: 'stone',
    name: t('Aufzug (Erdgeschoss)', 'Lift (ground floor)'),
    description: t('Aufzug ins 1. Obergeschoss, vom Flur aus stufenlos erreichbar.', 'Lift to the first floor, reached step-free from the corridor.') },
  { id: 'r-shop', floor: 'eg', kind: 'shop', rect: r(28, 16, 40, 24), surface: 'parquet',
    name: t('Museumsshop', 'Museum shop'),
    description: t('Bücher, Karten und Kataloge in Regalen an den Wänden, Kasse neben der Tür.', 'Books, cards and catalogues on shelves along the walls, the till beside the door.') },

  { id: 'r-gallery-3', floor: 'og', kind: 'gallery', rect: r(0, 0, 14, 12), surface: 'parquet' },
  { id: 'r-gallery-4', floor: 'og', kind: 'gallery', rect: r(14, 0, 27, 12), surface: 'parquet' },
  { id: 'r-gallery-5', floor: 'og', kind: 'gallery', rect: r(27, 0, 40, 12), surface: 'parquet' },
  { id: 'r-corridor-og', floor: 'og', kind: 'corridor', rect: r(0, 12, 40, 16), surface: 'stone',
    name: t('Flur (1. Obergeschoss)', 'Corridor (first floor)'),
    description: t('Flur über die ganze Länge des Hauses. Nach Süden liegen drei Säle, nach Norden das Kabinett, Treppe, Aufzug, Toiletten und Atelier.',
      'Corridor along the whole building: three galleries on the south side; the cabinet, stairs, lift, toilets and studio on the north side.') },
  { id: 'r-cabinet', floor: 'og', kind: 'gallery', rect: r(0, 16, 20, 24), surface: 'parquet' },
  { id: 'r-stairs-og', floor: 'og', kind: 'stairs', rect: r(20, 16, 25, 24), surface: 'stone',
    name: t('Treppenhaus (1. Obergeschoss)', 'Staircase (first floor)'),
    description: t('Treppenpodest über dem offenen Treppenauge; die Treppe führt hinunter ins Erdgeschoss.',
      'Landing beside the open stairwell; the stairs lead down to the ground floor.') },
  { id: 'r-elevator-og', floor: 'og', kind: 'elevator', rect: r(25, 16, 28, 19), surface: 'stone',
    name: t('Aufzug (1. Obergeschoss)', 'Lift (first floor)'),
    description: t('Aufzug ins Erdgeschoss, Tür zum Flur.', 'Lift to the ground floor, door to the corridor.') },
  { id: 'r-toilets-og', floor: 'og', kind: 'toilet', rect: r(28, 16, 34, 24), surface: 'tiles',
    name: t('Toiletten (1. Obergeschoss)', 'Toilets (first floor)'),
    description: t('Toiletten neben dem Aufzug, stufenlos erreichbar.', 'Toilets next to the lift, step-free.') },
  { id: 'r-studio-og', floor: 'og', kind: 'other', rect: r(34, 16, 40, 24), surface: 'parquet',
    name: t('Atelier', 'Studio'),
    description: t('Werkraum für Workshops und Schulklassen mit einem großen Arbeitstisch.', 'Workshop room for courses and school groups, with a large work table.') },
];

/** The rooms that hold exhibits, in the order their texts are listed. */
export const GALLERY_ROOMS: readonly GalleryRoomId[] = ['r-gallery-1', 'r-gallery-2', 'r-gallery-3', 'r-gallery-4', 'r-gallery-5', 'r-cabinet'];

/**
 * Solid parts of the plan that belong to no room: the services shaft beside the lift
 * (pipes and cables in a real building). It is walled in and capped.
 */
export const SOLIDS: readonly { floor: FloorId; rect: Rect }[] = [
  { floor: 'eg', rect: r(25, 19, 28, 24) },
  { floor: 'og', rect: r(25, 19, 28, 24) },
];

// Clear heights: plain doors 2.4 m, wide passages 3.0 m, the lift 2.2 m.
const door = (id: string, floor: FloorId, line: 'x' | 'z', at: number, from: number, to: number, headroom = to - from >= 2.5 ? 3.0 : 2.4): DoorDef =>
  ({ id, floor, line, at, from, to, headroom });

/** The main entrance, which is also the exit: the only door in the outer wall. */
export const MAIN_DOOR_ID = 'd-main';

export const DOORS: readonly DoorDef[] = [
  door(MAIN_DOOR_ID, 'eg', 'x', 0, 4.8, 7.2, 2.8),
  door('d-foyer-gallery-1', 'eg', 'x', 14, 4, 8),
  door('d-foyer-corridor', 'eg', 'z', 12, 8.5, 12.5),
  door('d-foyer-cloakroom', 'eg', 'z', 12, 3.5, 5.5),
  door('d-cloakroom-corridor', 'eg', 'x', 7, 13, 15),
  door('d-cloakroom-toilets', 'eg', 'z', 18, 4, 5.5),
  door('d-gallery-1-corridor', 'eg', 'z', 12, 19, 22),
  door('d-gallery-1-gallery-2', 'eg', 'x', 27, 4.5, 7.5),
  door('d-gallery-2-corridor', 'eg', 'z', 12, 32, 35),
  door('d-corridor-cafe', 'eg', 'z', 16, 11.5, 14.5),
  door('d-corridor-stairs-eg', 'eg', 'z', 16, 21, 24),
  door('d-corridor-elevator-eg', 'eg', 'z', 16, 25.9, 27.1, 2.2),
  door('d-corridor-shop', 'eg', 'z', 16, 31, 34),

  door('d-gallery-3-corridor', 'og', 'z', 12, 5.5, 8.5),
  door('d-gallery-3-gallery-4', 'og', 'x', 14, 4.5, 7.5),
  door('d-gallery-4-corridor', 'og', 'z', 12, 19, 22),
  door('d-gallery-4-gallery-5', 'og', 'x', 27, 4.5, 7.5),
  door('d-gallery-5-corridor', 'og', 'z', 12, 32, 35),
  door('d-corridor-cabinet', 'og', 'z', 16, 8.75, 11.25),
  door('d-corridor-stairs-og', 'og', 'z', 16, 21, 24),
  door('d-corridor-elevator-og', 'og', 'z', 16, 25.9, 27.1, 2.2),
  door('d-corridor-toilets-og', 'og', 'z', 16, 29, 30.5),
  door('d-corridor-studio-og', 'og', 'z', 16, 36, 38),
];

/**
 * The dog-leg staircase inside the stairs rooms: flight 1 rises northwards (+z) along
 * the west half to a half landing, flight 2 returns southwards along the east half
 * and arrives on the first-floor landing at `startZ`. 26 risers of 4.5/26 ≈ 0.173 m.
 */
export const STAIRS = {
  risers: 26,
  tread: 0.28,
  /** Both flights start (flight 1) and end (flight 2) at this z. */
  startZ: 17.5,
  flight1: { x0: 20.1, x1: 22.5 },
  flight2: { x0: 22.7, x1: 24.9 },
  /** The stair core's outline: everything north of `startZ` inside the stairs room. */
  core: r(20.1, 17.5, 24.9, 23.9),
} as const;

/** The lift cabin, parked on the ground floor. */
export const ELEVATOR_CABIN: Rect = r(25.25, 16.25, 27.75, 18.75);

/** Looks up a room by id; throws on a typo so the generator fails loudly. */
export function roomById(id: string): RoomDef {
  const room = ROOMS.find((x) => x.id === id);
  if (!room) throw new Error(`layout: unknown room ${id}`);
  return room;
}

/** The outline of a rectangle as a plan polygon, counter-clockwise. */
export function rectOutline(rect: Rect): [number, number][] {
  return [[rect.x0, rect.z0], [rect.x1, rect.z0], [rect.x1, rect.z1], [rect.x0, rect.z1]];
}

/**
 * Fractions along a room side at which waypoints stand: an odd count (so the centre
 * is one of them) about every 4 m. Furniture goes between them (see `furnishingCells`
 * in exhibits.ts) so the walking graph keeps its room-centre nodes.
 */
export function gridFractions(length: number): number[] {
  const n = 2 * Math.round((length / 4 - 1) / 2) + 1;
  const count = Math.max(1, n);
  return Array.from({ length: count }, (_, k) => (k + 0.5) / count);
}
