import type { Random } from '../random.ts';

/**
 * A particle set in flat typed arrays: position, floor index and weight of each
 * hypothesis about where the visitor is. Plain arrays of objects would allocate
 * on every update; these are reused for the tracker's lifetime.
 */
export interface Particles {
  readonly size: number;
  readonly x: Float64Array;
  readonly z: Float64Array;
  readonly floor: Int32Array;
  /** Normalised weights (sum 1). */
  readonly weight: Float64Array;
}

/** An empty particle set of `size` particles with equal weights. */
export function createParticles(size: number): Particles {
  const weight = new Float64Array(size).fill(1 / size);
  return { size, x: new Float64Array(size), z: new Float64Array(size), floor: new Int32Array(size), weight };
}

/**
 * Turns log-likelihoods into normalised weights (times the previous weights),
 * subtracting the maximum first so nothing underflows. Returns the effective
 * sample size, 1 … size: how many particles still carry the estimate.
 */
export function reweight(p: Particles, logLikelihood: Float64Array): number {
  let max = -Infinity;
  for (let i = 0; i < p.size; i++) max = Math.max(max, logLikelihood[i] ?? -Infinity);
  if (!Number.isFinite(max)) {
    p.weight.fill(1 / p.size);
    return p.size;
  }
  let sum = 0;
  for (let i = 0; i < p.size; i++) {
    const w = (p.weight[i] ?? 0) * Math.exp((logLikelihood[i] ?? -Infinity) - max);
    p.weight[i] = w;
    sum += w;
  }
  if (!(sum > 0)) {
    p.weight.fill(1 / p.size);
    return p.size;
  }
  let squares = 0;
  for (let i = 0; i < p.size; i++) {
    const w = (p.weight[i] ?? 0) / sum;
    p.weight[i] = w;
    squares += w * w;
  }
  return 1 / squares;
}

/**
 * Systematic resampling: one random offset, then evenly spaced picks along the
 * cumulative weights. Lower variance than independent picks, and O(n).
 */
export function resample(p: Particles, random: Random, scratch: { x: Float64Array; z: Float64Array; floor: Int32Array }): void {
  const n = p.size;
  const step = 1 / n;
  let target = random.next() * step;
  let cumulative = p.weight[0] ?? 0;
  let source = 0;
  for (let i = 0; i < n; i++) {
    while (target > cumulative && source < n - 1) {
      source++;
      cumulative += p.weight[source] ?? 0;
    }
    scratch.x[i] = p.x[source] ?? 0;
    scratch.z[i] = p.z[source] ?? 0;
    scratch.floor[i] = p.floor[source] ?? 0;
    target += step;
  }
  p.x.set(scratch.x);
  p.z.set(scratch.z);
  p.floor.set(scratch.floor);
  p.weight.fill(step);
}

/** Weighted mean and spread of the particles on floor index `floor`. */
export interface FloorSummary {
  readonly weight: number;
  readonly x: number;
  readonly z: number;
  /** √(var x + var z), metres. */
  readonly spread: number;
}

/** Sums the weight per floor and summarises the heaviest floor's particles. */
export function summarize(p: Particles, floors: number): { floor: number; summary: FloorSummary } {
  const weightPerFloor = new Float64Array(floors);
  for (let i = 0; i < p.size; i++) weightPerFloor[p.floor[i] ?? 0] = (weightPerFloor[p.floor[i] ?? 0] ?? 0) + (p.weight[i] ?? 0);
  let floor = 0;
  for (let f = 1; f < floors; f++) if ((weightPerFloor[f] ?? 0) > (weightPerFloor[floor] ?? 0)) floor = f;
  let w = 0;
  let sx = 0;
  let sz = 0;
  for (let i = 0; i < p.size; i++) {
    if (p.floor[i] !== floor) continue;
    const wi = p.weight[i] ?? 0;
    w += wi;
    sx += wi * (p.x[i] ?? 0);
    sz += wi * (p.z[i] ?? 0);
  }
  const mx = w > 0 ? sx / w : 0;
  const mz = w > 0 ? sz / w : 0;
  let v = 0;
  for (let i = 0; i < p.size; i++) {
    if (p.floor[i] !== floor) continue;
    const dx = (p.x[i] ?? 0) - mx;
    const dz = (p.z[i] ?? 0) - mz;
    v += (p.weight[i] ?? 0) * (dx * dx + dz * dz);
  }
  return { floor, summary: { weight: w, x: mx, z: mz, spread: Math.sqrt(w > 0 ? v / w : 0) } };
}
