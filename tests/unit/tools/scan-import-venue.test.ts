import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getBounds } from '@gltf-transform/functions';
import { scanIO } from '../../../tools/lib/scan/gltf-io.ts';
import { venueBoundsFromBox, type TileJson, type TilesetJson } from '../../../tools/lib/scan/tileset-json.ts';
import { commitScan } from '../../../tools/lib/scan/venue-commit.ts';
import { validateBundle } from '../../../tools/venue-validate.ts';
import { fixturePath } from '../../helpers/fixtures.ts';
import { roomDocument, runImport, wallTexture, writeRoomGlb } from '../../helpers/scan-fixtures.ts';

/**
 * An existing venue keeps everything but its scan, and is never left half
 * written; a large mesh becomes a valid 3D Tiles tileset.
 */
let work: string;
let roomGlb: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'scan-import-venue-'));
  roomGlb = await writeRoomGlb(join(work, 'room.glb'), await roomDocument({ texture: await wallTexture(512, 'jpeg') }));
}, 30_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the tiny-gallery fixture venue in a fresh folder of the same name. */
function tinyGallery(edit: (scene: Record<string, unknown>) => void = () => {}): string {
  const dir = join(mkdtempSync(join(work, 'v-')), 'tiny-gallery');
  cpSync(fixturePath('venues', 'tiny-gallery'), dir, { recursive: true });
  const scene = JSON.parse(readFileSync(join(dir, 'scene.json'), 'utf8')) as Record<string, unknown>;
  edit(scene);
  writeFileSync(join(dir, 'scene.json'), JSON.stringify(scene, null, 2) + '\n');
  return dir;
}

