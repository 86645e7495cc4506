import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gltfJsonText, gltfUsesExtension } from '../../../src/render/scan-decoders.ts';

/** A minimal GLB: header, then one JSON chunk holding `json`. */
function glb(json: string): ArrayBuffer {
  const text = new TextEncoder().encode(json.padEnd(Math.ceil(json.length / 4) * 4, ' '));
  const bytes = new Uint8Array(20 + text.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x46546c67, true); // "glTF"
  view.setUint32(4, 2, true);
  view.setUint32(8, bytes.length, true);
  view.setUint32(12, text.length, true);
  view.setUint32(16, 0x4e4f534a, true); // "JSON"
  bytes.set(text, 20);
  return bytes.buffer;
}

describe('which decoders a scan needs', () => {
  it('reads the JSON chunk of a GLB', () => {
    const json = gltfJsonText(glb('{"extensionsUsed":["EXT_meshopt_compression"]}'));
    expect(gltfUsesExtension(json, 'EXT_meshopt_compression')).toBe(true);
    expect(gltfUsesExtension(json, 'KHR_draco_mesh_compression')).toBe(false);
  });

  it('reads a .gltf text file, even with a byte-order mark and leading whitespace', () => {
    const bytes = new TextEncoder().encode('\uFEFF\n  {"extensionsRequired":["KHR_texture_basisu"]}');
    expect(gltfUsesExtension(gltfJsonText(bytes.buffer), 'KHR_texture_basisu')).toBe(true);
  });

  it('finds no extension in bytes that are not glTF, leaving the error to the loader', () => {
    expect(gltfJsonText(new TextEncoder().encode('this is not a glTF binary at all').buffer)).toBe('');
    expect(gltfJsonText(new ArrayBuffer(0))).toBe('');
  });

  it('the demo museum’s scan needs no optional decoder', () => {
    const file = readFileSync(new URL('../../../scenes/demo-museum/scan.glb', import.meta.url));
    const json = gltfJsonText(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
    expect(json).toContain('"asset"');
    for (const name of ['KHR_draco_mesh_compression', 'EXT_meshopt_compression', 'KHR_texture_basisu']) expect(gltfUsesExtension(json, name)).toBe(false);
  });
});
