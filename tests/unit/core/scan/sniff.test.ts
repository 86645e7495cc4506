import { describe, expect, it } from 'vitest';
import { sniffScanFile } from '../../../../src/core/scan/index.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffScanFile', () => {
  it('recognises each scan format by its first bytes, whatever the file is called', () => {
    expect(sniffScanFile(Uint8Array.from([0x67, 0x6c, 0x54, 0x46, 2, 0, 0, 0]))).toEqual({ ok: true, kind: 'glb' });
    expect(sniffScanFile(bytes('ply\nformat ascii 1.0\n'))).toEqual({ ok: true, kind: 'ply' });
    expect(sniffScanFile(bytes('ply\r\nformat ascii 1.0\r\n'))).toEqual({ ok: true, kind: 'ply' });
    expect(sniffScanFile(bytes('\uFEFF  {"asset": {"version": "2.0"}, "scenes": []}'))).toEqual({ ok: true, kind: 'gltf' });
    expect(sniffScanFile(bytes('# Blender OBJ\nmtllib a.mtl\no Cube\nv 1 2 3\nv 4 5 6\nvt 0 0\nf 1 2 3\n'))).toEqual({ ok: true, kind: 'obj' });
    expect(sniffScanFile(Uint8Array.from([0x1f, 0x8b, 8, 0]))).toEqual({ ok: true, kind: 'spz' });
  });

  it('names what a file is when it is not a scan', () => {
    const zip = sniffScanFile(bytes('PK\u0003\u0004rest'));
    expect(zip.ok).toBe(false);
    expect(!zip.ok && zip.message).toMatch(/ZIP archive/);
    const fbx = sniffScanFile(bytes('Kaydara FBX Binary  \u0000'));
    expect(!fbx.ok && fbx.message).toMatch(/FBX/);
    const json = sniffScanFile(bytes('{"id": "demo-museum", "floors": []}'));
    expect(!json.ok && json.message).toMatch(/not a glTF document/);
    const text = sniffScanFile(bytes('hello world\nthis is a letter\n'));
    expect(!text.ok && text.message).toMatch(/text file that starts "hello world/);
    const binary = sniffScanFile(Uint8Array.from([1, 2, 3, 0, 5]));
    expect(!binary.ok && binary.message).toMatch(/bytes 01 02 03 00 05/);
    expect(sniffScanFile(new Uint8Array(0))).toEqual({ ok: false, message: 'the file is empty' });
  });
});
