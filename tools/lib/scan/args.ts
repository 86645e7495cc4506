/**
 * The command line of `npm run scan:import`, parsed. Usage errors come back as
 * messages (exit code 2), never thrown.
 */
export const USAGE = [
  'usage: npm run scan:import -- <scan file> <venue dir> [options]',
  '  <scan file>          .glb/.gltf (also Draco or meshopt compressed), .obj (+ .mtl, textures) or .ply (mesh, point cloud or Gaussian splat)',
  '  <venue dir>          the venue folder (its name is the venue id); scene.json is created when missing, else only its "scan" is replaced',
  '  --up y|z             the scan\'s up axis (default y; z turns a Z-up scan upright)',
  '  --scale <factor>     multiply coordinates, e.g. 0.001 for millimetres, 0.01 for centimetres',
  '  --keep-origin        keep the scan where it is (default: footprint centred on x = z = 0, lowest floor at y = 0)',
  '  --simplify-error <m> largest change simplification may make, metres (default 0.002; 0 turns it off)',
  '  --texture-size <px>  longest texture side, 256–4096 (default 2048)',
  '  --tile-above <MB>    cut meshes larger than this (after optimizing) into 3D Tiles (default 8)',
  '  --tile-triangles <n> most triangles per tile (default 200000); meshes over 2 000 000 triangles are always tiled',
  '  --splat-sh <0-3>     drop Gaussian splats\' spherical harmonics above this degree (default: keep all)',
].join('\n');

/** What one import is asked to do. */
export interface ScanImportArgs {
  input: string;
  venueDir: string;
  up: 'y' | 'z';
  /** Undefined: not given (the units check may refuse an implausible size). */
  scale?: number;
  keepOrigin: boolean;
  simplifyErrorM: number;
  textureSize: number;
  tileAboveBytes: number;
  tileTriangles: number;
  splatShDegree?: number;
}

/** The parsed command line, a request for help, or a usage error in words. */
export type ParsedScanArgs = { ok: true; args: ScanImportArgs } | { ok: true; help: true } | { ok: false; message: string };

/** Defaults of the options: 2 mm simplification, 2048 px textures, tiles above 8 MB, 200 000 triangles a tile. */
export const DEFAULTS = { simplifyErrorM: 0.002, textureSize: 2048, tileAboveMB: 8, tileTriangles: 200_000 } as const;

type ValueOption = 'up' | 'scale' | 'simplify-error' | 'texture-size' | 'tile-above' | 'tile-triangles' | 'splat-sh';
const VALUE_OPTIONS: readonly ValueOption[] = ['up', 'scale', 'simplify-error', 'texture-size', 'tile-above', 'tile-triangles', 'splat-sh'];

/** Parses the arguments after `scan:import`. */
export function parseScanImportArgs(argv: readonly string[]): ParsedScanArgs {
  const positional: string[] = [];
  const values: Partial<Record<ValueOption, string>> = {};
  let keepOrigin = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: true, help: true };
    if (arg === '--keep-origin') {
      keepOrigin = true;
      continue;
    }
    const option = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (option && (VALUE_OPTIONS as readonly string[]).includes(option[1]!)) {
      const name = option[1] as ValueOption;
      const value = option[2] ?? argv[++i];
      if (value === undefined || value === '') return { ok: false, message: `--${name} needs a value` };
      if (values[name] !== undefined) return { ok: false, message: `--${name} given twice` };
      values[name] = value;
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) return { ok: false, message: `unknown option ${arg}` };
    positional.push(arg);
  }
  if (positional.length < 2) return { ok: false, message: positional.length === 0 ? 'missing the scan file and the venue folder' : 'missing the venue folder' };
  if (positional.length > 2) return { ok: false, message: `one scan file and one venue folder only (got ${positional.join(', ')})` };

  const number = (name: ValueOption, check: (v: number) => boolean, rule: string): number | string | undefined => {
    const text = values[name];
    if (text === undefined) return undefined;
    const v = Number(text);
    return Number.isFinite(v) && check(v) ? v : `--${name} must be ${rule}, got "${text}"`;
  };
  const up = values.up ?? 'y';
  if (up !== 'y' && up !== 'z') return { ok: false, message: `--up must be y or z, got "${up}"` };
  const scale = number('scale', (v) => v > 0, 'a positive number');
  const simplify = number('simplify-error', (v) => v >= 0 && v <= 1, 'a distance in metres from 0 to 1');
  const texture = number('texture-size', (v) => Number.isInteger(v) && v >= 256 && v <= 4096, 'a whole number of pixels from 256 to 4096');
  const tileAbove = number('tile-above', (v) => v >= 0, 'a size in MB (0 or more)');
  const tileTriangles = number('tile-triangles', (v) => Number.isInteger(v) && v >= 100, 'a whole number of at least 100');
  const sh = number('splat-sh', (v) => Number.isInteger(v) && v >= 0 && v <= 3, '0, 1, 2 or 3');
  for (const v of [scale, simplify, texture, tileAbove, tileTriangles, sh]) if (typeof v === 'string') return { ok: false, message: v };
  const args: ScanImportArgs = {
    input: positional[0]!,
    venueDir: positional[1]!,
    up,
    keepOrigin,
    simplifyErrorM: (simplify as number | undefined) ?? DEFAULTS.simplifyErrorM,
    textureSize: (texture as number | undefined) ?? DEFAULTS.textureSize,
    tileAboveBytes: ((tileAbove as number | undefined) ?? DEFAULTS.tileAboveMB) * 1e6,
    tileTriangles: (tileTriangles as number | undefined) ?? DEFAULTS.tileTriangles,
  };
  if (scale !== undefined) args.scale = scale as number;
  if (sh !== undefined) args.splatShDegree = sh as number;
  return { ok: true, args };
}
