import type { Document } from '@gltf-transform/core';
import { cloneDocument } from '@gltf-transform/functions';
import { writeGlb } from './gltf-io.ts';
import { compressMesh, prepareMesh } from './optimize-mesh.ts';
import { optimizePoints } from './optimize-points.ts';
import { formatBytes, type Progress } from './progress.ts';
import type { ScanOutput } from './report.ts';
import { countDrawn } from './stats.ts';
import { tileScan } from './tiler.ts';

/**
 * The output of a mesh or point scan already placed in venue space: one
 * meshopt-compressed `scan.glb`, or, for a mesh too big for a phone to load at
 * once, a 3D Tiles tileset in `scan/`.
 */
export interface MeshOutputOptions {
  simplifyErrorM: number;
  textureSize: number;
  tileAboveBytes: number;
  tileTriangles: number;
}

/** Meshes with more triangles than this are always tiled, whatever their bytes. */
export const TILE_ABOVE_TRIANGLES = 2_000_000;

/** The folder a tileset is written to, as SCENE-FORMAT.md lays out a bundle (`scan/tileset.json`). */
export const TILES_DIR = 'scan';

/** Optimizes a placed mesh document into scan.glb or tiles. */
export async function meshOutput(doc: Document, extentM: number, options: MeshOutputOptions, progress: Progress, label: string): Promise<ScanOutput> {
  progress.step('optimizing the mesh');
  const simplified = await prepareMesh(doc, { simplifyErrorM: options.simplifyErrorM, textureSize: options.textureSize }, progress, label);
  if (simplified.trianglesBefore > 0) progress.step(`  ${simplified.trianglesBefore} → ${simplified.trianglesAfter} triangles (largest change ${(simplified.error * 1000).toFixed(2)} mm)`);
  const triangles = countDrawn(doc).triangles;
  // Tiling cuts float geometry, and whether to tile is known only after compressing: keep a copy.
  const forTiles = cloneDocument(doc);
  await compressMesh(doc, extentM, options.textureSize);
  const glb = triangles > TILE_ABOVE_TRIANGLES ? null : await writeGlb(doc);
  if (glb && glb.length <= options.tileAboveBytes) {
    return { files: [{ path: 'scan.glb', bytes: glb }], scan: { uri: 'scan.glb', format: 'gltf' }, counts: { triangles } };
  }
  progress.step(glb ? `  ${formatBytes(glb.length)} is above the tiling threshold of ${formatBytes(options.tileAboveBytes)}: cutting into 3D Tiles` : `  ${triangles} triangles is above ${TILE_ABOVE_TRIANGLES}: cutting into 3D Tiles`);
  const tiled = await tileScan(forTiles, { maxTriangles: options.tileTriangles, dir: TILES_DIR, textureSize: options.textureSize }, progress);
  progress.step(`  ${tiled.tiles} tiles, ${tiled.depth + 1} levels of detail`);
  return { files: tiled.files, scan: { uri: `${TILES_DIR}/tileset.json`, format: '3dtiles' }, counts: { triangles: tiled.leafTriangles, tiles: tiled.tiles } };
}

/** Optimizes a placed point-cloud document into scan.glb (format "points"). */
export async function pointsOutput(doc: Document, extentM: number, progress: Progress): Promise<ScanOutput> {
  progress.step('optimizing the point cloud');
  await optimizePoints(doc, extentM);
  const glb = await writeGlb(doc);
  return { files: [{ path: 'scan.glb', bytes: glb }], scan: { uri: 'scan.glb', format: 'points' }, counts: { points: countDrawn(doc).points } };
}
