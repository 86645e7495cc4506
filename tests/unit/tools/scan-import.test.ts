import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Primitive } from '@gltf-transform/core';
import { scanIO } from '../../../tools/lib/scan/gltf-io.ts';
import { parsePlyHeader, readPlyBody } from '../../../src/core/scan/index.ts';
import { validateBundle } from '../../../tools/venue-validate.ts';
import { ROOM, runImport, writeScanFixtures, type ScanFixtures } from '../../helpers/scan-fixtures.ts';

/**
 * `npm run scan:import` on every generated fixture: each produces a venue that
 * validates, with the scan centred, optimized and in the right format.
 */
let work: string;
let fixtures: ScanFixtures;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'scan-import-'));
  fixtures = await writeScanFixtures(join(work, 'in'));
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bounds of everything a GLB draws, after decoding (meshopt, quantization and node transforms applied). */
async function glbBounds(path: string): Promise<{ min: number[]; max: number[]; modes: Set<number>; extensions: string[]; mimeTypes: string[] }> {
  const doc = await (await scanIO()).read(path);
  const { getBounds } = await import('@gltf-transform/functions');
  const bounds = getBounds(doc.getRoot().getDefaultScene() ?? doc.getRoot().listScenes()[0]!);
  const modes = new Set(doc.getRoot().listMeshes().flatMap((m) => m.listPrimitives().map((p) => p.getMode())));
  return { ...bounds, modes, extensions: doc.getRoot().listExtensionsUsed().map((e) => e.extensionName).sort(), mimeTypes: doc.getRoot().listTextures().map((t) => t.getMimeType()) };
}

function expectCentred(min: number[], max: number[], tolerance = 0.05): void {
  expect(Math.abs(min[0]! + max[0]!) / 2).toBeLessThan(tolerance);
  expect(Math.abs(min[2]! + max[2]!) / 2).toBeLessThan(tolerance);
}

