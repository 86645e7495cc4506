import { describe, expect, it } from 'vitest';
import { checkGlbContainer, ScanFormatError } from '../../../../src/core/scan/index.ts';

/** A GLB with the given JSON and binary chunk, every length correct. */
function glb(json: string, bin?: Uint8Array): Uint8Array {
  const jsonBytes = new TextEncoder().encode(json.padEnd(Math.ceil(json.length / 4) * 4, ' '));
  const binLength = bin ? Math.ceil(bin.length / 4) * 4 : 0;
  const total = 12 + 8 + jsonBytes.length + (bin ? 8 + binLength : 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonBytes.length, true);
  view.setUint32(16, 0x4e4f534a, true);
  out.set(jsonBytes, 20);
  if (bin) {
    view.setUint32(20 + jsonBytes.length, binLength, true);
    view.setUint32(24 + jsonBytes.length, 0x004e4942, true);
    out.set(bin, 28 + jsonBytes.length);
  }
  return out;
}

describe('checkGlbContainer', () => {
  it('finds the JSON and BIN chunks of a well-formed GLB', () => {
    const file = glb('{"asset":{"version":"2.0"}}', new Uint8Array(10));
    const chunks = checkGlbContainer(file);
    expect(chunks.json).toEqual({ offset: 20, length: 28 });
    expect(chunks.bin).toEqual({ offset: 56, length: 12 });
  });

  it('says the file was cut short when the header promises more bytes than there are', () => {
    const file = glb('{"asset":{"version":"2.0"}}', new Uint8Array(100));
    expect(() => checkGlbContainer(file.subarray(0, 80))).toThrow(/header says the file has 156 bytes, but it has 80/);
  });

  it('names the chunk whose length runs past the end', () => {
    const file = glb('{"asset":{"version":"2.0"}}', new Uint8Array(16));
    // Claim a BIN chunk twice as long as it is.
    new DataView(file.buffer).setUint32(48, 32, true);
    expect(() => checkGlbContainer(file)).toThrow(ScanFormatError);
    expect(() => checkGlbContainer(file)).toThrow(/the BIN chunk says it has 32 bytes, but only 16 remain/);
  });

  it('refuses other GLB versions and a first chunk that is not JSON', () => {
    const v1 = glb('{}');
    new DataView(v1.buffer).setUint32(4, 1, true);
    expect(() => checkGlbContainer(v1)).toThrow(/version 1/);
    const binFirst = glb('{}');
    new DataView(binFirst.buffer).setUint32(16, 0x004e4942, true);
    expect(() => checkGlbContainer(binFirst)).toThrow(/first chunk must be the JSON chunk/);
    expect(() => checkGlbContainer(new Uint8Array(12))).toThrow(/only 12 bytes/);
  });
});
