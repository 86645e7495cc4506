import { AlwaysDepth, BufferAttribute, BufferGeometry, Mesh, ShaderMaterial, type Texture } from 'three';

/**
 * Eye-Dome Lighting (EDL, Boucheny 2009; as in CloudCompare and Potree): a point
 * cloud has no normals to light, so the edges of walls, doorways and furniture
 * are found in screen space instead. Each pixel looks at its neighbours a pixel or
 * two away; where neighbours are closer to the eye (in log depth), the pixel lies
 * behind an edge and is darkened: shade = exp(−response × 300 × strength), the
 * response being the mean of max(0, log2 depth − log2 neighbour's depth).
 *
 * A pixel without a point but with points all around is a gap between them and
 * takes their colour; one with points on one side only is a silhouette (a wall
 * against the background) and gets a dark outline, as in Potree.
 *
 * This module holds the full-screen pass that composites the points' colour and
 * depth targets onto the screen with that shading, writing the points' depth, so
 * everything drawn after it (pins, labels, route) is hidden behind walls correctly.
 */

/** The layer of the points: drawn only by the points pass (the main camera does not see it); rays ignore it too. */
export const POINTS_LAYER = 5;

/** The tuning: neighbour count, radius in CSS pixels, strength (Potree's defaults are 8, 1.4, 1). */
export const EDL = {
  neighbours: 8,
  radiusCssPixels: 1.4,
  strength: 0.35,
  /** An empty pixel with at least this many neighbours covered is a gap between points, filled; with fewer, a silhouette, outlined. */
  gapNeighbours: 6,
  /** Potree's scale of the response, kept so its strength values mean the same here. */
  responseScale: 300,
} as const;

/** Unit directions to the neighbours, evenly around a circle, as x, y pairs. */
export function edlNeighbourDirections(count: number = EDL.neighbours): Float32Array {
  const out = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    const angle = (2 * Math.PI * i) / count;
    out[i * 2] = Math.cos(angle);
    out[i * 2 + 1] = Math.sin(angle);
  }
  return out;
}

/** The shading factor for a pixel with the given mean response (the shader computes the same). */
export function edlShade(response: number, strength: number = EDL.strength): number {
  return Math.exp(-response * EDL.responseScale * strength);
}

/** The uniforms of the composite pass. */
export interface EdlUniforms {
  tColor: { value: Texture | null };
  tDepth: { value: Texture | null };
  cameraNear: { value: number };
  cameraFar: { value: number };
  /** Neighbour offsets in UV units: direction × radius ÷ target size. */
  uOffsets: { value: Float32Array };
  uStrength: { value: number };
}

/** Sets the uniforms for a frame: the targets, the camera's depth range, offsets for the target's size in device pixels. */
export function updateEdlUniforms(uniforms: EdlUniforms, frame: { color: Texture; depth: Texture; near: number; far: number; width: number; height: number; pixelRatio: number }): void {
  uniforms.tColor.value = frame.color;
  uniforms.tDepth.value = frame.depth;
  uniforms.cameraNear.value = frame.near;
  uniforms.cameraFar.value = frame.far;
  const directions = edlNeighbourDirections(EDL.neighbours);
  const radius = EDL.radiusCssPixels * frame.pixelRatio;
  const offsets = uniforms.uOffsets.value;
  for (let i = 0; i < EDL.neighbours; i++) {
    offsets[i * 2] = (directions[i * 2]! * radius) / Math.max(1, frame.width);
    offsets[i * 2 + 1] = (directions[i * 2 + 1]! * radius) / Math.max(1, frame.height);
  }
}

const VERTEX = /* glsl */ `
varying vec2 vUv;
void main() {
  // One triangle that covers the screen; no camera.
  vUv = position.xy * 0.5 + 0.5;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}
`;

const FRAGMENT = /* glsl */ `
#include <packing>
uniform sampler2D tColor;
uniform sampler2D tDepth;
uniform float cameraNear;
uniform float cameraFar;
uniform vec2 uOffsets[${EDL.neighbours}];
uniform float uStrength;
varying vec2 vUv;
float logDepth(float fragDepth) {
  return log2(max(1e-6, -perspectiveDepthToViewZ(fragDepth, cameraNear, cameraFar)));
}
void main() {
  float depth = texture2D(tDepth, vUv).x;
  if (depth >= 1.0) {
    // No point here. Surrounded by points, it is a gap between them: fill it with
    // their colour. With points on one side only, it is a silhouette (a wall
    // against the background, a cut floor, the building seen from outside):
    // draw a dark outline. Either at the nearest point's depth. Elsewhere the
    // scene behind shows.
    float nearest = 1.0;
    float covered = 0.0;
    vec3 colour = vec3(0.0);
    for (int i = 0; i < ${EDL.neighbours}; i++) {
      vec2 at = vUv + uOffsets[i];
      float d = texture2D(tDepth, at).x;
      if (d < 1.0) {
        nearest = min(nearest, d);
        covered += 1.0;
        colour += texture2D(tColor, at).rgb;
      }
    }
    if (covered == 0.0) discard;
    gl_FragColor = vec4(covered >= ${EDL.gapNeighbours.toFixed(1)} ? colour / covered : vec3(0.0), 1.0);
    gl_FragDepth = nearest;
    #include <colorspace_fragment>
    return;
  }
  float own = logDepth(depth);
  float response = 0.0;
  for (int i = 0; i < ${EDL.neighbours}; i++) {
    float neighbour = texture2D(tDepth, vUv + uOffsets[i]).x;
    if (neighbour < 1.0) response += max(0.0, own - logDepth(neighbour));
  }
  response /= float(${EDL.neighbours});
  float shade = exp(-response * ${EDL.responseScale.toFixed(1)} * uStrength);
  gl_FragColor = vec4(texture2D(tColor, vUv).rgb * shade, 1.0);
  gl_FragDepth = depth;
  #include <colorspace_fragment>
}
`;

/** The composite material; its uniforms are filled by updateEdlUniforms each frame. */
export function createEdlMaterial(): ShaderMaterial & { uniforms: EdlUniforms } {
  const uniforms: EdlUniforms = {
    tColor: { value: null },
    tDepth: { value: null },
    cameraNear: { value: 0.1 },
    cameraFar: { value: 1000 },
    uOffsets: { value: new Float32Array(EDL.neighbours * 2) },
    uStrength: { value: EDL.strength },
  };
  const material = new ShaderMaterial({
    name: 'scan-points-edl',
    uniforms: { ...uniforms },
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    // Writes the points' depth whatever is in the buffer (it is drawn first, right after the clear).
    depthTest: true,
    depthFunc: AlwaysDepth,
    depthWrite: true,
    toneMapped: false,
    transparent: false,
  });
  return material as ShaderMaterial & { uniforms: EdlUniforms };
}

/**
 * The full-screen triangle that draws the composite. It is drawn before anything
 * else (lowest render order), is never culled and never meets a ray: clicks and
 * label occlusion tests pass through it.
 */
export function createEdlQuad(material: ShaderMaterial): Mesh {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(new Float32Array([-1, -1, 0, 3, -1, 0, -1, 3, 0]), 3));
  const quad = new Mesh(geometry, material);
  quad.name = 'scan-points-edl';
  quad.frustumCulled = false;
  quad.renderOrder = -1e6;
  quad.raycast = () => undefined;
  return quad;
}
