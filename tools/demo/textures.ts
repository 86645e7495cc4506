import { createImage, setPixel, type RgbImage } from './png.ts';
import { between, hashString, randomInt, seeded, type Random } from './random.ts';

/**
 * Procedural textures for the generated building: a handful of small, tileable
 * surface textures (the UVs repeat them in world metres) and one tiny abstract canvas
 * per painting. Everything is drawn from seeded noise, so no image file is needed and
 * the output is identical on every run. Amplitudes are kept low: subtle surfaces read
 * better in the dollhouse view and deflate much smaller.
 */

/** The tileable surface textures, by name. */
export type SurfaceTexture = 'plaster' | 'parquet' | 'stone' | 'tiles' | 'wood';

/**
 * Smooth value noise on a `cells` × `cells` lattice that wraps around, so the image
 * tiles seamlessly. Values in [0, 1].
 */
function tileableNoise(random: Random, size: number, cells: number): Float32Array {
  const lattice = Float32Array.from({ length: cells * cells }, () => random());
  const at = (i: number, j: number): number => lattice[((j + cells) % cells) * cells + ((i + cells) % cells)]!;
  const smooth = (t: number): number => t * t * (3 - 2 * t);
  const out = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const fx = (x / size) * cells;
      const fy = (y / size) * cells;
      const i = Math.floor(fx);
      const j = Math.floor(fy);
      const u = smooth(fx - i);
      const v = smooth(fy - j);
      const top = at(i, j) * (1 - u) + at(i + 1, j) * u;
      const bottom = at(i, j + 1) * (1 - u) + at(i + 1, j + 1) * u;
      out[y * size + x] = top * (1 - v) + bottom * v;
    }
  }
  return out;
}

/** Three octaves of tileable noise, centred on 0 (range about ±0.5). */
function fbm(random: Random, size: number, baseCells: number): Float32Array {
  const octaves = [tileableNoise(random, size, baseCells), tileableNoise(random, size, baseCells * 2), tileableNoise(random, size, baseCells * 4)];
  return octaves[0]!.map((v, i) => (v * 0.57 + octaves[1]![i]! * 0.29 + octaves[2]![i]! * 0.14) - 0.5);
}

type Rgb = readonly [number, number, number];

function fillRect(width: number, height: number, shade: (x: number, y: number) => Rgb): RgbImage {
  const image = createImage(width, height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) setPixel(image, x, y, ...shade(x, y));
  return image;
}

const fill = (size: number, shade: (x: number, y: number) => Rgb): RgbImage => fillRect(size, size, shade);

const scale = (c: Rgb, k: number, add = 0): Rgb => [c[0] * k + add, c[1] * k + add, c[2] * k + add];

function plaster(): RgbImage {
  const size = 128;
  const n = fbm(seeded('texture:plaster'), size, 4);
  return fill(size, (x, y) => scale([238, 234, 226], 1, n[y * size + x]! * 14));
}

/** Oak strip parquet: 8 rows of planks 1 m long, staggered, with grain and dark seams (256 px = 2 m). */
function parquet(): RgbImage {
  const size = 256, row = 32, plank = 128;
  const random = seeded('texture:parquet');
  const grain = fbm(random, size, 8);
  const offsets = Array.from({ length: size / row }, () => randomInt(random, 8) * 16);
  const tones = Array.from({ length: (size / row) * 2 }, () => between(random, 0.92, 1.06));
  return fill(size, (x, y) => {
    const r = Math.floor(y / row);
    const shifted = (x + offsets[r]!) % size;
    const index = r * 2 + Math.floor(shifted / plank);
    const seam = y % row === 0 || shifted % plank === 0;
    const streak = 0.05 * Math.sin((y * 0.9 + grain[y * size + x]! * 18) * 1.3);
    const k = tones[index]! * (1 + streak) * (seam ? 0.72 : 1);
    return scale([178, 130, 86], k);
  });
}

/** Limestone floor tiles: 4 × 4 tiles with grout, mottled (256 px = 2.4 m). */
function stone(): RgbImage {
  const size = 256, tile = 64;
  const random = seeded('texture:stone');
  const mottle = fbm(random, size, 8);
  const tones = Array.from({ length: 16 }, () => between(random, 0.93, 1.05));
  return fill(size, (x, y) => {
    if (x % tile < 2 || y % tile < 2) return [148, 144, 138];
    const k = tones[Math.floor(y / tile) * 4 + Math.floor(x / tile)]!;
    return scale([204, 199, 190], k, mottle[y * size + x]! * 22);
  });
}

