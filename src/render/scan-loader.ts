import type { Object3D } from 'three';
import { Mesh, Texture, type WebGLRenderer } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { attachDecoders, type DisposeDecoders } from './scan-decoders.ts';
import { downloadScan, setScanStatus } from '../state/scan-store.ts';

/**
 * Loads a glTF/GLB building scan and reports progress in bytes. Errors are turned
 * into sentences a visitor can read; the venue's plan and exhibits stay usable.
 */

/** Counts the triangles of a loaded scene (indexed or not). */
export function countTriangles(root: Object3D): number {
  let triangles = 0;
  root.traverse((o) => {
    if (!(o instanceof Mesh)) return;
    const g = o.geometry;
    triangles += (g.index ? g.index.count : (g.getAttribute('position')?.count ?? 0)) / 3;
  });
  return Math.round(triangles);
}

/** Why a scan failed, in words: a missing file and a corrupt one need different fixes. */
export function describeScanError(uri: string, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/HTTP 404/.test(text)) return `${uri}: the file was not found on the server (HTTP 404)`;
  if (/HTTP \d+/.test(text)) return `${uri}: the server answered ${/HTTP \d+/.exec(text)?.[0]}`;
  if (/network request failed/i.test(text)) return `${uri}: the network request failed`;
  return `${uri}: not a readable glTF scan (${text.slice(0, 160)})`;
}

/** A scan being decoded: started as soon as its bytes arrive, before the 3D view's renderer exists. */
export interface ScanDecoding {
  /** The decoded scene graph; rejects with a sentence a visitor can read. */
  scene: Promise<Object3D>;
  /** Hands over the renderer once it exists (KTX2 textures need it to choose a GPU format). */
  provideRenderer(renderer: WebGLRenderer): void;
}

/**
 * Downloads (or takes the download under way) and decodes a glTF scan, with Draco,
 * meshopt and KTX2 (Basis) decoders fetched when the scan needs them (see
 * scan-decoders.ts). The download starts at once; parsing starts once the 3D
 * view's canvas exists. Only a scan with KTX2 textures waits for the renderer
 * itself, which picks their GPU format. Progress and outcome go to the scan store.
 */
export function decodeScan(url: string, uri: string): ScanDecoding {
  let provideRenderer: (renderer: WebGLRenderer) => void = () => undefined;
  const renderer = new Promise<WebGLRenderer>((resolve) => (provideRenderer = resolve));
  const loader = new GLTFLoader();
  const scene = (async () => {
    let disposeDecoders: DisposeDecoders = () => undefined;
    try {
      const bytes = await downloadScan(url);
      performance.mark('scan:downloaded');
      // Parsing holds the main thread for a few hundred milliseconds; creating the
      // WebGL canvas first lets the browser's GPU process set up the context and
      // draw the empty frame meanwhile, instead of starting only after parsing.
      await Promise.race([canvasReady, new Promise((resolve) => setTimeout(resolve, CANVAS_WAIT_MS))]);
      disposeDecoders = await attachDecoders(loader, bytes, renderer);
      const gltf = await loader.parseAsync(bytes, new URL('./', url).href);
      performance.mark('scan:decoded');
      setScanStatus({ phase: 'ready', bytes: bytes.byteLength, triangles: countTriangles(gltf.scene) });
      return gltf.scene;
    } catch (error) {
      const message = describeScanError(uri, error);
      setScanStatus({ phase: 'error', message });
      throw new Error(message, { cause: error });
    } finally {
      // The decoder workers are only needed while decoding.
      disposeDecoders();
    }
  })();
  return { scene, provideRenderer };
}

let canvasCreated: () => void = () => undefined;
const canvasReady = new Promise<void>((resolve) => (canvasCreated = resolve));
/** How long decoding waits for the canvas at most (a page whose canvas never comes still decodes). */
const CANVAS_WAIT_MS = 2000;

/** Called by the 3D view once its WebGL canvas exists; see decodeScan. */
export function markCanvasCreated(): void {
  canvasCreated();
}

let latest: { url: string; decoding: ScanDecoding } | null = null;

/**
 * The decoding of the scan at `url`, started on the first call: the app calls it
 * as soon as the venue is validated and this module has arrived, the 3D view calls
 * it again when it mounts and gets the same decoding.
 */
export function decodeScanOnce(url: string, uri: string): ScanDecoding {
  if (latest?.url !== url) latest = { url, decoding: decodeScan(url, uri) };
  return latest.decoding;
}

/** Frees the GPU memory of a scan that is no longer shown. */
export function disposeScene(root: Object3D): void {
  root.traverse((o) => {
    if (!(o instanceof Mesh)) return;
    o.geometry.dispose();
    const materials = Array.isArray(o.material) ? o.material : [o.material];
    for (const m of materials) {
      for (const value of Object.values(m)) {
        if (value instanceof Texture) value.dispose();
      }
      m.dispose();
    }
  });
}
