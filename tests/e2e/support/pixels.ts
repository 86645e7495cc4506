import { PNG } from 'pngjs';

/** Statistics of a screenshot's pixels: a blank (single-colour) canvas has a variance near 0. */
export interface PixelStats {
  width: number;
  height: number;
  /** Variance of luminance over all pixels (0–255 scale). */
  luminanceVariance: number;
  /** Number of distinct colours, quantised to 5 bits per channel. */
  distinctColours: number;
}

export function pixelStats(png: Buffer): PixelStats {
  const image = PNG.sync.read(png);
  const { data, width, height } = image;
  let sum = 0;
  let sumSq = 0;
  const colours = new Set<number>();
  const n = width * height;
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
    const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    sum += y;
    sumSq += y * y;
    colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
  }
  const mean = sum / n;
  return { width, height, luminanceVariance: sumSq / n - mean * mean, distinctColours: colours.size };
}
