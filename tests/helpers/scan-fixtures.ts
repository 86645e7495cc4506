import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Logger, NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { draco, meshopt } from '@gltf-transform/functions';
import draco3d from 'draco3dgltf';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import sharp from 'sharp';
import { scanImportMain } from '../../tools/scan-import.ts';
import type { ScanImportReport } from '../../tools/lib/scan/report.ts';

/**
 * Scan files made at test time, so the importer's tests need nothing checked
 * in: one small gallery room (12 × 4 × 8 m, its floor corner far from the
 * origin so centring has work) as a textured GLB (a 2048² JPEG texture),
 * a .gltf with its .bin and PNG beside it, Draco- and meshopt-compressed GLBs,
 * an OBJ with MTL and texture, a binary PLY point cloud with colours and a PLY
 * Gaussian splat in the standard 3DGS layout.
 */

/** Where the room stands in the generated files (its floor corner), and its size. */
export const ROOM = { origin: [100, 5, 50] as const, size: [12, 4, 8] as const };

/** Triangles of the room's floor, ceiling and four walls, each face a grid of `n` × `n` quads, with UVs. */
export function roomTriangles(n = 8, scale = 1): { positions: Float32Array; uvs: Float32Array; indices: Uint32Array } {
  const [ox, oy, oz] = ROOM.origin;
  const [w, h, d] = ROOM.size;
  // Each face: a corner and two edge vectors, wound to face into the room.
  const faces: [number[], number[], number[]][] = [
    [[0, 0, 0], [0, 0, d], [w, 0, 0]], // floor, facing up
    [[0, h, 0], [w, 0, 0], [0, 0, d]], // ceiling, facing down
    [[0, 0, 0], [w, 0, 0], [0, h, 0]], // wall at z = 0
    [[0, 0, d], [0, h, 0], [w, 0, 0]], // wall at z = d
    [[0, 0, 0], [0, h, 0], [0, 0, d]], // wall at x = 0
    [[w, 0, 0], [0, 0, d], [0, h, 0]], // wall at x = w
  ];
  const positions: number[] = [];
  const uvs: number[] = [];
  const indices: number[] = [];
  for (const [corner, u, v] of faces) {
    const base = positions.length / 3;
    for (let j = 0; j <= n; j++) {
      for (let i = 0; i <= n; i++) {
        for (let a = 0; a < 3; a++) positions.push((corner[a]! + (u[a]! * i) / n + (v[a]! * j) / n + [ox, oy, oz][a]!) * scale);
        uvs.push(i / n, 1 - j / n);
      }
    }
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const a = base + j * (n + 1) + i;
        indices.push(a, a + 1, a + n + 2, a, a + n + 2, a + n + 1);
      }
    }
  }
  return { positions: Float32Array.from(positions), uvs: Float32Array.from(uvs), indices: Uint32Array.from(indices) };
}

