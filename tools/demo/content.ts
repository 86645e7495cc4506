import type { DemoExhibit } from './content-types.ts';
import { GROUND_FLOOR_EXHIBITS } from './content/exhibits-ground.ts';
import { UPPER_FLOOR_EXHIBITS } from './content/exhibits-upper.ts';

/** What visitors read in the demo museum: gallery themes, exhibit texts and tours. */
export { DEMO_GALLERIES } from './content/galleries.ts';
export const DEMO_EXHIBITS: DemoExhibit[] = [...GROUND_FLOOR_EXHIBITS, ...UPPER_FLOOR_EXHIBITS];
export { DEMO_TOURS } from './content/tours.ts';
