import { describe, expect, it } from 'vitest';
import { classifyPly, parsePlyHeader, readPlyBody, ScanFormatError } from '../../../../src/core/scan/index.ts';

const text = (s: string) => new TextEncoder().encode(s);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Two vertices (float x y z, uchar red) and one quad face, binary in the given byte order. */
function binaryQuad(little: boolean): Uint8Array {
  const header = text(`ply\nformat binary_${little ? 'little' : 'big'}_endian 1.0\ncomment made by a test\nelement vertex 4\nproperty float x\nproperty float y\nproperty float z\nproperty uchar red\nelement face 1\nproperty list uchar int vertex_indices\nend_header\n`);
  const body = new Uint8Array(4 * 13 + 1 + 16);
  const view = new DataView(body.buffer);
  [[0, 0, 0], [1, 0, 0], [1, 0, 1], [0, 0, 1]].forEach((p, i) => {
    p.forEach((v, a) => view.setFloat32(i * 13 + a * 4, v + 0.5, little));
    view.setUint8(i * 13 + 12, 10 * i);
  });
  view.setUint8(52, 4);
  [0, 1, 2, 3].forEach((v, k) => view.setInt32(53 + k * 4, v, little));
  return concat(header, body);
}

describe('parsePlyHeader', () => {
  it('reads the format, elements, properties and comments', () => {
    const header = parsePlyHeader(binaryQuad(true));
    expect(header.format).toBe('binary_little_endian');
    expect(header.comments).toEqual(['made by a test']);
    expect(header.elements.map((e) => [e.name, e.count, e.properties.length])).toEqual([['vertex', 4, 4], ['face', 1, 1]]);
    expect(header.elements[1]!.properties[0]).toEqual({ name: 'vertex_indices', kind: 'list', countType: 'uint8', itemType: 'int32' });
    expect(header.elements[0]!.properties[3]).toEqual({ name: 'red', kind: 'scalar', type: 'uint8' });
  });

  it('says the header is truncated when end_header never comes', () => {
    expect(() => parsePlyHeader(text('ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\n'))).toThrow(/PLY header truncated: the file ends \(after \d+ bytes\) before "end_header"/);
  });

  it('names the line of an unknown type or keyword', () => {
    expect(() => parsePlyHeader(text('ply\nformat ascii 1.0\nelement vertex 1\nproperty float128 x\nend_header\n'))).toThrow(/line 4: unknown property type "float128"/);
    expect(() => parsePlyHeader(text('ply\nformat ascii 1.0\nbanana\nend_header\n'))).toThrow(/line 3: unknown keyword "banana"/);
    expect(() => parsePlyHeader(text('ply\nformat zip 1.0\nend_header\n'))).toThrow(/unknown format "zip"/);
  });
});

describe('readPlyBody', () => {
  it('reads little- and big-endian binary bodies to the same columns and lists', () => {
    for (const little of [true, false]) {
      const bytes = binaryQuad(little);
      const [vertex, face] = readPlyBody(bytes, parsePlyHeader(bytes));
      expect(Array.from(vertex!.scalars.get('x')!)).toEqual([0.5, 1.5, 1.5, 0.5]);
      expect(Array.from(vertex!.scalars.get('red')!)).toEqual([0, 10, 20, 30]);
      expect(Array.from(face!.lists.get('vertex_indices')!.counts)).toEqual([4]);
      expect(Array.from(face!.lists.get('vertex_indices')!.items)).toEqual([0, 1, 2, 3]);
    }
  });

  it('reads an ascii body, keeping doubles as Float64Array', () => {
    const bytes = text('ply\nformat ascii 1.0\nelement vertex 2\nproperty double x\nproperty float y\nproperty float z\nend_header\n500000.125 1 2\n500001.25 3 4\n');
    const [vertex] = readPlyBody(bytes, parsePlyHeader(bytes));
    expect(vertex!.scalars.get('x')).toBeInstanceOf(Float64Array);
    expect(Array.from(vertex!.scalars.get('x')!)).toEqual([500000.125, 500001.25]);
  });

  it('says how far a truncated binary body got', () => {
    const bytes = binaryQuad(true);
    const cut = bytes.subarray(0, bytes.length - 30);
    expect(() => readPlyBody(cut, parsePlyHeader(cut))).toThrow(ScanFormatError);
    expect(() => readPlyBody(cut, parsePlyHeader(cut))).toThrow(/PLY body truncated: the header promises 4 "vertex" rows, but the file ends in row 3/);
  });

  it('names the row of a non-number in an ascii body', () => {
    const bytes = text('ply\nformat ascii 1.0\nelement vertex 2\nproperty float x\nend_header\n1\npotato\n');
    expect(() => readPlyBody(bytes, parsePlyHeader(bytes))).toThrow(/"vertex" row 1 has "potato"/);
  });
});

describe('classifyPly', () => {
  const header = (vertexProps: string[], extra = '') => parsePlyHeader(text(`ply\nformat ascii 1.0\nelement vertex 10\n${vertexProps.map((p) => `property float ${p}`).join('\n')}\n${extra}end_header\n`));
  const splatProps = ['x', 'y', 'z', 'nx', 'ny', 'nz', 'f_dc_0', 'f_dc_1', 'f_dc_2', ...Array.from({ length: 45 }, (_, i) => `f_rest_${i}`), 'opacity', 'scale_0', 'scale_1', 'scale_2', 'rot_0', 'rot_1', 'rot_2', 'rot_3'];

  it('tells a 3DGS splat, a mesh and a point cloud apart', () => {
    expect(classifyPly(header(splatProps))).toEqual({ kind: 'splat', count: 10, shDegree: 3 });
    expect(classifyPly(header(splatProps.filter((p) => !p.startsWith('f_rest_'))))).toEqual({ kind: 'splat', count: 10, shDegree: 0 });
    expect(classifyPly(header(['x', 'y', 'z'], 'element face 4\nproperty list uchar int vertex_indices\n'))).toEqual({ kind: 'mesh', vertices: 10, faces: 4 });
    expect(classifyPly(header(['x', 'y', 'z', 'red']))).toEqual({ kind: 'points', count: 10 });
    // An empty face element is still a point cloud.
    expect(classifyPly(header(['x', 'y', 'z'], 'element face 0\nproperty list uchar int vertex_indices\n'))).toEqual({ kind: 'points', count: 10 });
  });

  it('lists what a half-splat lacks, and refuses odd SH counts and compressed splats', () => {
    expect(() => classifyPly(header(['x', 'y', 'z', 'f_dc_0', 'opacity']))).toThrow(/lacks f_dc_1, f_dc_2, scale_0, scale_1, scale_2, rot_0, rot_1, rot_2, rot_3/);
    expect(() => classifyPly(header([...splatProps.filter((p) => !p.startsWith('f_rest_')), 'f_rest_0', 'f_rest_1']))).toThrow(/2 f_rest_\* coefficients/);
    expect(() => classifyPly(header(['x', 'y', 'z'], 'element chunk 1\nproperty float min_x\n'))).toThrow(/compressed splat PLY/);
    expect(() => classifyPly(header(['x', 'z']))).toThrow(/no "y" property/);
  });
});
