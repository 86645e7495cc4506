import { Color, ShaderMaterial } from 'three';
import { POINT_SIZE } from './point-size.ts';

/**
 * The material of a point-cloud scan's points: round disks sized in metres (see
 * point-size.ts), coloured by the scan's vertex colours as measured (unlit, not
 * tone mapped: a scanner's colours are already what the eye saw), cut by the
 * renderer's clipping planes like every other material (the floor cut-away).
 * Points are opaque and write depth, which the Eye-Dome Lighting pass reads.
 */

/** Uniforms shared by every point material of one cloud, so one update sizes them all. */
export interface PointUniforms {
  /** Point diameter in metres. */
  uSize: { value: number };
  /** Height of the drawing buffer in device pixels. */
  uViewportHeight: { value: number };
  /** On-screen clamp, in device pixels. */
  uMinPixels: { value: number };
  uMaxPixels: { value: number };
}

/** Uniforms for points `sizeMetres` across; call updatePointViewport before drawing. */
export function createPointUniforms(sizeMetres: number): PointUniforms {
  return {
    uSize: { value: sizeMetres },
    uViewportHeight: { value: 1 },
    uMinPixels: { value: POINT_SIZE.minPixels },
    uMaxPixels: { value: POINT_SIZE.maxPixels },
  };
}

/** Follows the drawing buffer: its height in device pixels, and the pixel ratio that scales the clamp. */
export function updatePointViewport(uniforms: PointUniforms, drawingBufferHeight: number, pixelRatio: number): void {
  uniforms.uViewportHeight.value = drawingBufferHeight;
  uniforms.uMinPixels.value = POINT_SIZE.minPixels * pixelRatio;
  uniforms.uMaxPixels.value = POINT_SIZE.maxPixels * pixelRatio;
}

const VERTEX = /* glsl */ `
uniform float uSize;
uniform float uViewportHeight;
uniform float uMinPixels;
uniform float uMaxPixels;
#include <common>
#include <color_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
  #include <color_vertex>
  #include <begin_vertex>
  #include <project_vertex>
  // Same as pointPixelSize() in point-size.ts; an orthographic camera has no depth to divide by.
  float depth = isPerspectiveMatrix(projectionMatrix) ? -mvPosition.z : 1.0;
  gl_PointSize = clamp(uSize * projectionMatrix[1][1] * uViewportHeight * 0.5 / max(depth, 1e-4), uMinPixels, uMaxPixels);
  #include <clipping_planes_vertex>
}
`;

const FRAGMENT = /* glsl */ `
uniform vec3 uColor;
#include <common>
#include <color_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
  // A round disk, not the square a GL point is.
  vec2 fromCentre = gl_PointCoord * 2.0 - 1.0;
  if (dot(fromCentre, fromCentre) > 1.0) discard;
  vec4 diffuseColor = vec4(uColor, 1.0);
  #include <clipping_planes_fragment>
  #include <color_fragment>
  gl_FragColor = vec4(diffuseColor.rgb, 1.0);
  #include <colorspace_fragment>
}
`;

/**
 * A point material on `uniforms`. `vertexColors` when the geometry has colours;
 * `color` tints them (or is the colour of a cloud without any).
 */
export function createPointMaterial(uniforms: PointUniforms, options: { vertexColors: boolean; color?: Color }): ShaderMaterial {
  return new ShaderMaterial({
    name: 'scan-points',
    uniforms: { ...uniforms, uColor: { value: (options.color ?? new Color(1, 1, 1)).clone() } },
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    vertexColors: options.vertexColors,
    clipping: true,
    toneMapped: false,
    transparent: false,
    depthWrite: true,
    depthTest: true,
  });
}
