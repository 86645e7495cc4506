import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { runTool } from '../../helpers/run-tool.ts';
import { binaryPly, roomDocument, runImport, wallTexture, writeRoomGlb, writeRoomObj } from '../../helpers/scan-fixtures.ts';

/**
 * Bad input gets a clear message naming the file and what is wrong, exit code 1
 * (2 for usage), and no venue is written; recoverable problems (a missing
 * texture) are warnings and the import goes on.
 */
let work: string;
let small: Uint8Array;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'scan-import-errors-'));
  small = await wallTexture(64, 'png');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
};
const venue = (name: string) => join(work, 'venues', name);
const smallRoom = (options: { scale?: number; zUp?: boolean } = {}) => roomDocument({ texture: small, mimeType: 'image/png', ...options });

describe('scan:import refuses damaged files with a message naming them', () => {
  it('corrupt GLB: a file cut short, and a chunk longer than the file', async () => {
    const good = readFileSync(await writeRoomGlb(join(work, 'good.glb'), await smallRoom()));
    const cut = file('cut.glb', good.subarray(0, good.length - 100));
    const r1 = await runImport(cut, venue('cut'));
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(new RegExp(`${cut}: corrupt GLB: the header says the file has ${good.length} bytes, but it has ${good.length - 100}`));
    const long = new Uint8Array(good);
    const jsonLength = new DataView(long.buffer).getUint32(12, true);
    new DataView(long.buffer).setUint32(20 + jsonLength, good.length, true);
    const r2 = await runImport(file('long-chunk.glb', long), venue('long'));
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/long-chunk\.glb: corrupt GLB: the BIN chunk says it has \d+ bytes, but only \d+ remain/);
    expect(existsSync(venue('cut'))).toBe(false);
    expect(existsSync(venue('long'))).toBe(false);
  });

  it('PLY: a truncated header and a truncated body', async () => {
    const r1 = await runImport(file('header.ply', 'ply\nformat binary_little_endian 1.0\nelement vertex 10\nproperty float x\n'), venue('header'));
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/header\.ply: PLY header truncated/);
    const whole = binaryPly(1000, ['x', 'y', 'z'].map((name) => ({ name, type: 'float' as const, value: (i: number) => i / 100 })));
    const r2 = await runImport(file('body.ply', whole.subarray(0, whole.length - 500)), venue('body'));
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/body\.ply: PLY body truncated: the header promises 1000 "vertex" rows/);
  });

  it('a .gltf whose .bin is missing, an OBJ with a broken index, a file that is not a scan', async () => {
    mkdirSync(join(work, 'nobin'), { recursive: true });
    writeFileSync(join(work, 'nobin', 'room.gltf'), JSON.stringify({ asset: { version: '2.0' }, buffers: [{ uri: 'room.bin', byteLength: 12 }] }));
    const r1 = await runImport(join(work, 'nobin', 'room.gltf'), venue('nobin'));
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/room\.gltf: its geometry file "room\.bin" \(buffer 0\) is missing/);
    const r2 = await runImport(file('bad.obj', 'v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 0\n'), venue('bad-obj'));
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/bad\.obj: OBJ line 4: "0" is not a valid vertex index/);
    const r3 = await runImport(file('scan.glb', 'PK\u0003\u0004 a zip'), venue('zip'));
    expect(r3.code).toBe(1);
    expect(r3.stderr).toMatch(/scan\.glb: cannot be imported: it is a ZIP archive/);
  });

  it('a texture larger than 16384 px is refused; an undecodable one is dropped with a warning', async () => {
    const huge = new Uint8Array(await sharp({ create: { width: 16385, height: 4, channels: 3, background: '#888' } }).png().toBuffer());
    const r1 = await runImport(await writeRoomGlb(join(work, 'huge.glb'), await roomDocument({ texture: huge, mimeType: 'image/png' })), venue('huge'));
    expect(r1.code).toBe(1);
    expect(r1.stderr).toMatch(/huge\.glb: texture "wall" is 16385 × 4 px; the importer accepts at most 16384 px a side/);
    const broken = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5, 6, 7, 8]);
    const r2 = await runImport(await writeRoomGlb(join(work, 'broken-texture.glb'), await roomDocument({ texture: broken, mimeType: 'image/png' })), venue('broken-texture'));
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.report!.warnings).toEqual([expect.stringMatching(/broken-texture\.glb: texture "wall" cannot be decoded .*; it is dropped/)]);
  });

  it('an OBJ whose material library or texture is missing imports with a warning', async () => {
    const dir = join(work, 'obj-missing');
    mkdirSync(dir, { recursive: true });
    const obj = writeRoomObj(dir, small);
    rmSync(join(dir, 'textures'), { recursive: true });
    const r1 = await runImport(obj, venue('obj-no-texture'));
    expect(r1.code, r1.stderr).toBe(0);
    expect(r1.report!.warnings).toEqual([expect.stringMatching(/room\.obj: texture "textures\/wall\.png" is missing; the scan is imported without it/)]);
    rmSync(join(dir, 'room.mtl'));
    const r2 = await runImport(obj, venue('obj-no-mtl'));
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.report!.warnings).toEqual([expect.stringMatching(/material library "room\.mtl" is missing/)]);
  });
});

