import { describe, expect, it } from 'vitest';
import { Color } from 'three';
import { createPointMaterial, createPointUniforms, updatePointViewport } from '../../../../src/render/scans/points/point-material.ts';
import { POINT_SIZE } from '../../../../src/render/scans/points/point-size.ts';

describe('the point material', () => {
  it('draws opaque, untone-mapped points that the renderer’s clipping planes cut', () => {
    const material = createPointMaterial(createPointUniforms(0.03), { vertexColors: true });
    expect(material.clipping).toBe(true);
    expect(material.vertexColors).toBe(true);
    expect(material.toneMapped).toBe(false);
    expect(material.transparent).toBe(false);
    expect(material.depthWrite).toBe(true);
    // The clipping chunks must be in the shaders, or `clipping` does nothing.
    expect(material.vertexShader).toContain('#include <clipping_planes_vertex>');
    expect(material.fragmentShader).toContain('#include <clipping_planes_fragment>');
    // Round points: the corners of the square sprite are discarded.
    expect(material.fragmentShader).toMatch(/gl_PointCoord[\s\S]*discard/);
  });

  it('uses a cloud without colours’ material colour', () => {
    const material = createPointMaterial(createPointUniforms(0.03), { vertexColors: false, color: new Color(0.2, 0.4, 0.6) });
    expect(material.vertexColors).toBe(false);
    expect((material.uniforms.uColor!.value as Color).toArray()).toEqual([0.2, 0.4, 0.6]);
  });

  it('shares the size uniforms among the materials of one cloud', () => {
    const uniforms = createPointUniforms(0.05);
    const a = createPointMaterial(uniforms, { vertexColors: true });
    const b = createPointMaterial(uniforms, { vertexColors: false });
    expect(a.uniforms.uSize!.value).toBe(0.05);
    updatePointViewport(uniforms, 1600, 2);
    for (const m of [a, b]) {
      expect(m.uniforms.uViewportHeight!.value).toBe(1600);
      expect(m.uniforms.uMinPixels!.value).toBe(POINT_SIZE.minPixels * 2);
      expect(m.uniforms.uMaxPixels!.value).toBe(POINT_SIZE.maxPixels * 2);
    }
  });

  it('sizes points in metres through the projection, as pointPixelSize does', () => {
    const material = createPointMaterial(createPointUniforms(0.05), { vertexColors: true });
    expect(material.vertexShader).toContain('uSize * projectionMatrix[1][1] * uViewportHeight * 0.5');
    expect(material.vertexShader).toContain('clamp(');
  });
});
