import type { MotionCue } from '../types.ts';
import type { Random } from '../random.ts';
import type { TrackerConfig } from './config.ts';
import type { OccupancyGrid } from './occupancy-grid.ts';
import type { FloorConnector } from './floor-connectors.ts';
import type { Particles } from './particles.ts';

/**
 * The pedestrian motion model: moves every particle over `dtMs`.
 *
 * - With step cues, each step carries a particle one step length along the
 *   cue's heading (both noisy).
 * - Without them, a particle either stands (small drift) or walks (a random walk
 *   at walking pace); the readings then favour whichever fits.
 * - A move that would cross a wall or an obstacle is not made: the particle
 *   stays, and resampling soon replaces it.
 * - After a long gap without sightings the visitor may have gone anywhere near:
 *   particles jump to a free place within walking range instead.
 * - Near stairs and elevators a few particles try the other floor.
 */
export function predict(
  p: Particles,
  grids: readonly OccupancyGrid[],
  connectors: readonly FloorConnector[],
  random: Random,
  config: TrackerConfig,
  dtMs: number,
  afterLongGap: boolean,
  steps: readonly MotionCue[],
): void {
  const dt = dtMs / 1000;
  const walking = config.walkingDiffusion * Math.sqrt(dt);
  const standing = config.standingDiffusion * Math.sqrt(dt);
  for (let i = 0; i < p.size; i++) {
    const grid = grids[p.floor[i] ?? 0];
    if (!grid) continue;
    if (steps.length > 0) walkSteps(p, i, grid, steps, random, config);
    else if (afterLongGap) jumpNear(p, i, grid, Math.min(walking * 2, 15), random);
    else drift(p, i, grid, random.next() < config.standingShare ? standing : walking, random);
    maybeChangeFloor(p, i, connectors, grids, random, config);
  }
}

/** Walks particle `i` step by step along the cues' headings, stopping at the first step that would meet a wall. */
function walkSteps(p: Particles, i: number, grid: OccupancyGrid, steps: readonly MotionCue[], random: Random, config: TrackerConfig): void {
  let x = p.x[i] ?? 0;
  let z = p.z[i] ?? 0;
  for (const step of steps) {
    const heading = (step.heading ?? random.next() * 2 * Math.PI) + random.normal() * config.headingSigma;
    const length = Math.max(0, config.stepLength + random.normal() * config.stepLengthSigma);
    const nx = x + Math.cos(heading) * length;
    const nz = z + Math.sin(heading) * length;
    if (!grid.moveIsFree(x, z, nx, nz)) break;
    x = nx;
    z = nz;
  }
  p.x[i] = x;
  p.z[i] = z;
}

/** A random-walk move of particle `i` with spread `sigma`, not made when it would cross a wall. */
function drift(p: Particles, i: number, grid: OccupancyGrid, sigma: number, random: Random): void {
  const x = p.x[i] ?? 0;
  const z = p.z[i] ?? 0;
  const nx = x + random.normal() * sigma;
  const nz = z + random.normal() * sigma;
  if (!grid.moveIsFree(x, z, nx, nz)) return;
  p.x[i] = nx;
  p.z[i] = nz;
}

/** After a long gap the visitor may have gone anywhere near: particle `i` jumps to a free place within `radius`. */
function jumpNear(p: Particles, i: number, grid: OccupancyGrid, radius: number, random: Random): void {
  const q = grid.randomFreeNear(p.x[i] ?? 0, p.z[i] ?? 0, radius, random);
  if (!q) return;
  p.x[i] = q[0];
  p.z[i] = q[1];
}

/** Lets particle `i` take a nearby staircase or elevator now and then. */
function maybeChangeFloor(p: Particles, i: number, connectors: readonly FloorConnector[], grids: readonly OccupancyGrid[], random: Random, config: TrackerConfig): void {
  if (connectors.length === 0 || random.next() >= config.floorChangeProbability) return;
  const floor = p.floor[i] ?? 0;
  const x = p.x[i] ?? 0;
  const z = p.z[i] ?? 0;
  const r2 = config.floorChangeRadius * config.floorChangeRadius;
  for (const c of connectors) {
    if (c.fromFloor !== floor) continue;
    const dx = x - c.x;
    const dz = z - c.z;
    if (dx * dx + dz * dz > r2) continue;
    const landing = grids[c.toFloor]?.randomFreeNear(c.toX, c.toZ, 1, random);
    if (!landing) continue;
    p.x[i] = landing[0];
    p.z[i] = landing[1];
    p.floor[i] = c.toFloor;
    return;
  }
}
