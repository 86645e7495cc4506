/**
 * Plausibility of a building scan's size and orientation. Scanning apps write
 * metres, millimetres, centimetres or inches and Y-up or Z-up, and nothing in
 * the file says which; a building read in the wrong unit is 1000 times too big
 * or too small and the tour is unusable. Buildings have a known size range, so
 * the size itself is the evidence.
 */

/** The sizes a building (or a room of one) can have, in metres, at its largest extent. */
export const PLAUSIBLE_BUILDING_M = { min: 0.5, max: 1000 } as const;

/** A size in the axes of the file: `[x, y, z]` in metres as read. */
export type Extent3 = readonly [number, number, number];

/** A scale to suggest, and what it means. */
export interface ScaleSuggestion {
  scale: number;
  /** What the file's numbers would then be, e.g. "millimetres". */
  meaning: string;
}

/** The outcome of the check. */
export type UnitsVerdict = { plausible: true; largest: number } | { plausible: false; largest: number; suggestions: ScaleSuggestion[] };

/** Unit mistakes seen in practice, as the factor that fixes them. */
const CANDIDATES: readonly ScaleSuggestion[] = [
  { scale: 0.001, meaning: 'millimetres' },
  { scale: 0.01, meaning: 'centimetres' },
  { scale: 0.0254, meaning: 'inches' },
  { scale: 0.1, meaning: 'decimetres' },
  { scale: 10, meaning: 'a 1:10 model' },
  { scale: 100, meaning: 'a 1:100 model' },
  { scale: 1000, meaning: 'kilometres or a 1:1000 model' },
];

/** A typical building's largest extent, the size suggestions are ranked against (log scale). */
const TYPICAL_M = 30;

/** Says whether a scan's largest extent is a building's; if not, which `--scale` values would make it one, best first. */
export function checkBuildingUnits(extent: Extent3): UnitsVerdict {
  const largest = Math.max(...extent);
  if (largest >= PLAUSIBLE_BUILDING_M.min && largest <= PLAUSIBLE_BUILDING_M.max) return { plausible: true, largest };
  const fits = (s: ScaleSuggestion) => largest * s.scale >= PLAUSIBLE_BUILDING_M.min && largest * s.scale <= PLAUSIBLE_BUILDING_M.max;
  const distance = (s: ScaleSuggestion) => Math.abs(Math.log10((largest * s.scale) / TYPICAL_M));
  const suggestions = largest > 0 ? CANDIDATES.filter(fits).sort((a, b) => distance(a) - distance(b)) : [];
  return { plausible: false, largest, suggestions };
}

/** A length for people: "3.1 cm", "12 mm", "31 m", "3.2 km". */
export function formatLength(metres: number): string {
  const abs = Math.abs(metres);
  const round = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1).replace(/\.0$/, '') : v.toFixed(2).replace(/\.?0+$/, ''));
  if (abs >= 1000) return `${round(metres / 1000)} km`;
  if (abs >= 1) return `${round(metres)} m`;
  if (abs >= 0.01) return `${round(metres * 100)} cm`;
  return `${round(metres * 1000)} mm`;
}

/**
 * Whether a scan read as Y-up looks like it was really Z-up. Floors and ceilings
 * are the largest flat surfaces of a building, so the axis most facet area faces
 * along is "up"; when facets are unknown (a point cloud) a building standing
 * much taller than it is wide is the hint, since most buildings are wider than tall.
 *
 * @param facingArea area of facets whose normals point along x, y, z (absolute), if known
 */
export function looksZUp(extent: Extent3, facingArea?: Extent3): boolean {
  const [x, y, z] = extent;
  if (facingArea) {
    const [ax, ay, az] = facingArea;
    return az > 1.5 * ay && az > ax && y > z;
  }
  return y > 2 * Math.max(x, z);
}
