import { STAIRS, type FloorId, type Rect } from './layout.ts';
import type { MaterialId } from './materials.ts';

/**
 * Everything that stands on a floor and cannot be walked through: the fixed
 * furniture of the service rooms (here), plus benches and plinths, which the exhibit
 * placement adds per gallery. Each item is a box in the scan and an obstacle (with
 * its height) in scene.json, so the particle filter and the router avoid it.
 *
 * Positions are chosen between the rooms' waypoint lattice (see `gridFractions`), so
 * the walking graph keeps a node at each room centre.
 */
export interface Furniture {
  /** Obstacle id in scene.json. */
  id: string;
  floor: FloorId;
  room: string;
  rect: Rect;
  /** Height above the floor, metres. */
  height: number;
  /** Material of its box, or null when the building draws it another way (the stair core). */
  material: MaterialId | null;
}

const box = (id: string, floor: FloorId, room: string, x0: number, z0: number, x1: number, z1: number, height: number, material: MaterialId | null = 'wood'): Furniture =>
  ({ id, floor, room, rect: { x0, z0, x1, z1 }, height, material });

/** The fixed furniture, ground floor first. */
export const FIXED_FURNITURE: readonly Furniture[] = [
  // Foyer: the information and ticket desk, to the side of the path from the door.
  box('o-info-desk', 'eg', 'r-foyer', 4, 1.4, 7.5, 2.2, 1.1),
  // Cloakroom counter; the coat racks behind it are staff space.
  box('o-cloakroom-counter', 'eg', 'r-cloakroom', 1.6, 12.8, 2.2, 17.2, 1.0),
  // Toilets: a row of cubicles and the wash basins.
  box('o-wc-cubicles-eg', 'eg', 'r-toilets-eg', 0.1, 18.9, 2.2, 23.9, 2.1),
  box('o-wash-basins-eg', 'eg', 'r-toilets-eg', 6.4, 20, 6.9, 23, 0.9),
  // Café: the counter along the stair wall and four tables.
  box('o-cafe-counter', 'eg', 'r-cafe', 18.9, 18, 19.6, 23, 1.1),
  box('o-cafe-table-1', 'eg', 'r-cafe', 10.93, 18.27, 11.73, 19.07, 0.75),
  box('o-cafe-table-2', 'eg', 'r-cafe', 15.27, 18.27, 16.07, 19.07, 0.75),
  box('o-cafe-table-3', 'eg', 'r-cafe', 10.93, 20.93, 11.73, 21.73, 0.75),
  box('o-cafe-table-4', 'eg', 'r-cafe', 15.27, 20.93, 16.07, 21.73, 0.75),
  // The stair core (flights and half landing), drawn by the building as steps.
  box('o-stairs-eg', 'eg', 'r-stairs-eg', STAIRS.core.x0, STAIRS.core.z0, STAIRS.core.x1, STAIRS.core.z1, 4.5, null),
  // Shop: wall shelves, two display tables, the till beside the door.
  box('o-shop-shelf-south', 'eg', 'r-shop', 28.6, 23.3, 39.4, 23.9, 1.8),
  box('o-shop-shelf-east', 'eg', 'r-shop', 39.3, 16.8, 39.9, 22.8, 1.8),
  box('o-shop-shelf-west', 'eg', 'r-shop', 28.1, 19.5, 28.7, 23, 1.8),
  box('o-shop-table-1', 'eg', 'r-shop', 31.2, 20.88, 32.8, 21.78, 0.9),
  box('o-shop-table-2', 'eg', 'r-shop', 35.2, 20.88, 36.8, 21.78, 0.9),
  box('o-shop-till', 'eg', 'r-shop', 35.3, 16.2, 37, 16.8, 1.0),

  // The open stairwell: not walkable on the first floor, edged by a balustrade.
  box('o-stairwell-og', 'og', 'r-stairs-og', STAIRS.core.x0, STAIRS.core.z0, STAIRS.core.x1, STAIRS.core.z1, 1.0, null),
  box('o-wc-cubicles-og', 'og', 'r-toilets-og', 32, 17, 33.9, 23.9, 2.1),
  box('o-wash-basins-og', 'og', 'r-toilets-og', 28.1, 20, 28.6, 23, 0.9),
  box('o-studio-table', 'og', 'r-studio-og', 35.6, 21, 38.4, 22, 0.8),
];