/** A plaster-and-brick texture with grain, `size` px square, as JPEG or PNG. */
export async function wallTexture(size: number, format: 'jpeg' | 'png'): Promise<Uint8Array> {
  const rows = 16;
  const bricks = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: 9 }, (_, c) => `<rect x="${(c - (r % 2) * 0.5) * (size / 8)}" y="${(r * size) / rows}" width="${size / 8 - 6}" height="${size / rows - 6}" fill="rgb(${150 + ((r * 7 + c * 13) % 40)},${80 + ((r * 3 + c * 5) % 30)},60)"/>`).join(''),
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="100%" height="100%" fill="rgb(220,215,205)"/>${bricks}</svg>`;
  const noise = await sharp({ create: { width: size, height: size, channels: 3, background: { r: 128, g: 128, b: 128 }, noise: { type: 'gaussian', mean: 128, sigma: 10 } } }).png().toBuffer();
  const image = sharp(Buffer.from(svg)).composite([{ input: noise, blend: 'soft-light' }]);
  return new Uint8Array(format === 'jpeg' ? await image.jpeg({ quality: 90 }).toBuffer() : await image.png().toBuffer());
}

/** glTF-Transform's default logger prints to stdout; the tests read the importer's stdout. */
const QUIET = new Logger(Logger.Verbosity.WARN);

async function io(): Promise<NodeIO> {
  await MeshoptEncoder.ready;
  await MeshoptDecoder.ready;
  return new NodeIO().setLogger(QUIET).registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'draco3d.encoder': await draco3d.createEncoderModule(),
    'draco3d.decoder': await draco3d.createDecoderModule(),
    'meshopt.encoder': MeshoptEncoder,
    'meshopt.decoder': MeshoptDecoder,
  });
}

/** The textured room as a glTF document (one material, one 2048² JPEG, unless `texture` is given). */
export async function roomDocument(options: { texture?: Uint8Array; mimeType?: string; scale?: number; zUp?: boolean } = {}): Promise<Document> {
  const { positions, uvs, indices } = roomTriangles(16, options.scale ?? 1);
  if (options.zUp) {
    for (let i = 0; i < positions.length; i += 3) [positions[i + 1], positions[i + 2]] = [-positions[i + 2]!, positions[i + 1]!];
  }
  const doc = new Document().setLogger(QUIET);
  const buffer = doc.createBuffer();
  const texture = doc.createTexture('wall').setImage(options.texture ?? (await wallTexture(2048, 'jpeg'))).setMimeType(options.mimeType ?? 'image/jpeg').setURI('wall.jpg');
  const material = doc.createMaterial('plaster').setBaseColorTexture(texture).setRoughnessFactor(1).setMetallicFactor(0);
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
    .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(uvs).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer))
    .setMaterial(material);
  doc.createScene('room').addChild(doc.createNode('room').setMesh(doc.createMesh('room').addPrimitive(prim)));
  return doc;
}

/** Writes a document as GLB, optionally Draco- or meshopt-compressed. */
export async function writeRoomGlb(path: string, doc: Document, compression?: 'draco' | 'meshopt'): Promise<string> {
  if (compression === 'draco') await doc.transform(draco());
  if (compression === 'meshopt') await doc.transform(meshopt({ encoder: MeshoptEncoder }));
  writeFileSync(path, await (await io()).writeBinary(doc));
  return path;
}

/** Every generated fixture, by name, as paths in `dir`. */
export interface ScanFixtures {
  glb: string;
  gltf: string;
  draco: string;
  meshopt: string;
  obj: string;
  points: string;
  splat: string;
}

/** Writes all fixtures into `dir` (a few seconds: the 2048² texture is the slow part). */
export async function writeScanFixtures(dir: string): Promise<ScanFixtures> {
  mkdirSync(dir, { recursive: true });
  const jpeg = await wallTexture(2048, 'jpeg');
  const glb = await writeRoomGlb(join(dir, 'room.glb'), await roomDocument({ texture: jpeg }));
  const draco = await writeRoomGlb(join(dir, 'room-draco.glb'), await roomDocument({ texture: jpeg }), 'draco');
  const meshoptFile = await writeRoomGlb(join(dir, 'room-meshopt.glb'), await roomDocument({ texture: jpeg }), 'meshopt');
  mkdirSync(join(dir, 'gltf'), { recursive: true });
  const gltf = join(dir, 'gltf', 'room.gltf');
  const png = await wallTexture(256, 'png');
  const doc = await roomDocument({ texture: png, mimeType: 'image/png' });
  doc.getRoot().listTextures()[0]!.setURI('wall.png');
  await (await io()).write(gltf, doc);
  return { glb, gltf, draco, meshopt: meshoptFile, obj: writeRoomObj(dir, png), ...writePlyFixtures(dir) };
}

/** The room as OBJ: quads (fan-triangulated by the reader), negative indices on the ceiling, two materials, a PNG texture. */
export function writeRoomObj(dir: string, texture: Uint8Array): string {
  const { positions, uvs, indices } = roomTriangles(4);
  const lines = ['# generated room', 'mtllib room.mtl', 'o room'];
  for (let i = 0; i < positions.length; i += 3) lines.push(`v ${positions[i]} ${positions[i + 1]} ${positions[i + 2]}`);
  for (let i = 0; i < uvs.length; i += 2) lines.push(`vt ${uvs[i]} ${1 - uvs[i + 1]!}`);
  const vertexCount = positions.length / 3;
  const perFace = indices.length / 6;
  for (let t = 0; t < indices.length; t += 6) {
    const face = Math.floor(t / perFace);
    if (t % perFace === 0) lines.push(face === 0 ? 'usemtl floor' : 'usemtl plaster');
    // Two triangles a, b, c / a, c, d of one quad → one quad face a b c d.
    const [a, b, c, , , d] = [indices[t]!, indices[t + 1]!, indices[t + 2]!, indices[t + 3]!, indices[t + 4]!, indices[t + 5]!];
    const ref = (v: number) => (face === 1 ? `${v - vertexCount}/${v - vertexCount}` : `${v + 1}/${v + 1}`);
    lines.push(`f ${ref(a)} ${ref(b)} ${ref(c)} ${ref(d)}`);
  }
  writeFileSync(join(dir, 'room.obj'), lines.join('\n') + '\n');
  writeFileSync(join(dir, 'room.mtl'), ['newmtl floor', 'Kd 0.6 0.5 0.4', '', 'newmtl plaster', 'Kd 1 1 1', 'map_Kd -s 1 1 1 textures\\wall.png', ''].join('\n'));
  mkdirSync(join(dir, 'textures'), { recursive: true });
  writeFileSync(join(dir, 'textures', 'wall.png'), texture);
  return join(dir, 'room.obj');
}

/** A binary little-endian PLY with the given float and uchar properties per row. */
export function binaryPly(rows: number, properties: readonly { name: string; type: 'float' | 'uchar'; value: (i: number) => number }[], comment = 'generated'): Uint8Array {
  const header = ['ply', 'format binary_little_endian 1.0', `comment ${comment}`, `element vertex ${rows}`, ...properties.map((p) => `property ${p.type} ${p.name}`), 'end_header', ''].join('\n');
  const head = new TextEncoder().encode(header);
  const stride = properties.reduce((n, p) => n + (p.type === 'float' ? 4 : 1), 0);
  const out = new Uint8Array(head.length + rows * stride);
  out.set(head);
  const view = new DataView(out.buffer, head.length);
  let at = 0;
  for (let i = 0; i < rows; i++) {
    for (const p of properties) {
      if (p.type === 'float') view.setFloat32(at, p.value(i), true);
      else view.setUint8(at, p.value(i));
      at += p.type === 'float' ? 4 : 1;
    }
  }
  return out;
}

/** A point on the room's surfaces for a given index (deterministic, spread over floor and walls). */
function surfacePoint(i: number): [number, number, number] {
  const [ox, oy, oz] = ROOM.origin;
  const [w, h, d] = ROOM.size;
  const r1 = ((i * 0.6180339887) % 1), r2 = ((i * 0.7548776662) % 1);
  switch (i % 4) {
    case 0: return [ox + r1 * w, oy, oz + r2 * d];
    case 1: return [ox + r1 * w, oy + r2 * h, oz];
    case 2: return [ox, oy + r2 * h, oz + r1 * d];
    default: return [ox + r1 * w, oy + h, oz + r2 * d];
  }
}

/** The point cloud (20 000 coloured points) and the splat (4 000 splats, SH degree 3, plus 3 broken and 2 invisible ones). */
function writePlyFixtures(dir: string): { points: string; splat: string } {
  const points = join(dir, 'points.ply');
  const n = 20_000;
  writeFileSync(points, binaryPly(n, [
    { name: 'x', type: 'float', value: (i) => surfacePoint(i)[0] },
    { name: 'y', type: 'float', value: (i) => surfacePoint(i)[1] },
    { name: 'z', type: 'float', value: (i) => surfacePoint(i)[2] },
    { name: 'red', type: 'uchar', value: (i) => (i * 37) % 256 },
    { name: 'green', type: 'uchar', value: (i) => (i * 11) % 256 },
    { name: 'blue', type: 'uchar', value: () => 200 },
  ]));
  const splat = join(dir, 'splat.ply');
  const count = 4_005;
  // Rows 4000–4002 are broken (NaN position, zero rotation, infinite scale); 4003–4004 are invisible.
  const broken = (i: number, name: string) => (i === 4000 && name === 'x') || (i === 4002 && name === 'scale_0');
  const props = [
    ...['x', 'y', 'z'].map((name, a) => ({ name, type: 'float' as const, value: (i: number) => (i === 4000 && a === 0 ? NaN : surfacePoint(i)[a]!) })),
    ...['nx', 'ny', 'nz'].map((name) => ({ name, type: 'float' as const, value: () => 0 })),
    ...[0, 1, 2].map((k) => ({ name: `f_dc_${k}`, type: 'float' as const, value: (i: number) => ((i * (k + 3)) % 17) / 10 - 0.8 })),
    ...Array.from({ length: 45 }, (_, k) => ({ name: `f_rest_${k}`, type: 'float' as const, value: (i: number) => (((i + k) % 7) - 3) / 30 })),
    { name: 'opacity', type: 'float' as const, value: (i: number) => (i >= 4003 ? -9 : ((i % 10) - 2) / 2) },
    ...[0, 1, 2].map((k) => ({ name: `scale_${k}`, type: 'float' as const, value: (i: number) => (broken(i, `scale_${k}`) ? Infinity : -3 - ((i + k) % 5) / 2) })),
    ...[0, 1, 2, 3].map((k) => ({ name: `rot_${k}`, type: 'float' as const, value: (i: number) => (i === 4001 ? 0 : k === 0 ? 1 : ((i * (k + 1)) % 5) / 10) })),
  ];
  writeFileSync(splat, binaryPly(count, props, 'generated 3DGS splat'));
  return { points, splat };
}

/** Runs `scan:import` in-process (as the CLI would); returns the exit code, the parsed last stdout line and stderr. */
export async function runImport(...argv: string[]): Promise<{ code: number; report: ScanImportReport | null; stdout: string[]; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await scanImportMain(argv, (l) => stdout.push(l), (l) => stderr.push(l));
  return { code, report: code === 0 ? (JSON.parse(stdout.at(-1)!) as ScanImportReport) : null, stdout, stderr: stderr.join('\n') };
}
