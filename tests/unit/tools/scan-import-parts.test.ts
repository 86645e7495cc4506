import { describe, expect, it } from 'vitest';
import { Document } from '@gltf-transform/core';
import { parseScanImportArgs } from '../../../tools/lib/scan/args.ts';
import { mapFileName, parseMtl } from '../../../tools/lib/scan/mtl-parser.ts';
import { ObjParser } from '../../../tools/lib/scan/obj-parser.ts';
import { positionBits } from '../../../tools/lib/scan/optimize-mesh.ts';
import { centringOffset, measureDocument, measurePoints } from '../../../tools/lib/scan/placement.ts';
import { cleanSplats, limitShDegree, type SplatCloud } from '../../../tools/lib/scan/splat-cloud.ts';
import { boxFromVenueBounds, venueBoundsFromBox } from '../../../tools/lib/scan/tileset-json.ts';
import { withScan } from '../../../tools/lib/scan/scene-document.ts';

const parseObj = (text: string) => {
  const parser = new ObjParser();
  for (const line of text.split('\n')) parser.line(line);
  return parser.finish();
};

describe('ObjParser', () => {
  it('fan-triangulates polygons, resolves negative indices and groups faces by material', () => {
    const data = parseObj(['v 0 0 0', 'v 1 0 0', 'v 1 0 1', 'v 0 0 1', 'vt 0 0', 'vt 1 1', 'usemtl a', 'f 1/1 2/2 3/1 4/2', 'usemtl b', 'f -4 -3 -2', 'usemtl a', 'f 1 3 4'].join('\n'));
    expect(data.groups.map((g) => g.material)).toEqual(['a', 'b']);
    expect(data.groups[0]!.v).toEqual([0, 1, 2, 0, 2, 3, 0, 2, 3]);
    expect(data.groups[0]!.vt).toEqual([0, 1, 0, 0, 0, 1, -1, -1, -1]);
    expect(data.groups[1]!.v).toEqual([0, 1, 2]);
  });

  it('reads vertex colours (0–1 or 0–255) and gives uncoloured vertices white', () => {
    const data = parseObj('v 0 0 0\nv 1 0 0 255 0 0\nv 0 1 0 0 0.5 1\nf 1 2 3');
    expect(data.colors).toEqual([1, 1, 1, 1, 0, 0, 0, 0.5, 1]);
  });

  it('names the line of an unknown statement and an index past the end', () => {
    expect(() => parseObj('v 0 0 0\nbanana 1 2')).toThrow(/OBJ line 2: unknown statement "banana"/);
    expect(() => parseObj('v 0 0 0\nv 1 0 0\nf 1 2 7')).toThrow(/a face refers to vertex 7, but the file defines only 2/);
    expect(() => parseObj('v 0 0 0\nf -3 1 1')).toThrow(/OBJ line 2: vertex index -3 points before the first vertex/);
    expect(() => parseObj('v 0 0 zero')).toThrow(/OBJ line 1: expected 3 or more numbers/);
  });
});

describe('MTL', () => {
  it('reads colour, opacity, texture paths (options removed, backslashes turned) and PBR values', () => {
    const [m] = parseMtl('newmtl wall\nKd 0.5 0.4 0.3\nd 0.8\nPr 0.7\nmap_Kd -s 2 2 1 -bm 0.5 tex\\my wall.jpg\nnorm wall_n.png\n');
    expect(m).toEqual({ name: 'wall', diffuse: [0.5, 0.4, 0.3], opacity: 0.8, roughness: 0.7, diffuseMap: 'tex/my wall.jpg', normalMap: 'wall_n.png' });
    expect(mapFileName('-clamp on -o 0.1 file.png')).toBe('file.png');
  });
});

describe('splat clouds', () => {
  const cloud = (count: number, rest: number): SplatCloud => {
    const names = ['x', 'y', 'z', 'f_dc_0', 'f_dc_1', 'f_dc_2', ...Array.from({ length: rest }, (_, i) => `f_rest_${i}`), 'opacity', 'scale_0', 'scale_1', 'scale_2', 'rot_0', 'rot_1', 'rot_2', 'rot_3'];
    const columns = new Map(names.map((n, k) => [n, Float32Array.from({ length: count }, (_, i) => (n === 'opacity' ? 2 : n === 'rot_0' ? 1 : n.startsWith('f_rest_') ? k * 100 + i : 0))]));
    return { count, shDegree: rest === 45 ? 3 : 0, names, columns };
  };

  it('keeps the lowest spherical-harmonics coefficients of each colour channel when dropping degrees', () => {
    const trimmed = limitShDegree(cloud(2, 45), 1);
    expect(trimmed.names.filter((n) => n.startsWith('f_rest_'))).toEqual(Array.from({ length: 9 }, (_, i) => `f_rest_${i}`));
    // Degree 1 keeps coefficients 0–2 of R (f_rest_0..2), G (f_rest_15..17) and B (f_rest_30..32).
    const source = (i: number) => cloud(2, 45).columns.get(`f_rest_${i}`)![0];
    expect([0, 3, 6].map((k) => trimmed.columns.get(`f_rest_${k}`)![0])).toEqual([source(0), source(15), source(30)]);
    expect(trimmed.names.indexOf('f_rest_8')).toBeLessThan(trimmed.names.indexOf('opacity'));
  });

  it('drops splats with non-finite values, a zero rotation or an invisible opacity', () => {
    const c = cloud(5, 0);
    c.columns.get('x')![1] = NaN;
    c.columns.get('rot_0')![2] = 0;
    c.columns.get('opacity')![3] = -10;
    const { splat, dropped } = cleanSplats(c);
    expect(dropped).toBe(3);
    expect(splat.count).toBe(2);
  });
});

