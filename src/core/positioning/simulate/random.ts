import { seededRandom, type Random } from '../random.ts';

/**
 * Named random streams for the simulator. A simulated walk must come out
 * identical on every run and every JavaScript engine, so nothing reads the clock
 * or `Math.random`: a run starts from one 32-bit seed, and each part of the
 * simulation (the route, each beacon's radio, the step detector) draws from its
 * own mulberry32 stream ({@link seededRandom}) seeded from that seed and a name.
 * Adding a beacon or changing the noise therefore never shifts the route, and
 * vice versa.
 */

/**
 * The seed of the sub-stream `name` of the run seeded with `seed`: 32-bit
 * FNV-1a over the seed's four bytes and the name's UTF-16 code units. Any number
 * is accepted as a seed (reduced to an unsigned 32-bit integer; non-finite → 0).
 */
export function deriveSeed(seed: number, name: string): number {
  const s = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  let h = 0x811c9dc5;
  for (let shift = 0; shift < 32; shift += 8) {
    h ^= (s >>> shift) & 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A generator for the sub-stream `name` of the run seeded with `seed`. */
export function stream(seed: number, name: string): Random {
  return seededRandom(deriveSeed(seed, name));
}

/** A uniform number in [min, max). */
export function between(random: Random, min: number, max: number): number {
  return min + (max - min) * random.next();
}
