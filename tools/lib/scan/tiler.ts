import type { Document, Extension, Material, Texture } from '@gltf-transform/core';
import { copyToDocument, createDefaultPropertyResolver } from '@gltf-transform/functions';
import sharp from 'sharp';
import { writeGlb, GENERATOR } from './gltf-io.ts';
import { compressMesh } from './optimize-mesh.ts';
import type { Progress } from './progress.ts';
import { partsBounds, partsDocument, simplifyParts, sourcePrimitives, subsetPart, type SourcePrimitive, type TilePart } from './tile-geometry.ts';
import { boxFromVenueBounds, type TileJson, type TilesetJson } from './tileset-json.ts';
import type { OutputFile } from './venue-commit.ts';

/**
 * Cuts a large prepared scan into OGC 3D Tiles 1.1: a quadtree over the plan
 * (buildings spread out more than up), triangles going to the cell that holds
 * their centroid. Leaves carry the full-detail geometry; every inner tile
 * carries its whole cell simplified to one tile's budget, with locked borders
 * so neighbouring tiles meet, and the deviation that simplification reached
 * (metres) as its geometric error. Inner tiles use textures at ≤ 512 px.
 */
export interface TileOptions {
  /** Most triangles in one tile. */
  maxTriangles: number;
  /** Folder of the tileset inside the venue, e.g. "scan". */
  dir: string;
  /** Deepest level of the quadtree (0 is the root). */
  maxDepth?: number;
  /** Longest texture side, px (for quantizing texture coordinates). */
  textureSize?: number;
}

/** The tileset, its files, and what they hold. */
export interface TilingResult {
  files: OutputFile[];
  tileset: TilesetJson;
  tiles: number;
  leafTriangles: number;
  depth: number;
}

interface QuadNode {
  name: string;
  level: number;
  /** Per source primitive, the triangles in this cell. */
  triangles: Uint32Array[];
  count: number;
  children: QuadNode[];
}

const COARSE_TEXTURE_PX = 512;

function split(sources: readonly SourcePrimitive[], node: QuadNode, cell: readonly [number, number, number, number], options: Required<TileOptions>): void {
  if (node.count <= options.maxTriangles || node.level >= options.maxDepth) return;
  const [x0, z0, x1, z1] = cell;
  const cx = (x0 + x1) / 2, cz = (z0 + z1) / 2;
  const buckets: number[][][] = [0, 1, 2, 3].map(() => sources.map(() => []));
  sources.forEach((s, k) => {
    for (const t of node.triangles[k]!) buckets[(s.centroids[t * 2]! >= cx ? 1 : 0) + (s.centroids[t * 2 + 1]! >= cz ? 2 : 0)]![k]!.push(t);
  });
  const cells: [number, number, number, number][] = [[x0, z0, cx, cz], [cx, z0, x1, cz], [x0, cz, cx, z1], [cx, cz, x1, z1]];
  buckets.forEach((bucket, q) => {
    const count = bucket.reduce((sum, list) => sum + list.length, 0);
    if (count === 0) return;
    const child: QuadNode = { name: `${node.name}${q}`, level: node.level + 1, triangles: bucket.map((l) => Uint32Array.from(l)), count, children: [] };
    node.children.push(child);
    split(sources, child, cells[q]!, options);
  });
  // All centroids in one spot: splitting further cannot help.
  if (node.children.length === 1 && node.children[0]!.count === node.count && node.children[0]!.children.length === 0) node.children = [];
}

/** Copies materials into tile documents, textures shared within a tile, optionally swapped for coarse ones. */
function materialCopier(source: Document, coarse: Map<Texture, Uint8Array> | null) {
  return (doc: Document, material: Material | null, resolve: ReturnType<typeof createDefaultPropertyResolver>): Material | null => {
    if (!material) return null;
    for (const ext of source.getRoot().listExtensionsUsed()) {
      if (!doc.getRoot().listExtensionsUsed().some((e) => e.extensionName === ext.extensionName)) {
        doc.createExtension(ext.constructor as new (doc: Document) => Extension).setRequired(ext.isRequired());
      }
    }
    const map = copyToDocument(doc, source, [material], resolve);
    if (coarse) for (const [src, dst] of map) if (coarse.has(src as Texture)) (dst as Texture).setImage(coarse.get(src as Texture)!).setMimeType('image/webp');
    return map.get(material) as Material;
  };
}

