import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Document } from '@gltf-transform/core';
import { isValidVenueId, type Scan, type Venue } from '../../../src/core/venue/index.ts';
import { CliError } from '../cli.ts';
import type { ScanImportArgs } from './args.ts';
import { meshOutput, pointsOutput, TILES_DIR } from './mesh-output.ts';
import { centringOffset, measureDocument, measurePoints, movePlacement, type Placement } from './placement.ts';
import { formatBytes, type Progress } from './progress.ts';
import { readScan, type ScanSource } from './read-scan.ts';
import type { ScanImportReport, ScanOutput } from './report.ts';
import { formatSceneJson, minimalVenue, parseExistingScene, requireValid, titleFromFileName, withScan, type SceneJson } from './scene-document.ts';
import { splatPositions } from './splat-cloud.ts';
import { splatOutput } from './splat-output.ts';
import { countDrawn } from './stats.ts';
import { checkScanUnits } from './units-check.ts';
import { commitScan } from './venue-commit.ts';
import { bakeIntoGeometry, orientationMatrix, translateGeometry } from './world-transform.ts';

/**
 * One import, start to finish: check the venue, read the scan, place it (up
 * axis, scale, units check, centring), optimize it for its kind, and put it
 * into the venue with scene.json updated. Bad input throws a CliError naming
 * the file; nothing in the venue changes until everything has succeeded.
 */
export async function importScan(args: ScanImportArgs, progress: Progress): Promise<ScanImportReport> {
  const venueDir = resolve(args.venueDir);
  const id = basename(venueDir);
  if (!isValidVenueId(id)) {
    throw new CliError(`the venue folder's name ${JSON.stringify(id)} is also the venue id, so it must be 1–64 characters of a–z, 0–9 and "-" (e.g. ${JSON.stringify(suggestId(id))})`, 2);
  }
  const scenePath = join(venueDir, 'scene.json');
  const existingText = existsSync(scenePath) ? await readFile(scenePath, 'utf8') : undefined;
  // Check the venue before the slow part, so a broken scene.json is reported at once.
  const existing = existingText === undefined ? undefined : parseExistingScene(existingText, id, relative(process.cwd(), scenePath) || scenePath);
  const label = args.input;

  const source = await readScan(args.input, label, progress);
  progress.step(`read ${label}: ${source.file.toUpperCase()} ${source.kind}, ${formatBytes(source.bytes)}`);
  const input = { file: args.input, kind: `${source.file} ${source.kind}`, bytes: source.bytes, ...inputCounts(source) };
  const scale = args.scale ?? 1;
  const zUp = args.up === 'z';

  let placement: Placement;
  let offset: [number, number, number];
  let output: ScanOutput;
  if (source.kind === 'splat') {
    placement = measurePoints(toVenueAxes(splatPositions(source.splat), scale, zUp));
    checkScanUnits(placement, { label, scaleGiven: args.scale !== undefined, upGiven: zUp }, progress);
    offset = args.keepOrigin ? [0, 0, 0] : centringOffset(placement);
    output = splatOutput(source.splat, { scale, zUp, offset, ...(args.splatShDegree !== undefined && { shDegree: args.splatShDegree }) }, progress, label);
  } else {
    await bakeIntoGeometry(source.doc, orientationMatrix(scale, zUp), progress, label);
    placement = source.kind === 'points' ? measurePoints(pointPositions(source.doc)) : measureDocument(source.doc);
    checkScanUnits(placement, { label, scaleGiven: args.scale !== undefined, upGiven: zUp }, progress);
    offset = args.keepOrigin ? [0, 0, 0] : centringOffset(placement);
    translateGeometry(source.doc, offset);
    const extent = Math.max(...[0, 1, 2].map((a) => placement.max[a]! - placement.min[a]!));
    output = source.kind === 'points' ? await pointsOutput(source.doc, extent, progress) : await meshOutput(source.doc, extent, args, progress, label);
  }
  placement = movePlacement(placement, offset);
  if (existing) warnIfMisaligned(existing.venue, placement, args.keepOrigin, progress);

  const doc: SceneJson = existing ? withScan(existing.doc, output.scan) : minimalVenue(id, titleFromFileName(args.input), output.scan, placement);
  requireValid(doc, id);
  await refuseForeignTilesFolder(venueDir, output.scan, existing?.venue.scan);
  progress.step(`writing ${output.files.length === 1 ? output.files[0]!.path : `${output.files.length} files`} and scene.json into ${args.venueDir}`);
  const committed = await commitScan(venueDir, output.files, formatSceneJson(doc, existingText), existing?.venue.scan);
  const bytes = output.files.reduce((sum, f) => sum + f.bytes.length, 0);
  return {
    input,
    output: { bytes, ...output.counts, ratio: Math.round((bytes / source.bytes) * 10000) / 10000 },
    format: output.scan.format,
    scan: output.scan,
    venue: { dir: args.venueDir, id, created: !existing },
    files: committed.written,
    removed: committed.removed,
    placement: { size: [0, 1, 2].map((a) => round(placement.max[a]! - placement.min[a]!)) as [number, number, number], offset: offset.map(round) as [number, number, number] },
    warnings: [...progress.warnings],
  };
}

