import { useEffect, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { DepthTexture, NearestFilter, PerspectiveCamera, SRGBColorSpace, UnsignedIntType, Vector2, WebGLRenderTarget } from 'three';
import { createEdlMaterial, createEdlQuad, POINTS_LAYER, updateEdlUniforms } from './edl-material.ts';

/**
 * Draws a point-cloud scan with Eye-Dome Lighting (see edl-material.ts). It takes
 * over R3F's rendering (a useFrame with priority 1) while mounted, so only while a
 * points scan is shown:
 * 1. the points alone (they live on POINTS_LAYER, which the main camera does not
 *    see) are drawn into a target with a colour and a depth texture;
 * 2. the scene is drawn as usual; the first thing in it is a full-screen pass
 *    that puts the shaded points and their depth on the screen, so the pins,
 *    labels, route and "you are here" drawn after it are hidden behind walls
 *    and show in front of them as with any other scan.
 */

/** Renders before R3F would (R3F stops its own render when a callback has a priority). */
const RENDER_PRIORITY = 1;

export function EyeDomeLighting() {
  const target = useMemo(() => {
    const t = new WebGLRenderTarget(1, 1, { depthBuffer: true, minFilter: NearestFilter, magFilter: NearestFilter, generateMipmaps: false });
    // An sRGB target keeps 8 bits per channel without banding in the darks.
    t.texture.colorSpace = SRGBColorSpace;
    t.depthTexture = new DepthTexture(1, 1, UnsignedIntType);
    return t;
  }, []);
  const material = useMemo(() => createEdlMaterial(), []);
  const quad = useMemo(() => createEdlQuad(material), [material]);
  const size = useMemo(() => new Vector2(), []);

  useEffect(
    () => () => {
      target.depthTexture?.dispose();
      target.dispose();
      material.dispose();
      quad.geometry.dispose();
    },
    [target, material, quad],
  );

  useFrame(({ gl, scene, camera }) => {
    gl.getDrawingBufferSize(size);
    if (target.width !== size.x || target.height !== size.y) target.setSize(size.x, size.y);

    // Pass 1: the points alone, into the target. The background is not needed there.
    const layers = camera.layers.mask;
    const background = scene.background;
    camera.layers.set(POINTS_LAYER);
    scene.background = null;
    gl.setRenderTarget(target);
    gl.clear(true, true, true);
    gl.render(scene, camera);
    gl.setRenderTarget(null);
    scene.background = background;
    camera.layers.mask = layers;

    // Pass 2: the scene, starting with the composite of the points.
    const perspective = camera instanceof PerspectiveCamera ? camera : null;
    updateEdlUniforms(material.uniforms, {
      color: target.texture,
      depth: target.depthTexture!,
      near: perspective?.near ?? 0.05,
      far: perspective?.far ?? 2000,
      width: size.x,
      height: size.y,
      pixelRatio: gl.getPixelRatio(),
    });
    gl.render(scene, camera);
  }, RENDER_PRIORITY);

  return <primitive object={quad} />;
}