/** Coarse copies of every decodable texture, for inner tiles. */
async function coarseTextures(doc: Document): Promise<Map<Texture, Uint8Array>> {
  const out = new Map<Texture, Uint8Array>();
  for (const texture of doc.getRoot().listTextures()) {
    const image = texture.getImage();
    if (!image || texture.getMimeType() === 'image/ktx2') continue;
    try {
      out.set(texture, new Uint8Array(await sharp(image).resize({ width: COARSE_TEXTURE_PX, height: COARSE_TEXTURE_PX, fit: 'inside', withoutEnlargement: true }).webp({ quality: 75 }).toBuffer()));
    } catch {
      // Undecodable textures were dropped before tiling; a KTX2 one keeps its full size.
    }
  }
  return out;
}

/** Tiles a prepared (flat, float, welded) scan document. */
export async function tileScan(doc: Document, options: TileOptions, progress: Progress): Promise<TilingResult> {
  const opts: Required<TileOptions> = { maxDepth: 8, textureSize: 2048, ...options };
  const sources = sourcePrimitives(doc);
  const all = sources.map((s) => Uint32Array.from({ length: s.indices.length / 3 }, (_, i) => i));
  const root: QuadNode = { name: '', level: 0, triangles: all, count: all.reduce((n, a) => n + a.length, 0), children: [] };
  // A square root cell keeps cells square, whatever the building's shape.
  let [x0, z0, x1, z1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const s of sources) for (let i = 0; i < s.centroids.length; i += 2) {
    x0 = Math.min(x0, s.centroids[i]!); x1 = Math.max(x1, s.centroids[i]!);
    z0 = Math.min(z0, s.centroids[i + 1]!); z1 = Math.max(z1, s.centroids[i + 1]!);
  }
  const side = Math.max(x1 - x0, z1 - z0, 1e-3);
  split(sources, root, [x0, z0, x0 + side, z0 + side], opts);

  const coarse = await coarseTextures(doc);
  const copyFine = materialCopier(doc, null);
  const copyCoarse = materialCopier(doc, coarse);
  const files: OutputFile[] = [];
  let leafTriangles = 0;
  let depth = 0;

  const writeTile = async (node: QuadNode): Promise<TileJson> => {
    depth = Math.max(depth, node.level);
    const children = [];
    for (const child of node.children) children.push(await writeTile(child));
    const full: TilePart[] = sources.flatMap((s, k) => (node.triangles[k]!.length > 0 ? [subsetPart(s, node.triangles[k]!)] : []));
    const bounds = partsBounds(full);
    let parts = full;
    let error = 0;
    if (children.length > 0) {
      const simplified = simplifyParts(full, opts.maxTriangles);
      parts = simplified.parts;
      // Never finer than a child: a viewer refines only when the parent's error is too big.
      error = Math.max(simplified.error, ...children.map((c) => c.geometricError * 1.01), 1e-3);
    } else leafTriangles += node.count;
    // One resolver per tile, so two materials of a tile share their textures.
    const copy = children.length > 0 ? copyCoarse : copyFine;
    let resolve: ReturnType<typeof createDefaultPropertyResolver> | undefined;
    const tileDoc = partsDocument(parts, (d, m) => copy(d, m, (resolve ??= createDefaultPropertyResolver(d, doc))));
    await compressMesh(tileDoc, Math.max(bounds[3]! - bounds[0]!, bounds[4]! - bounds[1]!, bounds[5]! - bounds[2]!), opts.textureSize);
    const uri = `t${node.name === '' ? 'root' : node.name}.glb`;
    files.push({ path: `${opts.dir}/${uri}`, bytes: await writeGlb(tileDoc) });
    const tile: TileJson = { boundingVolume: { box: boxFromVenueBounds(bounds) }, geometricError: error, refine: 'REPLACE', content: { uri } };
    if (children.length > 0) tile.children = children;
    return tile;
  };
  progress.step(`  cutting ${root.count} triangles into tiles of at most ${opts.maxTriangles}`);
  const rootTile = await writeTile(root);
  const box = rootTile.boundingVolume.box;
  const diagonal = 2 * Math.hypot(box[3]!, box[7]!, box[11]!);
  const tileset: TilesetJson = {
    asset: { version: '1.1', generator: GENERATOR, extras: { upAxis: 'glTF content is Y-up in venue metres; bounding volumes are in the 3D Tiles Z-up frame (venue x, -z, y)' } },
    geometricError: Math.max(diagonal, rootTile.geometricError * 2),
    root: rootTile,
  };
  files.push({ path: `${opts.dir}/tileset.json`, bytes: new TextEncoder().encode(JSON.stringify(tileset, null, 1) + '\n') });
  return { files, tileset, tiles: files.length - 1, leafTriangles, depth };
}