const round = (v: number) => Math.round(v * 1000) / 1000 || 0;

function inputCounts(source: ScanSource): { triangles?: number; points?: number; splats?: number } {
  if (source.kind === 'splat') return { splats: source.splat.count };
  const counts = countDrawn(source.doc);
  return source.kind === 'points' ? { points: counts.points } : { triangles: counts.triangles };
}

/** A valid venue id close to a folder name, for the message that refuses it. */
function suggestId(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64) || 'my-venue';
}

/** Positions of every point primitive, interleaved. */
function pointPositions(doc: Document): Float32Array {
  const arrays = doc.getRoot().listMeshes().flatMap((m) => m.listPrimitives()).map((p) => p.getAttribute('POSITION')!.getArray() as Float32Array);
  const out = new Float32Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** File positions as the venue will see them (scaled, turned upright), for measuring splats. */
function toVenueAxes(positions: Float32Array, scale: number, zUp: boolean): Float32Array {
  const out = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i += 3) {
    out[i] = positions[i]! * scale;
    out[i + 1] = (zUp ? positions[i + 2]! : positions[i + 1]!) * scale;
    out[i + 2] = (zUp ? -positions[i + 1]! : positions[i + 2]!) * scale;
  }
  return out;
}

/**
 * An existing venue's rooms were drawn over its old scan. When the new scan's
 * footprint does not overlap them, the two probably do not share coordinates:
 * say so, and how to keep a scan that already is in the venue's coordinates.
 */
function warnIfMisaligned(venue: Venue, placement: Placement, keptOrigin: boolean, progress: Progress): void {
  const points = venue.rooms.flatMap((r) => r.outline);
  if (points.length === 0) return;
  const [rx0, rx1] = [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0]))];
  const [rz0, rz1] = [Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))];
  const overlap = Math.max(0, Math.min(rx1, placement.max[0]) - Math.max(rx0, placement.min[0])) * Math.max(0, Math.min(rz1, placement.max[2]) - Math.max(rz0, placement.min[2]));
  const smaller = Math.min((rx1 - rx0) * (rz1 - rz0), (placement.max[0] - placement.min[0]) * (placement.max[2] - placement.min[2]));
  if (smaller > 0 && overlap >= 0.5 * smaller) return;
  const f = (v: number) => v.toFixed(1);
  progress.warn(
    `the scan now covers x ${f(placement.min[0])}…${f(placement.max[0])}, z ${f(placement.min[2])}…${f(placement.max[2])} m, but the venue's rooms cover x ${f(rx0)}…${f(rx1)}, z ${f(rz0)}…${f(rz1)} m` +
      (keptOrigin ? '; move the rooms, hotspots and walking graph to the scan in the editor' : '; if the scan is already in the venue\'s coordinates, run again with --keep-origin'),
  );
}

/**
 * Tiles go into their own folder, which replaces the previous tiles as a whole;
 * a folder of that name that is not the venue's tiled scan (a curator's own
 * files) must not be swept away.
 */
async function refuseForeignTilesFolder(venueDir: string, scan: Scan, oldScan: Scan | undefined): Promise<void> {
  if (scan.format !== '3dtiles') return;
  const dir = join(venueDir, TILES_DIR);
  const info = await stat(dir).catch(() => null);
  if (!info) return;
  const ours = oldScan?.format === '3dtiles' && oldScan.uri.split('/')[0] === TILES_DIR;
  if (!info.isDirectory() || !ours) {
    throw new CliError(`${join(venueDir, TILES_DIR)}${info.isDirectory() ? sep : ''} already exists and is not the venue's tiled scan; the tiles would replace it. Move it away and import again`, 1);
  }
}