describe('placement', () => {
  it('puts the walking surface at y = 0, not the underside of the slab below it', () => {
    const doc = new Document();
    // A floor slab 0.2 m thick: its top (facing up) at y = 0, its underside (facing down) at y = -0.2.
    const quad = (y: number, up: boolean) => (up ? [0, y, 0, 0, y, 10, 10, y, 0, 10, y, 0, 0, y, 10, 10, y, 10] : [0, y, 0, 10, y, 0, 0, y, 10, 10, y, 0, 10, y, 10, 0, y, 10]);
    const positions = Float32Array.from([...quad(0, true), ...quad(-0.2, false), ...quad(4, false)].map((v, i) => (i % 3 === 1 ? v + 7 : v)));
    doc.createMesh().addPrimitive(doc.createPrimitive().setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions)));
    const placement = measureDocument(doc);
    expect(placement.min[1]).toBeCloseTo(6.8, 5);
    expect(placement.floorY).toBeCloseTo(7, 5);
    expect(centringOffset(placement).map((v) => Math.round(v * 100) / 100)).toEqual([-5, -7, -5]);
    expect(placement.facingArea![1]).toBeGreaterThan(placement.facingArea![0]);
  });

  it('measures point clouds without their stray points', () => {
    const points: number[] = [];
    for (let i = 0; i < 5000; i++) points.push((i % 100) / 10, (i % 7) / 2, Math.floor(i / 100) / 5);
    points.push(1000, 1000, 1000, -500, -500, -500);
    const placement = measurePoints(Float32Array.from(points));
    expect(placement.max[0]).toBeLessThan(10);
    expect(placement.min[1]).toBeGreaterThanOrEqual(0);
  });
});

describe('small rules', () => {
  it('quantizes positions to about a millimetre, 10 to 16 bits', () => {
    expect(positionBits(1)).toBe(10);
    expect(positionBits(30)).toBe(15);
    expect(positionBits(500)).toBe(16);
  });

  it('writes tile boxes in the 3D Tiles Z-up frame and reads them back', () => {
    const bounds = [-6, 0, -4, 6, 4, 4];
    const box = boxFromVenueBounds(bounds);
    // Centre (0, 2, 0) in the venue is (0, 0, 2) in tiles; the height (y) becomes the third half-axis.
    expect(box).toEqual([0, 0, 2, 6, 0, 0, 0, 4, 0, 0, 0, 2]);
    expect(venueBoundsFromBox(box)).toEqual(bounds);
  });

  it('inserts "scan" before "floors" in a venue that had none', () => {
    const doc = withScan({ asset: {}, id: 'x', floors: [], rooms: [] }, { uri: 'scan.glb', format: 'gltf' });
    expect(Object.keys(doc)).toEqual(['asset', 'id', 'scan', 'floors', 'rooms']);
  });

  it('parses the command line', () => {
    const parsed = parseScanImportArgs(['in.ply', 'scenes/x', '--up=z', '--scale', '0.001', '--tile-above', '2', '--splat-sh', '0', '--keep-origin']);
    expect(parsed).toEqual({ ok: true, args: { input: 'in.ply', venueDir: 'scenes/x', up: 'z', scale: 0.001, keepOrigin: true, simplifyErrorM: 0.002, textureSize: 2048, tileAboveBytes: 2e6, tileTriangles: 200_000, splatShDegree: 0 } });
    expect(parseScanImportArgs(['a', 'b', 'c'])).toEqual({ ok: false, message: 'one scan file and one venue folder only (got a, b, c)' });
    expect(parseScanImportArgs(['a', 'b', '--frobnicate'])).toEqual({ ok: false, message: 'unknown option --frobnicate' });
    expect(parseScanImportArgs(['a', 'b', '--scale'])).toEqual({ ok: false, message: '--scale needs a value' });
  });
});