describe('npm run scan:import on generated fixtures', () => {
  it('makes a textured GLB tour-ready: a valid new venue, centred, WebP textures, meshopt, at most 35 % of the bytes', async () => {
    const venue = join(work, 'out', 'room-glb');
    const { code, report, stderr } = await runImport(fixtures.glb, venue);
    expect(code, stderr).toBe(0);
    expect(report!.format).toBe('gltf');
    expect(report!.scan).toEqual({ uri: 'scan.glb', format: 'gltf' });
    expect(report!.files).toEqual(['scan.glb']);
    expect(report!.input).toMatchObject({ kind: 'glb mesh', bytes: statSync(fixtures.glb).size, triangles: 3072 });
    expect(report!.output.bytes).toBe(statSync(join(venue, 'scan.glb')).size);
    expect(report!.output.bytes / report!.input.bytes).toBeLessThanOrEqual(0.35);
    // The flat walls of the room need far fewer triangles than the 16 × 16 grid they came as.
    expect(report!.output.triangles).toBeLessThan(3072);
    expect(report!.placement.size).toEqual([12, 4, 8]);
    expect(report!.placement.offset).toEqual([-(ROOM.origin[0] + 6), -ROOM.origin[1], -(ROOM.origin[2] + 4)]);

    const glb = await glbBounds(join(venue, 'scan.glb'));
    expect(glb.extensions).toEqual(['EXT_meshopt_compression', 'EXT_texture_webp', 'KHR_mesh_quantization']);
    expect(glb.mimeTypes).toEqual(['image/webp']);
    expectCentred(glb.min, glb.max);
    expect(glb.min[1]).toBeCloseTo(0, 2);
    expect(glb.max[1]).toBeCloseTo(4, 2);

    const { problems, summary } = await validateBundle(venue);
    expect(problems).toEqual([]);
    expect(summary).toBe('room-glb: 1 floor, 1 room, 0 hotspots, 0 beacons, 0 nav nodes, 0 tours');
    const scene = JSON.parse(readFileSync(join(venue, 'scene.json'), 'utf8'));
    expect(scene.title).toEqual({ en: 'room' });
    expect(scene.floors).toEqual([{ id: 'floor-0', name: { en: 'Ground floor' }, elevation: 0, height: 4 }]);
    expect(scene.rooms[0].outline).toEqual([[-6, -4], [6, -4], [6, 4], [-6, 4]]);
  });

  it('reads a .gltf with its .bin and PNG beside it, and Draco- and meshopt-compressed GLBs, to the same building', async () => {
    for (const [name, file, kind] of [['room-gltf', fixtures.gltf, 'gltf mesh'], ['room-draco', fixtures.draco, 'glb mesh'], ['room-meshopt', fixtures.meshopt, 'glb mesh']] as const) {
      const venue = join(work, 'out', name);
      const { code, report, stderr } = await runImport(file, venue);
      expect(code, `${name}: ${stderr}`).toBe(0);
      expect(report!.input.kind).toBe(kind);
      expect(report!.input.triangles).toBe(3072);
      expect(report!.placement.size.map((v) => Math.round(v * 100) / 100)).toEqual([12, 4, 8]);
      expect((await validateBundle(venue)).problems).toEqual([]);
    }
    // The .gltf's bytes include its .bin and PNG.
    const gltfReport = (await runImport(fixtures.gltf, join(work, 'out', 'room-gltf-again'))).report!;
    const dir = join(work, 'in', 'gltf');
    expect(gltfReport.input.bytes).toBe(['room.gltf', 'room.bin', 'wall.png'].reduce((n, f) => n + statSync(join(dir, f)).size, 0));
  });

  it('reads an OBJ with its MTL and texture (quads, negative indices, two materials)', async () => {
    const venue = join(work, 'out', 'room-obj');
    const { code, report, stderr } = await runImport(fixtures.obj, venue);
    expect(code, stderr).toBe(0);
    // 6 faces × 16 quads × 2 triangles.
    expect(report!.input).toMatchObject({ kind: 'obj mesh', triangles: 192 });
    expect(report!.warnings).toEqual([]);
    const doc = await (await scanIO()).read(join(venue, 'scan.glb'));
    const materials = doc.getRoot().listMaterials();
    expect(materials.map((m) => m.getName()).sort()).toEqual(['floor', 'plaster']);
    expect(materials.find((m) => m.getName() === 'plaster')!.getBaseColorTexture()?.getMimeType()).toBe('image/webp');
    expect(materials.find((m) => m.getName() === 'floor')!.getBaseColorFactor().slice(0, 3).map((v) => Math.round(v * 10) / 10)).toEqual([0.6, 0.5, 0.4]);
    expect((await validateBundle(venue)).problems).toEqual([]);
  });

  it('turns a PLY point cloud into a POINTS glb with colours (format "points")', async () => {
    const venue = join(work, 'out', 'points');
    const { code, report, stderr } = await runImport(fixtures.points, venue);
    expect(code, stderr).toBe(0);
    expect(report!.format).toBe('points');
    expect(report!.input).toMatchObject({ kind: 'ply points', points: 20_000 });
    expect(report!.output.points).toBe(20_000);
    const glb = await glbBounds(join(venue, 'scan.glb'));
    expect([...glb.modes]).toEqual([Primitive.Mode.POINTS]);
    expect(glb.extensions).toEqual(['EXT_meshopt_compression', 'KHR_mesh_quantization']);
    expectCentred(glb.min, glb.max, 0.1);
    const doc = await (await scanIO()).read(join(venue, 'scan.glb'));
    expect(doc.getRoot().listMeshes()[0]!.listPrimitives()[0]!.getAttribute('COLOR_0')).not.toBeNull();
    expect((await validateBundle(venue)).problems).toEqual([]);
  });

  it('keeps a PLY splat as a cleaned, centred splat PLY (format "splat")', async () => {
    const venue = join(work, 'out', 'splat');
    const { code, report, stderr } = await runImport(fixtures.splat, venue, '--splat-sh', '1');
    expect(code, stderr).toBe(0);
    expect(report!.format).toBe('splat');
    expect(report!.scan).toEqual({ uri: 'scan.ply', format: 'splat' });
    // 3 broken and 2 invisible splats are dropped.
    expect(report!.output.splats).toBe(4_000);
    const bytes = new Uint8Array(readFileSync(join(venue, 'scan.ply')));
    const header = parsePlyHeader(bytes);
    const names = header.elements[0]!.properties.map((p) => p.name);
    expect(names.filter((n) => n.startsWith('f_rest_'))).toHaveLength(9);
    const [vertex] = readPlyBody(bytes, header);
    const x = vertex!.scalars.get('x')!;
    expect(Math.max(...x) + Math.min(...x)).toBeLessThan(0.2);
    expect(Math.min(...vertex!.scalars.get('y')!)).toBeCloseTo(0, 1);
    // Sorted most visible first.
    const weight = (i: number) => 1 / (1 + Math.exp(-vertex!.scalars.get('opacity')![i]!)) * Math.exp(['scale_0', 'scale_1', 'scale_2'].reduce((s, n) => s + vertex!.scalars.get(n)![i]!, 0));
    expect(weight(0)).toBeGreaterThanOrEqual(weight(1));
    expect(weight(100)).toBeGreaterThanOrEqual(weight(3000));
    expect((await validateBundle(venue)).problems).toEqual([]);
  });
});