describe('scan:import into an existing venue', () => {
  it('replaces only "scan": every other field, unknown ones and their order included, stays as it was', async () => {
    const dir = tinyGallery((scene) => {
      scene.scan = { uri: 'old-scan.glb', format: 'gltf', transform: { position: [1, 0, 0] } };
      scene.curatorNote = 'kept';
    });
    cpSync(join(dir, 'scan.glb'), join(dir, 'old-scan.glb'));
    rmSync(join(dir, 'scan.glb'));
    const before = JSON.parse(readFileSync(join(dir, 'scene.json'), 'utf8')) as Record<string, unknown>;
    const { code, report, stderr } = await runImport(roomGlb, dir, '--keep-origin', '--scale', '1');
    expect(code, stderr).toBe(0);
    expect(report!.venue.created).toBe(false);
    expect(report!.removed).toEqual(['old-scan.glb']);
    const after = JSON.parse(readFileSync(join(dir, 'scene.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after.scan).toEqual({ uri: 'scan.glb', format: 'gltf' });
    expect({ ...after, scan: null }).toEqual({ ...before, scan: null });
    expect(existsSync(join(dir, 'old-scan.glb'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('.scan-import'))).toEqual([]);
    // The venue reports the unknown field as a warning, as before; no errors.
    expect((await validateBundle(dir)).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('warns when the centred scan does not cover the rooms, naming --keep-origin', async () => {
    const dir = tinyGallery();
    const { code, report } = await runImport(roomGlb, dir);
    expect(code).toBe(0);
    expect(report!.warnings).toEqual([expect.stringMatching(/the scan now covers x -6\.0…6\.0, z -4\.0…4\.0 m, but the venue's rooms cover x 0\.0…14\.0, z 0\.0…8\.0 m; .*--keep-origin/)]);
  });

  it('refuses, changing nothing, when the venue already has errors', async () => {
    const dir = tinyGallery((scene) => {
      (scene.rooms as { floor: string }[])[0]!.floor = 'no-such-floor';
    });
    const sceneBefore = readFileSync(join(dir, 'scene.json'));
    const scanBefore = readFileSync(join(dir, 'scan.glb'));
    const { code, stderr } = await runImport(roomGlb, dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/scene\.json: the venue has problems, so its scan is not replaced \(nothing was changed\):\n {2}rooms\[0\]\.floor: unknown floor "no-such-floor"/);
    expect(readFileSync(join(dir, 'scene.json'))).toEqual(sceneBefore);
    expect(readFileSync(join(dir, 'scan.glb'))).toEqual(scanBefore);
  });

  it('puts everything back when replacing scene.json fails half-way', async () => {
    const dir = join(work, 'rollback', 'venue');
    mkdirSync(join(dir, 'scene.json', 'in-the-way'), { recursive: true });
    writeFileSync(join(dir, 'scan.glb'), 'old scan');
    await expect(commitScan(dir, [{ path: 'scan.glb', bytes: new TextEncoder().encode('new scan') }], '{}', undefined)).rejects.toThrow();
    expect(readFileSync(join(dir, 'scan.glb'), 'utf8')).toBe('old scan');
    expect(readdirSync(dir).sort()).toEqual(['scan.glb', 'scene.json']);
  });

  it('refuses a scene.json that is not JSON', async () => {
    const dir = join(work, 'broken', 'broken-json');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'scene.json'), '{ "id": ');
    const { code, stderr } = await runImport(roomGlb, dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/scene\.json: is not valid JSON/);
  });
});

/** Every tile of a tileset, depth first. */
function tiles(tile: TileJson): TileJson[] {
  return [tile, ...(tile.children ?? []).flatMap(tiles)];
}

describe('scan:import cuts large meshes into 3D Tiles', () => {
  it('writes tileset.json and GLB tiles whose content lies inside their bounding boxes, with errors shrinking to 0 at the leaves', async () => {
    const dir = join(work, 'tiled', 'tiled-room');
    const { code, report, stderr } = await runImport(roomGlb, dir, '--tile-above', '0', '--tile-triangles', '100', '--simplify-error', '0');
    expect(code, stderr).toBe(0);
    expect(report!.format).toBe('3dtiles');
    expect(report!.scan).toEqual({ uri: 'scan/tileset.json', format: '3dtiles' });
    expect(report!.output.triangles).toBe(3072);
    const tileset = JSON.parse(readFileSync(join(dir, 'scan', 'tileset.json'), 'utf8')) as TilesetJson;
    expect(tileset.asset.version).toBe('1.1');
    const all = tiles(tileset.root);
    expect(all.length).toBe(report!.output.tiles);
    expect(all.length).toBeGreaterThan(5);
    expect(report!.files.sort()).toEqual([...all.map((t) => `scan/${t.content!.uri}`), 'scan/tileset.json'].sort());
    const io = await scanIO();
    let leafTriangles = 0;
    for (const tile of all) {
      expect(tile.boundingVolume.box).toHaveLength(12);
      const doc = await io.read(join(dir, 'scan', tile.content!.uri));
      const bounds = getBounds(doc.getRoot().listScenes()[0]!);
      const box = venueBoundsFromBox(tile.boundingVolume.box);
      for (let a = 0; a < 3; a++) {
        expect(bounds.min[a]!).toBeGreaterThanOrEqual(box[a]! - 0.01);
        expect(bounds.max[a]!).toBeLessThanOrEqual(box[a + 3]! + 0.01);
      }
      if (!tile.children) {
        expect(tile.geometricError).toBe(0);
        leafTriangles += doc.getRoot().listMeshes().flatMap((m) => m.listPrimitives()).reduce((n, p) => n + p.getIndices()!.getCount() / 3, 0);
      } else {
        for (const child of tile.children) expect(tile.geometricError).toBeGreaterThan(child.geometricError);
      }
    }
    expect(leafTriangles).toBe(3072);
    expect(tileset.geometricError).toBeGreaterThan(tileset.root.geometricError);
    expect((await validateBundle(dir)).problems).toEqual([]);

    // Importing again over the tiled venue swaps the tiles folder, and going back to one GLB removes the tiles.
    const again = await runImport(roomGlb, dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.report!.format).toBe('gltf');
    expect(again.report!.removed).toContain('scan/tileset.json');
    expect(existsSync(join(dir, 'scan'))).toBe(false);
  });

  it('will not sweep away a folder called "scan" that is not the venue\'s tiles', async () => {
    const dir = join(work, 'tiled', 'foreign-folder');
    mkdirSync(join(dir, 'scan'), { recursive: true });
    writeFileSync(join(dir, 'scan', 'raw-notes.txt'), 'mine');
    const { code, stderr } = await runImport(roomGlb, dir, '--tile-above', '0', '--tile-triangles', '500');
    expect(code).toBe(1);
    expect(stderr).toMatch(/scan\/ already exists and is not the venue's tiled scan/);
    expect(readFileSync(join(dir, 'scan', 'raw-notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(dir, 'scene.json'))).toBe(false);
  });
});
