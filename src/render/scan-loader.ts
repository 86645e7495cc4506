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

/** True when a GLB's JSON chunk lists `extension` as used. */
export function glbUsesExtension(bytes: ArrayBuffer, extension: string): boolean {
  const view = new DataView(bytes);
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== 0x46546c67) return false; // not "glTF": let the loader say why
  const jsonLength = view.getUint32(12, true);
  const json = new TextDecoder().decode(new Uint8Array(bytes, 20, Math.min(jsonLength, bytes.byteLength - 20)));
  return json.includes(`"${extension}"`);
}

/** A scan being decoded: started as soon as its bytes arrive, before the 3D view's renderer exists. */
export interface ScanDecoding {
  /** The decoded scene graph; rejects with a sentence a visitor can read. */
  scene: Promise<Object3D>;
  /** Hands over the renderer once it exists (KTX2 textures need it to choose a GPU format). */
  provideRenderer(renderer: WebGLRenderer): void;
}

/**
 * Downloads (or takes the download under way) and decodes a glTF scan with Draco,
 * meshopt and KTX2 (Basis) support. Decoding starts without waiting for the
 * renderer, so images decode off the main thread while the browser sets up WebGL;
 * only a scan with KTX2 textures waits for it. The decoders are served by the app
 * itself: three.js names them with `new URL(…, import.meta.url)`, so the build emits
 * them as hashed assets beside the code (no CDN), and their WebAssembly is fetched
 * only when a scan uses them. Progress and outcome go to the scan store.
 */
export function decodeScan(url: string, uri: string): ScanDecoding {
  let provideRenderer: (renderer: WebGLRenderer) => void = () => undefined;
  const renderer = new Promise<WebGLRenderer>((resolve) => (provideRenderer = resolve));
  const draco = new DRACOLoader();
  const ktx2 = new KTX2Loader();
  const loader = new GLTFLoader().setDRACOLoader(draco).setKTX2Loader(ktx2).setMeshoptDecoder(MeshoptDecoder);
  const scene = (async () => {
    try {
      const bytes = await downloadScan(url);
      performance.mark('scan:downloaded');
      if (glbUsesExtension(bytes, 'KHR_texture_basisu')) ktx2.detectSupport(await renderer);
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
      draco.dispose();
      ktx2.dispose();
    }
  })();
  return { scene, provideRenderer };
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
