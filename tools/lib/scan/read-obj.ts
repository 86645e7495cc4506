import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Document, type Material, type Texture } from '@gltf-transform/core';
import { ScanFormatError } from '../../../src/core/scan/index.ts';
import { CliError } from '../cli.ts';
import { imageMimeType } from './image-kind.ts';
import { parseMtl, type MtlMaterial } from './mtl-parser.ts';
import { ObjParser, type ObjData, type ObjGroup } from './obj-parser.ts';
import { stderrLogger, type Progress } from './progress.ts';

/**
 * Reading an OBJ scan with its MTL libraries and textures into a glTF document.
 * A missing .mtl or texture is a warning (the geometry is still the building);
 * a broken OBJ statement is an error naming the line.
 */

/** Parses an OBJ file by streaming its lines. */
async function parseObjFile(path: string): Promise<ObjData> {
  const parser = new ObjParser();
  const lines = createInterface({ input: createReadStream(path, { encoding: 'latin1' }), crlfDelay: Infinity });
  // A line ending in "\" continues on the next one (allowed by the OBJ spec, used by some exporters).
  let pending = '';
  for await (const line of lines) {
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' ';
      continue;
    }
    parser.line(pending + line);
    pending = '';
  }
  if (pending !== '') parser.line(pending);
  return parser.finish();
}

/** Reads a file next to the OBJ; null (and a warning) when it is missing. */
async function readBeside(base: string, relative: string, what: string, label: string, progress: Progress, files: string[]): Promise<Uint8Array | null> {
  const path = join(base, relative);
  try {
    const bytes = new Uint8Array(await readFile(path));
    files.push(path);
    return bytes;
  } catch {
    progress.warn(`${label}: ${what} ${JSON.stringify(relative)} is missing; the scan is imported without it`);
    return null;
  }
}

/** Reads an OBJ scan into a glTF document; `files` lists every file read (for the input's bytes). */
export async function readObj(path: string, label: string, progress: Progress): Promise<{ doc: Document; files: string[] }> {
  let data: ObjData;
  try {
    data = await parseObjFile(path);
  } catch (error) {
    if (error instanceof ScanFormatError) throw new CliError(`${label}: ${error.message}`, 1);
    throw error;
  }
  for (const [keyword, count] of data.ignored) progress.warn(`${label}: ${count} "${keyword}" statements (not faces) are ignored`);
  const files = [path];
  const base = dirname(path);
  const materials = new Map<string, MtlMaterial & { dir: string }>();
  for (const library of data.materialLibraries) {
    const bytes = await readBeside(base, library.replace(/\\/g, '/'), 'material library', label, progress, files);
    if (!bytes) continue;
    for (const m of parseMtl(new TextDecoder('latin1').decode(bytes))) materials.set(m.name, { ...m, dir: dirname(join(base, library)) });
  }

  const doc = new Document();
  doc.setLogger(stderrLogger(progress));
  const buffer = doc.createBuffer();
  const textures = new Map<string, Texture | null>();
  const texture = async (dir: string, file: string): Promise<Texture | null> => {
    const key = join(dir, file);
    if (!textures.has(key)) {
      const bytes = await readBeside(dir, file, 'texture', label, progress, files);
      textures.set(key, bytes ? doc.createTexture(basename(file)).setImage(bytes).setMimeType(imageMimeType(bytes) ?? 'image/png').setURI(basename(file)) : null);
    }
    return textures.get(key)!;
  };
  const gltfMaterials = new Map<string, Material>();
  const materialFor = async (name: string | null): Promise<Material> => {
    const key = name ?? '';
    const existing = gltfMaterials.get(key);
    if (existing) return existing;
    // Scans are matte: no metal, full roughness, unless the MTL says otherwise.
    const material = doc.createMaterial(name ?? 'default').setMetallicFactor(0).setRoughnessFactor(1);
    const mtl = name === null ? undefined : materials.get(name);
    if (name !== null && !mtl && materials.size > 0) progress.warn(`${label}: material ${JSON.stringify(name)} is not in the material library; it is drawn plain grey`);
    if (mtl) {
      const [r, g, b] = mtl.diffuse ?? [1, 1, 1];
      material.setBaseColorFactor([r, g, b, mtl.opacity ?? 1]);
      if ((mtl.opacity ?? 1) < 1) material.setAlphaMode('BLEND');
      if (mtl.roughness !== undefined) material.setRoughnessFactor(mtl.roughness);
      if (mtl.metallic !== undefined) material.setMetallicFactor(mtl.metallic);
      // A texture's colour is the surface; MTL's Kd multiplies it, as glTF's baseColorFactor does.
      if (mtl.diffuseMap) {
        const t = await texture(mtl.dir, mtl.diffuseMap);
        if (t) material.setBaseColorTexture(t);
      }
      if (mtl.normalMap) {
        const t = await texture(mtl.dir, mtl.normalMap);
        if (t) material.setNormalTexture(t);
      }
    }
    gltfMaterials.set(key, material);
    return material;
  };

  const mesh = doc.createMesh(basename(path));
  for (const group of data.groups) {
    if (group.v.length === 0) continue;
    mesh.addPrimitive(buildPrimitive(doc, buffer, data, group).setMaterial(await materialFor(group.material)));
  }
  if (mesh.listPrimitives().length === 0) throw new CliError(`${label}: the OBJ file has vertices but no faces (f lines); a point cloud should be imported as PLY`, 1);
  doc.createScene('scan').addChild(doc.createNode('scan').setMesh(mesh));
  return { doc, files };
}

/** One material group's triangles as an unindexed glTF primitive. */
function buildPrimitive(doc: Document, buffer: ReturnType<Document['createBuffer']>, data: ObjData, group: ObjGroup) {
  const n = group.v.length;
  const position = new Float32Array(n * 3);
  const hasUv = group.vt.some((i) => i >= 0);
  const hasNormal = group.vn.every((i) => i >= 0);
  const hasColor = data.colors.length > 0;
  const uv = hasUv ? new Float32Array(n * 2) : null;
  const normal = hasNormal ? new Float32Array(n * 3) : null;
  const color = hasColor ? new Float32Array(n * 3) : null;
  for (let k = 0; k < n; k++) {
    const v = group.v[k]!;
    for (let a = 0; a < 3; a++) position[k * 3 + a] = data.positions[v * 3 + a]!;
    if (color) for (let a = 0; a < 3; a++) color[k * 3 + a] = data.colors[v * 3 + a] ?? 1;
    const t = group.vt[k]!;
    // OBJ's v runs up from the bottom of the image, glTF's down from the top.
    if (uv && t >= 0) {
      uv[k * 2] = data.uvs[t * 2]!;
      uv[k * 2 + 1] = 1 - data.uvs[t * 2 + 1]!;
    }
    if (normal) for (let a = 0; a < 3; a++) normal[k * 3 + a] = data.normals[group.vn[k]! * 3 + a]!;
  }
  const prim = doc.createPrimitive().setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(position).setBuffer(buffer));
  if (uv) prim.setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(uv).setBuffer(buffer));
  // Without normals a glTF viewer shades faces flat, which suits walls and floors.
  if (normal) prim.setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(normal).setBuffer(buffer));
  if (color) prim.setAttribute('COLOR_0', doc.createAccessor().setType('VEC3').setArray(color).setBuffer(buffer));
  return prim;
}
