import {
  ACESFilmicToneMapping,
  AmbientLight,
  Box3,
  Color,
  DirectionalLight,
  HemisphereLight,
  PerspectiveCamera,
  Scene,
  Sphere,
  SRGBColorSpace,
  Vector3,
  WebGLRenderer,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

/**
 * The benchmark's baseline: the least a page can do to show the demo scan with
 * three.js. No React, no venue file, no UI: load the GLB, frame it, draw one
 * frame, and announce it the way the app does (`venue:ready` one animation frame
 * after the render, so the frame has reached the screen). The app's first frame
 * is compared against this page's in the same run.
 *
 * Renderer settings mirror what @react-three/fiber gives the app (antialias,
 * ACES tone mapping, sRGB output, pixel ratio clamped to [1, 2]) so the two pages
 * ask SwiftShader for the same work per pixel.
 */

const SCAN_URL = './scenes/demo-museum/scan.glb';
const FOV = 45;
/** The app's view direction: from the south-east, looking down at about 50°. */
const VIEW_DIRECTION = new Vector3(0.3, 0.72, 0.62).normalize();

/** Reports a failure to the harness at once, instead of letting it wait for its timeout. */
function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  document.body.dataset.benchError = message;
  window.dispatchEvent(new CustomEvent('bench:error', { detail: { message } }));
}

function createRenderer(): WebGLRenderer {
  const renderer = new WebGLRenderer({ antialias: true, alpha: true, powerPreference: 'high-performance' });
  renderer.toneMapping = ACESFilmicToneMapping;
  renderer.outputColorSpace = SRGBColorSpace;
  renderer.setPixelRatio(Math.min(Math.max(window.devicePixelRatio, 1), 2));
  renderer.setSize(window.innerWidth, window.innerHeight);
  document.body.appendChild(renderer.domElement);
  return renderer;
}

/**
 * The app's framing idea, from the model's own bounds (the app reads them from
 * the venue file, which this page does not load): stand back until the bounding
 * sphere fits the vertical field of view, and look at the centre of the floor.
 */
function frameCamera(camera: PerspectiveCamera, box: Box3): { center: Vector3; radius: number; floorY: number } {
  const sphere = box.getBoundingSphere(new Sphere());
  const radius = Math.max(sphere.radius, 3);
  const floorY = box.min.y;
  const distance = (radius / Math.sin(((FOV / 2) * Math.PI) / 180)) * 1.02;
  const target = new Vector3(sphere.center.x, floorY, sphere.center.z);
  camera.position.copy(target).addScaledVector(VIEW_DIRECTION, distance);
  camera.near = 0.1;
  camera.far = radius * 20;
  camera.lookAt(target);
  camera.updateProjectionMatrix();
  return { center: sphere.center, radius, floorY };
}

/** The app's lights and background, so both pages shade the same way. */
function addLights(scene: Scene, center: Vector3, radius: number, floorY: number): void {
  scene.background = new Color('#f4f1ea');
  scene.add(new HemisphereLight('#ffffff', '#b9ad9a', 1.6));
  const sun = new DirectionalLight('#ffffff', 1.8);
  sun.position.set(center.x + radius, floorY + radius * 2, center.z + radius * 0.5);
  scene.add(sun);
  scene.add(new AmbientLight('#ffffff', 0.35));
}

function start(): void {
  const renderer = createRenderer();
  const camera = new PerspectiveCamera(FOV, window.innerWidth / window.innerHeight);
  const scene = new Scene();

  new GLTFLoader().load(
    SCAN_URL,
    (gltf) => {
      scene.add(gltf.scene);
      const { center, radius, floorY } = frameCamera(camera, new Box3().setFromObject(gltf.scene));
      addLights(scene, center, radius, floorY);
      // Draw inside an animation frame, as the app's render loop does, then wait one
      // more frame: the event then means "the first frame with the model is on screen".
      requestAnimationFrame(() => {
        try {
          renderer.render(scene, camera);
        } catch (error) {
          fail(error);
          return;
        }
        requestAnimationFrame(() => {
          document.documentElement.dataset.venueReady = 'plain';
          window.dispatchEvent(new CustomEvent('venue:ready', { detail: { venue: 'plain' } }));
        });
      });
    },
    undefined,
    fail,
  );
}

try {
  start();
} catch (error) {
  fail(error);
}
