/**
 * Deterministic randomness for the demo generator. The venue must come out
 * byte-identical on every run and every machine, so nothing here reads the clock
 * or `Math.random`: each consumer seeds its own generator from a string (a texture
 * name, an exhibit id), and adding one consumer never shifts another's numbers.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** 32-bit FNV-1a hash of a string: a stable seed from a name. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * mulberry32: tiny, fast and good enough for textures and layouts. Pure integer
 * arithmetic, so its sequence is identical on every JavaScript engine.
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded from a name, e.g. `seeded('texture:parquet')`. */
export function seeded(name: string): Random {
  return mulberry32(hashString(name));
}

/** A uniform number in [min, max). */
export function between(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}

/** A uniform integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}
