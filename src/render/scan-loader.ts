import type { Object3D } from 'three';
import { Mesh, Texture, type WebGLRenderer } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { DRACOLoader } from 'three/examples/jsm/loaders/DRACOLoader.js';
import { KTX2Loader } from 'three/examples/jsm/loaders/KTX2Loader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
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

/**
 * A glTF loader that understands compressed scans: Draco and meshopt geometry and
 * KTX2 (Basis) textures. The decoders are served by the app itself: three.js names
 * them with `new URL(…, import.meta.url)`, so the build emits them as hashed assets
 * beside the code (no CDN), and their WebAssembly is fetched only when a scan uses
 * them. Call `dispose` to end the decoder workers.
 */
export function createScanLoader(renderer: WebGLRenderer): { loader: GLTFLoader; dispose(): void } {
  const draco = new DRACOLoader();
  const ktx2 = new KTX2Loader().detectSupport(renderer);
  const loader = new GLTFLoader().setDRACOLoader(draco).setKTX2Loader(ktx2).setMeshoptDecoder(MeshoptDecoder);
  return {
    loader,
    dispose() {
      draco.dispose();
      ktx2.dispose();
    },
  };
}

/**
 * Loads the scan at `url` (downloading it, or taking the download already under
 * way) and decodes it; resolves with its scene graph. Progress goes to the scan store.
 */
export async function loadGltfScan(loader: GLTFLoader, url: string, uri: string, signal: AbortSignal): Promise<Object3D> {
  try {
    performance.mark('scan:decode-start');
    const bytes = await downloadScan(url);
    performance.mark('scan:downloaded');
    if (signal.aborted) throw new DOMException('aborted', 'AbortError');
    const gltf = await loader.parseAsync(bytes, new URL('./', url).href);
    performance.mark('scan:decoded');
    if (signal.aborted) throw new DOMException('aborted', 'AbortError');
    setScanStatus({ phase: 'ready', bytes: bytes.byteLength, triangles: countTriangles(gltf.scene) });
    return gltf.scene;
  } catch (error) {
    if (signal.aborted) throw error;
    const message = describeScanError(uri, error);
    setScanStatus({ phase: 'error', message });
    throw new Error(message, { cause: error });
  }
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
