import { describe, expect, it } from 'vitest';
import { Raycaster, Texture, Vector3 } from 'three';
import { createEdlMaterial, createEdlQuad, EDL, edlNeighbourDirections, edlShade, POINTS_LAYER, updateEdlUniforms } from '../../../../src/render/scans/points/edl-material.ts';

describe('Eye-Dome Lighting', () => {
  it('looks at neighbours evenly around a circle', () => {
    const d = edlNeighbourDirections(8);
    expect(d).toHaveLength(16);
    for (let i = 0; i < 8; i++) expect(Math.hypot(d[i * 2]!, d[i * 2 + 1]!)).toBeCloseTo(1);
    // Opposite neighbours cancel out: no direction is favoured.
    expect(d.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b, 0)).toBeCloseTo(0);
    expect(d.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0)).toBeCloseTo(0);
  });

  it('leaves flat surfaces unshaded and darkens more the closer the neighbours are', () => {
    expect(edlShade(0)).toBe(1);
    const step = edlShade(0.01);
    expect(step).toBeLessThan(1);
    expect(edlShade(0.05)).toBeLessThan(step);
    // A wall's edge a metre in front of a wall 5 m away (log2 6/5 ≈ 0.26, in 3 of 8 neighbours) is near black.
    expect(edlShade((3 / 8) * Math.log2(6 / 5))).toBeLessThan(0.001);
  });

  it('sets offsets of the radius in device pixels, in UV units of the target', () => {
    const material = createEdlMaterial();
    const color = new Texture();
    const depth = new Texture();
    updateEdlUniforms(material.uniforms, { color, depth, near: 0.05, far: 400, width: 1000, height: 500, pixelRatio: 2 });
    const u = material.uniforms;
    expect(u.tColor.value).toBe(color);
    expect(u.tDepth.value).toBe(depth);
    expect([u.cameraNear.value, u.cameraFar.value]).toEqual([0.05, 400]);
    const offsets = u.uOffsets.value;
    expect(offsets).toHaveLength(EDL.neighbours * 2);
    const radius = EDL.radiusCssPixels * 2;
    expect(offsets[0]).toBeCloseTo(radius / 1000); // the first neighbour is to the right
    expect(offsets[1]).toBeCloseTo(0);
    expect(offsets[5]).toBeCloseTo(radius / 500); // the third is straight up
  });

  it('composites the points with their depth, so later objects are hidden behind them', () => {
    const material = createEdlMaterial();
    expect(material.fragmentShader).toContain('gl_FragDepth = depth');
    expect(material.fragmentShader).toContain(`uOffsets[${EDL.neighbours}]`);
    expect(material.depthWrite).toBe(true);
    expect(material.toneMapped).toBe(false);
    // Not cut by the floor cut-away itself: the points were cut when drawn.
    expect(material.clipping).toBe(false);
  });

  it('draws its quad first, always, and never meets a ray', () => {
    const quad = createEdlQuad(createEdlMaterial());
    expect(quad.frustumCulled).toBe(false);
    expect(quad.renderOrder).toBeLessThan(-1000);
    const hits = new Raycaster(new Vector3(0, 0, 5), new Vector3(0, 0, -1)).intersectObject(quad);
    expect(hits).toEqual([]);
    expect(quad.layers.isEnabled(0)).toBe(true);
    expect(POINTS_LAYER).not.toBe(0);
  });
});
