/**
 * `npm run scan:import -- <scan file> <venue dir> [--up z] [--scale 0.001] [...]`
 *
 * Makes a building scan tour-ready: reads a textured mesh (glTF/GLB, also Draco
 * or meshopt compressed; OBJ with MTL), a point cloud or a Gaussian splat (PLY),
 * recognised by content; turns it upright, scales and centres it, checks its
 * units; optimizes it (weld, simplify to an error bound, WebP textures, meshopt
 * compression and quantization; large meshes become 3D Tiles); writes it into the
 * venue and sets `scan` in scene.json (creating a minimal valid venue if needed).
 *
 * Progress goes to stderr; the LAST stdout line is one JSON object:
 * `{ input, output, format, scan, venue, files, removed, placement, warnings }`.
 * Exit codes: 0 imported; 1 the input (or the venue) cannot be used, with a
 * message naming the file and what is wrong; 2 usage.
 */
import { CliError, runCli } from './lib/cli.ts';
import { parseScanImportArgs, USAGE } from './lib/scan/args.ts';
import { importScan } from './lib/scan/import-scan.ts';
import { createProgress, formatBytes } from './lib/scan/progress.ts';

export { USAGE };

/** Runs one import with `argv` (the arguments after the script name); returns the exit code. */
export async function scanImportMain(argv: readonly string[], out: (line: string) => void = (line) => process.stdout.write(line + '\n'), err: (line: string) => void = (line) => process.stderr.write(line + '\n')): Promise<number> {
  const parsed = parseScanImportArgs(argv);
  if (!parsed.ok) {
    err(`scan:import: ${parsed.message}\n${USAGE}`);
    return 2;
  }
  if ('help' in parsed) {
    err(USAGE);
    return 0;
  }
  const progress = createProgress(err);
  try {
    const report = await importScan(parsed.args, progress);
    const counts = (o: { triangles?: number; points?: number; splats?: number }) =>
      o.triangles !== undefined ? `${o.triangles} triangles` : o.points !== undefined ? `${o.points} points` : `${o.splats ?? 0} splats`;
    err(`done: ${formatBytes(report.input.bytes)}, ${counts(report.input)} → ${formatBytes(report.output.bytes)} (${(report.output.ratio * 100).toFixed(1)} %), ${counts(report.output)}; scan.format "${report.format}"`);
    out(JSON.stringify(report));
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      err(error.message);
      return error.code;
    }
    throw error;
  }
}

runCli(import.meta.url, 'scan-import.ts', 'scan:import', (argv) => scanImportMain(argv));