describe('scan:import checks units and orientation', () => {
  it('refuses a scan in millimetres and suggests --scale 0.001; imports it with that scale', async () => {
    const mm = await writeRoomGlb(join(work, 'mm.glb'), await smallRoom({ scale: 1000 }));
    const refused = await runImport(mm, venue('mm'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/mm\.glb: the scan is 12 km across at its largest .*it looks like it is in millimetres: run again with --scale 0\.001/);
    expect(existsSync(venue('mm'))).toBe(false);
    const scaled = await runImport(mm, venue('mm'), '--scale', '0.001');
    expect(scaled.code, scaled.stderr).toBe(0);
    expect(scaled.report!.placement.size).toEqual([12, 4, 8]);
  });

  it('refuses a scan 1.2 cm across and suggests scaling it up', async () => {
    const tiny = await runImport(await writeRoomGlb(join(work, 'tiny.glb'), await smallRoom({ scale: 0.001 })), venue('tiny'));
    expect(tiny.code).toBe(1);
    expect(tiny.stderr).toMatch(/the scan is 1\.2 cm across at its largest.*--scale 1000/);
  });

  it('warns that a Z-up scan looks Z-up, and stands it upright with --up z', async () => {
    const zUp = await writeRoomGlb(join(work, 'zup.glb'), await smallRoom({ zUp: true }));
    const lying = await runImport(zUp, venue('zup-lying'));
    expect(lying.code, lying.stderr).toBe(0);
    expect(lying.report!.warnings).toEqual([expect.stringMatching(/zup\.glb: the scan looks Z-up .*run again with --up z/)]);
    const upright = await runImport(zUp, venue('zup'), '--up', 'z');
    expect(upright.code, upright.stderr).toBe(0);
    expect(upright.report!.warnings).toEqual([]);
    expect(upright.report!.placement.size).toEqual([12, 4, 8]);
  });
});

describe('scan:import usage', () => {
  it('exits 2 for missing arguments, bad options and a venue folder that cannot be an id', async () => {
    expect((await runImport()).code).toBe(2);
    const badUp = await runImport('a.glb', venue('x'), '--up', 'x');
    expect(badUp.code).toBe(2);
    expect(badUp.stderr).toMatch(/--up must be y or z, got "x"/);
    expect((await runImport('a.glb', venue('x'), '--scale', '-1')).stderr).toMatch(/--scale must be a positive number/);
    expect((await runImport('a.glb', venue('x'), '--texture-size', '8192')).code).toBe(2);
    const badId = await runImport(file('ok.obj', 'v 0 0 0\n'), join(work, 'My Museum'));
    expect(badId.code).toBe(2);
    expect(badId.stderr).toMatch(/venue folder's name "My Museum" .* \(e\.g\. "my-museum"\)/);
  });

  it('runs as a CLI: progress on stderr, the last stdout line is the JSON result; exit 1 for a missing file', () => {
    const dir = join(work, 'cli');
    mkdirSync(dir, { recursive: true });
    const obj = writeRoomObj(dir, small);
    const ok = runTool('scan-import.ts', [obj, venue('cli-obj')]);
    expect(ok.code, ok.stderr).toBe(0);
    const last = JSON.parse(ok.stdout.trim().split('\n').at(-1)!);
    expect(Object.keys(last)).toEqual(expect.arrayContaining(['input', 'output', 'format', 'files', 'warnings']));
    expect(last.format).toBe('gltf');
    expect(ok.stderr).toMatch(/^read .*room\.obj: OBJ mesh/m);
    const missing = runTool('scan-import.ts', [join(work, 'nope.glb'), venue('nope')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.glb: no such file/);
    expect(missing.stdout).toBe('');
  });
});
