import { Primitive, type Document } from '@gltf-transform/core';
import { convertPrimitiveToTriangles, dedup, join, meshopt, prune, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { Progress } from './progress.ts';
import { simplifyDocument, type SimplifyResult } from './simplify.ts';
import { optimizeTextures } from './textures.ts';
import { countDrawn } from './stats.ts';

/**
 * The mesh pipeline, in two halves so the tiler can cut between them:
 * {@link prepareMesh} merges duplicates, welds, joins draw calls, simplifies to
 * an error bound in metres and shrinks textures (all on float geometry in venue
 * space); {@link compressMesh} then quantizes and meshopt-compresses for the wire.
 */
export interface MeshOptions {
  /** Largest deviation simplification may introduce, metres. */
  simplifyErrorM: number;
  /** Longest texture side, px. */
  textureSize: number;
}

/** Dedup, weld, join, simplify, textures: everything short of quantization. */
export async function prepareMesh(doc: Document, options: MeshOptions, progress: Progress, label: string): Promise<SimplifyResult> {
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      const mode = prim.getMode();
      if (mode === Primitive.Mode.TRIANGLE_STRIP || mode === Primitive.Mode.TRIANGLE_FAN) convertPrimitiveToTriangles(prim);
    }
  }
  // Textures first: an oversized one is refused before the slow work, and an
  // undecodable one is gone before anything (prune) tries to read its size.
  progress.step('  resizing and re-encoding textures');
  await optimizeTextures(doc, { maxSize: options.textureSize }, progress, label);
  progress.step('  merging duplicates and welding vertices');
  // One mesh, one draw call per material: scans arrive cut into many small pieces.
  await doc.transform(dedup(), weld(), join({ keepNamed: false, keepMeshes: false }), prune({ keepSolidTextures: true }));
  // 0 means "keep every triangle" (meshoptimizer would still merge exactly coplanar ones).
  const triangles = countDrawn(doc).triangles;
  if (options.simplifyErrorM > 0) progress.step(`  simplifying to within ${(options.simplifyErrorM * 1000).toFixed(1)} mm`);
  const simplified = options.simplifyErrorM > 0 ? simplifyDocument(doc, { errorM: options.simplifyErrorM }) : { trianglesBefore: triangles, trianglesAfter: triangles, error: 0 };
  await doc.transform(prune({ keepSolidTextures: false }));
  return simplified;
}

/**
 * Position quantization fine enough for 1 mm over the whole scan, 10 to 16 bits
 * (16 bits still keep 1 mm on a 65 m building; beyond that the step grows).
 */
export function positionBits(extentM: number): number {
  return Math.min(16, Math.max(10, Math.ceil(Math.log2(Math.max(extentM, 1e-3) / 0.001))));
}

/**
 * Quantizes (KHR_mesh_quantization) and marks for meshopt compression
 * (EXT_meshopt_compression, applied on write). Texture coordinates get one bit
 * more than the largest texture needs, so they stay within half a texel.
 */
export async function compressMesh(doc: Document, extentM: number, textureSize = 2048): Promise<void> {
  await MeshoptEncoder.ready;
  const quantizeTexcoord = Math.min(16, Math.ceil(Math.log2(textureSize)) + 1);
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'high', quantizePosition: positionBits(extentM), quantizeNormal: 8, quantizeTexcoord, quantizeColor: 8 }));
}

