import { describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry, Group, Mesh, Points, PointsMaterial, Raycaster, ShaderMaterial, Vector3 } from 'three';
import { countPoints, drawnPointCount, preparePointCloud } from '../../../../src/render/scans/points/prepare-points.ts';
import { POINTS_LAYER } from '../../../../src/render/scans/points/edl-material.ts';
import { describePointsError, pointsReadyStatus } from '../../../../src/render/scans/points/points-status.ts';
import { POINT_SIZE } from '../../../../src/render/scans/points/point-size.ts';

/** A floor of points `step` apart over `size` × `size` metres, with colours; `quantize` shrinks positions and scales the node back, as meshopt's quantization does. */
function floorCloud(step: number, size: number, quantize = 1): Points {
  const positions: number[] = [];
  const n = Math.round(size / step);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) positions.push((i * step) / quantize, 0, (j * step) / quantize);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(Float32Array.from(positions), 3));
  geometry.setAttribute('color', new BufferAttribute(new Float32Array(positions.length).fill(0.5), 3));
  const points = new Points(geometry, new PointsMaterial({ size: 2, sizeAttenuation: false, vertexColors: true }));
  points.scale.setScalar(quantize);
  return points;
}

describe('preparing a decoded point cloud', () => {
  it('counts the points drawn, by index when indexed', () => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(30), 3));
    expect(drawnPointCount(g)).toBe(10);
    g.setIndex([0, 1, 2, 3]);
    expect(drawnPointCount(g)).toBe(4);
    g.setDrawRange(1, 2);
    expect(drawnPointCount(g)).toBe(2);
    const root = new Group().add(new Points(g), floorCloud(0.5, 2));
    expect(countPoints(root)).toBe(2 + 16);
  });

  it('replaces the materials by round, metre-sized points on the EDL layer', () => {
    const root = new Group().add(floorCloud(0.05, 6));
    const prepared = preparePointCloud(root);
    const cloud = root.children[0] as Points;
    expect(prepared.points).toBe(120 * 120);
    expect(cloud.material).toBeInstanceOf(ShaderMaterial);
    expect((cloud.material as ShaderMaterial).vertexColors).toBe(true);
    expect(cloud.layers.isEnabled(POINTS_LAYER)).toBe(true);
    expect(cloud.layers.isEnabled(0)).toBe(false);
    // About three times the 5 cm spacing.
    expect(prepared.sizeMetres).toBeGreaterThan(0.12);
    expect(prepared.sizeMetres).toBeLessThan(0.18);
    expect(prepared.uniforms.uSize.value).toBe(prepared.sizeMetres);
  });

  it('measures quantized clouds in metres, and follows scan.transform.scale', () => {
    const plain = preparePointCloud(new Group().add(floorCloud(0.02, 4))).sizeMetres;
    const quantized = preparePointCloud(new Group().add(floorCloud(0.02, 4, 6))).sizeMetres;
    expect(quantized).toBeCloseTo(plain, 3);
    const scaled = preparePointCloud(new Group().add(floorCloud(0.02, 4)), 2).sizeMetres;
    expect(scaled).toBeCloseTo(plain * 2, 3);
    expect(preparePointCloud(new Group().add(floorCloud(0.02, 4)), 0.001).sizeMetres).toBe(POINT_SIZE.minMetres);
  });

  it('never lets a ray hit a point (a point a metre off the ray would count as a hit)', () => {
    const root = new Group().add(floorCloud(0.5, 4));
    const ray = new Raycaster(new Vector3(1, 5, 1), new Vector3(0, -1, 0));
    ray.layers.enableAll();
    expect(ray.intersectObject(root, true).length).toBeGreaterThan(0);
    preparePointCloud(root);
    expect(ray.intersectObject(root, true)).toEqual([]);
  });

  it('frees geometry and materials', () => {
    const root = new Group().add(floorCloud(0.5, 2));
    const cloud = root.children[0] as Points;
    const old = cloud.material as PointsMaterial;
    let oldFreed = false;
    old.addEventListener('dispose', () => (oldFreed = true));
    const prepared = preparePointCloud(root);
    expect(oldFreed).toBe(true);
    const freed: string[] = [];
    cloud.geometry.addEventListener('dispose', () => freed.push('geometry'));
    (cloud.material as ShaderMaterial).addEventListener('dispose', () => freed.push('material'));
    prepared.dispose();
    expect(freed.sort()).toEqual(['geometry', 'material']);
  });

  it('refuses a scan without points (a mesh given as "points")', () => {
    const mesh = new Mesh(new BufferGeometry().setAttribute('position', new BufferAttribute(new Float32Array(9), 3)));
    expect(() => preparePointCloud(new Group().add(mesh))).toThrow('the file holds no points');
  });
});

describe('what the scan store says about a point cloud', () => {
  it('keeps the decoder’s byte count and adds the points', () => {
    expect(pointsReadyStatus({ phase: 'ready', bytes: 1234, triangles: 0 }, 20000)).toEqual({ phase: 'ready', bytes: 1234, triangles: 0, points: 20000 });
    expect(pointsReadyStatus({ phase: 'loading', loadedBytes: 5, totalBytes: null }, 7)).toEqual({ phase: 'ready', bytes: 0, triangles: 0, points: 7 });
  });

  it('names the file and the reason when it is not a point cloud', () => {
    const message = describePointsError('scan.glb', new Error('the file holds no points'));
    expect(message).toMatch(/^scan\.glb: /);
    expect(message).toContain('the file holds no points');
    expect(message).toContain('POINTS');
  });
});
