import { SH_REST_COUNT } from '../../../src/core/scan/index.ts';

/**
 * A Gaussian splat scene in the standard 3DGS PLY layout, held as one Float32
 * column per property. The importer cleans it (drops splats that are broken or
 * invisible), moves and scales it, optionally drops higher spherical-harmonics
 * bands, sorts it most-visible first and writes it back as binary PLY. It does
 * not convert to .spz: no maintained JavaScript SPZ encoder exists on npm (the
 * one there pulls in a whole game engine), and every splat viewer reads PLY.
 */
export interface SplatCloud {
  count: number;
  shDegree: 0 | 1 | 2 | 3;
  /** Property names in file order. */
  names: string[];
  columns: Map<string, Float32Array>;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The x, y, z of every splat, interleaved. */
export function splatPositions(splat: SplatCloud): Float32Array {
  const out = new Float32Array(splat.count * 3);
  ['x', 'y', 'z'].forEach((axis, a) => {
    const c = splat.columns.get(axis)!;
    for (let i = 0; i < splat.count; i++) out[i * 3 + a] = c[i]!;
  });
  return out;
}

/**
 * Keeps the splats a viewer can draw: finite numbers, a rotation that is not
 * zero, and an opacity of at least 1/255 (fainter ones never change a pixel).
 * Returns the cleaned cloud and how many splats were dropped.
 */
export function cleanSplats(splat: SplatCloud): { splat: SplatCloud; dropped: number } {
  const keep: number[] = [];
  const columns = splat.names.map((n) => splat.columns.get(n)!);
  const opacity = splat.columns.get('opacity')!;
  const rot = [0, 1, 2, 3].map((i) => splat.columns.get(`rot_${i}`)!);
  rows: for (let i = 0; i < splat.count; i++) {
    for (const c of columns) if (!Number.isFinite(c[i])) continue rows;
    if (sigmoid(opacity[i]!) < 1 / 255) continue;
    if (Math.hypot(rot[0]![i]!, rot[1]![i]!, rot[2]![i]!, rot[3]![i]!) < 1e-8) continue;
    keep.push(i);
  }
  return { splat: selectRows(splat, keep), dropped: splat.count - keep.length };
}

/** Orders splats most visible first (opacity × volume), so a viewer that streams the file shows the building's bulk first. */
export function sortSplats(splat: SplatCloud): SplatCloud {
  const opacity = splat.columns.get('opacity')!;
  const s = [0, 1, 2].map((i) => splat.columns.get(`scale_${i}`)!);
  const weight = new Float64Array(splat.count);
  for (let i = 0; i < splat.count; i++) weight[i] = sigmoid(opacity[i]!) * Math.exp(s[0]![i]! + s[1]![i]! + s[2]![i]!);
  const order = Array.from({ length: splat.count }, (_, i) => i).sort((a, b) => weight[b]! - weight[a]!);
  return selectRows(splat, order);
}

/** Moves and uniformly scales splats: positions scale and shift, log-scales grow by ln(scale); rotations and colours are unchanged. */
export function scaleAndMoveSplats(splat: SplatCloud, scale: number, offset: readonly [number, number, number]): void {
  ['x', 'y', 'z'].forEach((axis, a) => {
    const c = splat.columns.get(axis)!;
    for (let i = 0; i < splat.count; i++) c[i] = c[i]! * scale + offset[a]!;
  });
  const logScale = Math.log(scale);
  if (logScale !== 0) {
    for (const k of [0, 1, 2]) {
      const c = splat.columns.get(`scale_${k}`)!;
      for (let i = 0; i < splat.count; i++) c[i] = c[i]! + logScale;
    }
  }
}

/** Drops spherical-harmonics bands above `degree` (f_rest_* are stored channel-major: all R, then G, then B). */
export function limitShDegree(splat: SplatCloud, degree: number): SplatCloud {
  if (degree >= splat.shDegree) return splat;
  const from = SH_REST_COUNT[splat.shDegree]! / 3;
  const to = SH_REST_COUNT[degree]! / 3;
  const columns = new Map([...splat.columns].filter(([n]) => !n.startsWith('f_rest_')));
  for (let channel = 0; channel < 3; channel++) {
    for (let k = 0; k < to; k++) columns.set(`f_rest_${channel * to + k}`, splat.columns.get(`f_rest_${channel * from + k}`)!);
  }
  const names = [...splat.names.filter((n) => !n.startsWith('f_rest_'))];
  const at = names.indexOf('opacity');
  names.splice(at < 0 ? names.length : at, 0, ...Array.from({ length: to * 3 }, (_, i) => `f_rest_${i}`));
  return { count: splat.count, shDegree: degree as SplatCloud['shDegree'], names, columns };
}

function selectRows(splat: SplatCloud, rows: readonly number[]): SplatCloud {
  const columns = new Map<string, Float32Array>();
  for (const [name, c] of splat.columns) {
    const out = new Float32Array(rows.length);
    for (let i = 0; i < rows.length; i++) out[i] = c[rows[i]!]!;
    columns.set(name, out);
  }
  return { ...splat, count: rows.length, columns };
}

/** Writes the cloud as binary little-endian PLY, every property a float, in `names` order. */
export function writeSplatPly(splat: SplatCloud, generator: string): Uint8Array {
  const header = ['ply', 'format binary_little_endian 1.0', `comment ${generator}`, `element vertex ${splat.count}`, ...splat.names.map((n) => `property float ${n}`), 'end_header', ''].join('\n');
  const head = new TextEncoder().encode(header);
  const stride = splat.names.length;
  const out = new Uint8Array(head.length + splat.count * stride * 4);
  out.set(head, 0);
  // DataView with an explicit byte order: the file says little-endian whatever machine writes it.
  const view = new DataView(out.buffer, head.length);
  splat.names.forEach((n, k) => {
    const c = splat.columns.get(n)!;
    for (let i = 0; i < splat.count; i++) view.setFloat32((i * stride + k) * 4, c[i]!, true);
  });
  return out;
}
