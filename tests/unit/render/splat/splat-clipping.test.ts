import { describe, expect, it } from 'vitest';
import { Matrix4, Object3D, Plane, Quaternion, Vector3 } from 'three';
import type { SplatEdit, SplatEditSdf } from '@sparkjsdev/spark';
import { planesKey, sdfPoseForPlane, SplatClipping, type SparkEditClasses } from '../../../../src/render/scans/splat/splat-clipping.ts';

/** Spark's plane SDF distance of world point `p` (SplatEdits.update and evaluateSdfArray): z in the SDF's frame. */
function sparkPlaneDistance(position: Vector3, quaternion: Quaternion, p: Vector3): number {
  const worldToSdf = new Matrix4().compose(position, quaternion, new Vector3(1, 1, 1)).invert();
  const center = new Vector3();
  const rotation = new Quaternion();
  worldToSdf.decompose(center, rotation, new Vector3());
  return p.clone().applyQuaternion(rotation).add(center).z;
}

describe('the floor cut-away for splats', () => {
  it('puts the SDF where its inside is the side the clipping plane cuts away', () => {
    const planes = [new Plane(new Vector3(0, -1, 0), 3.95), new Plane(new Vector3(1, 2, -0.5).normalize(), -1.2), new Plane(new Vector3(0, 0, 2), 4)];
    for (const plane of planes) {
      const position = new Vector3();
      const quaternion = new Quaternion();
      sdfPoseForPlane(plane, position, quaternion);
      for (const p of [new Vector3(0, 0, 0), new Vector3(3, 7, -2), new Vector3(-5, 2, 9), new Vector3(0.1, 3.9, 0)]) {
        const expected = plane.distanceToPoint(p) / plane.normal.length();
        expect(sparkPlaneDistance(position, quaternion, p)).toBeCloseTo(expected, 5);
      }
    }
  });

  it('hides what is above the floor in focus, like FloorClipping’s plane', () => {
    const plane = new Plane(new Vector3(0, -1, 0), 3.95); // keeps y < 3.95
    const position = new Vector3();
    const quaternion = new Quaternion();
    sdfPoseForPlane(plane, position, quaternion);
    expect(sparkPlaneDistance(position, quaternion, new Vector3(2, 5, 1))).toBeLessThan(0); // inside: opacity × 0
    expect(sparkPlaneDistance(position, quaternion, new Vector3(2, 1, 1))).toBeGreaterThan(0);
  });

  it('mirrors the renderer’s planes into one edit, only when they change', () => {
    class FakeEdit extends Object3D {
      sdfs: SplatEditSdf[] | null;
      constructor(options: { sdfs?: SplatEditSdf[] }) {
        super();
        this.sdfs = options.sdfs ?? null;
      }
    }
    class FakeSdf extends Object3D {
      override type: string;
      opacity: number;
      constructor(options: { type?: string; opacity?: number }) {
        super();
        this.type = options.type ?? 'sphere';
        this.opacity = options.opacity ?? 1;
      }
    }
    const classes = { SplatEdit: FakeEdit, SplatEditSdf: FakeSdf, planeType: 'plane' } as unknown as SparkEditClasses;
    const clipping = new SplatClipping(classes);
    expect((clipping.edit as SplatEdit).sdfs).toEqual([]);
    expect(clipping.sync([])).toBe(false);
    const cut = new Plane(new Vector3(0, -1, 0), 3.95);
    expect(clipping.sync([cut])).toBe(true);
    const [sdf] = clipping.edit.sdfs!;
    expect(sdf).toMatchObject({ type: 'plane', opacity: 0 });
    expect(sdf!.position.y).toBeCloseTo(3.95);
    expect(clipping.sync([cut.clone()])).toBe(false);
    cut.constant = 7.95;
    expect(clipping.sync([cut])).toBe(true);
    expect(clipping.edit.sdfs![0]).toBe(sdf); // reused, not a new SDF each time
    expect(sdf!.position.y).toBeCloseTo(7.95);
    expect(clipping.sync([])).toBe(true);
    expect(clipping.edit.sdfs).toEqual([]);
  });

  it('tells planes apart by normal and constant', () => {
    expect(planesKey([])).toBe('');
    expect(planesKey([new Plane(new Vector3(0, -1, 0), 1)])).not.toBe(planesKey([new Plane(new Vector3(0, -1, 0), 2)]));
  });
});