/** Small white wall-and-floor tiles for the toilets: 8 × 8 with light grout (128 px = 1.2 m). */
function tiles(): RgbImage {
  const size = 128, tile = 16;
  const random = seeded('texture:tiles');
  const tones = Array.from({ length: 64 }, () => between(random, 0.97, 1.02));
  return fill(size, (x, y) => {
    if (x % tile === 0 || y % tile === 0) return [176, 180, 182];
    return scale([228, 233, 234], tones[Math.floor(y / tile) * 8 + Math.floor(x / tile)]!);
  });
}

/** Light oak with long grain along u; tinted per material (furniture, dark or gilt frames). */
function wood(): RgbImage {
  const size = 128;
  const n = fbm(seeded('texture:wood'), size, 4);
  return fill(size, (x, y) => scale([196, 156, 110], 1 + 0.08 * Math.sin(y * 0.55 + n[y * size + x]! * 14)));
}

/** Renders one surface texture. */
export function surfaceTexture(name: SurfaceTexture): RgbImage {
  switch (name) {
    case 'plaster': return plaster();
    case 'parquet': return parquet();
    case 'stone': return stone();
    case 'tiles': return tiles();
    case 'wood': return wood();
  }
}

/** Parses `#rrggbb` (or `rrggbb`) into 0..255 channels. */
export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`textures: not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
const edge = (d: number, soft: number): number => Math.max(0, Math.min(1, 0.5 - d / soft));

/** The canvas layout's own square coordinate space; the model stretches it over the painting. */
const CANVAS_UNITS = 64;

/**
 * An abstract stand-in for a painting, in the three tones of its palette: colour
 * fields, discs, diagonal bands or blocks, chosen and laid out by a generator seeded
 * from the exhibit id. Deliberately not an imitation of the work.
 *
 * By default a 64² texture for the building model, which stretches it over the
 * canvas. Given a size (e.g. 384 × 288 for a 4:3 work), it renders the same layout
 * at that size and aspect, as the exhibit panel's image: the picture a visitor sees
 * on the wall, only sharper. The 64² output is unchanged by the size parameters, so
 * scan.glb stays byte-identical.
 */
export function canvasTexture(id: string, palette: readonly [string, string, string], width = CANVAS_UNITS, height = CANVAS_UNITS): RgbImage {
  const random = seeded(`canvas:${id}`);
  const [a, b, c] = palette.map(parseHex) as [Rgb, Rgb, Rgb];
  // The noise lattice draws the same random numbers at any size, so the layout below
  // is the same for every size; the grain just gets finer pixels.
  const grainSize = Math.max(width, height);
  const grain = fbm(random, grainSize, 8);
  const style = hashString(id) % 4;
  const discs = Array.from({ length: 3 + randomInt(random, 4) }, (_, i) => ({
    x: between(random, 10, 54), y: between(random, 10, 54), r: between(random, 6, 18), colour: i % 2 === 0 ? b : c,
  }));
  const fields = [between(random, 6, 12), between(random, 26, 34), between(random, 52, 58)];
  const angle = between(random, 0.3, 1.2);
  const period = between(random, 9, 16);
  const blocks = Array.from({ length: 16 }, () => [a, b, c][randomInt(random, 3)]!);
  return fillRect(width, height, (px, py) => {
    // Layout coordinates in 0..64 (exactly the pixel for the 64² texture).
    const x = (px * CANVAS_UNITS) / width;
    const y = (py * CANVAS_UNITS) / height;
    const noise = grain[py * grainSize + px]!;
    let colour: Rgb = a;
    if (style === 0) {
      // Two soft-edged colour fields on the ground.
      const inside = (y0: number, y1: number): number => Math.min(edge(6 - x, 3), edge(x - 58, 3), edge(y0 - y, 3), edge(y - y1, 3));
      colour = mix(mix(a, b, inside(fields[0]!, fields[1]! - 2)), c, inside(fields[1]! + 2, fields[2]!));
    } else if (style === 1) {
      for (const d of discs) colour = mix(colour, d.colour, edge(Math.hypot(x - d.x, y - d.y) - d.r, 2.5));
    } else if (style === 2) {
      const t = (x * Math.cos(angle) + y * Math.sin(angle) + noise * 6) / period;
      colour = [a, b, c][((Math.floor(t) % 3) + 3) % 3]!;
    } else {
      const cell = blocks[Math.floor(y / 16) * 4 + Math.floor(x / 16)]!;
      colour = x % 16 < 2 || y % 16 < 2 ? a : cell;
    }
    return scale(colour, 1, noise * 18);
  });
}
