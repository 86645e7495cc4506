import type { WebGLRenderer } from 'three';
import type { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';

/**
 * The optional glTF decoders (Draco geometry, meshopt geometry, KTX2/Basis
 * textures), fetched only for a scan that declares it needs them. Together they
 * are about 32 KiB of gzipped script (KTX2 alone brings a zstd decoder) that an
 * uncompressed scan, such as the demo museum's, never uses; leaving them out of
 * the 3D view's chunk makes every first visit download and evaluate less.
 */

/** The glTF extensions this module can supply a decoder for. */
const DRACO = 'KHR_draco_mesh_compression';
const MESHOPT = ['EXT_meshopt_compression', 'KHR_meshopt_compression'];
const KTX2 = 'KHR_texture_basisu';

/**
 * The text of a glTF's JSON: the JSON chunk of a GLB, or the whole file of a
 * `.gltf`. Anything else gives an empty string, and the loader says what is wrong.
 */
export function gltfJsonText(bytes: ArrayBuffer): string {
  const view = new DataView(bytes);
  if (bytes.byteLength >= 20 && view.getUint32(0, true) === 0x46546c67) {
    const jsonLength = view.getUint32(12, true);
    return new TextDecoder().decode(new Uint8Array(bytes, 20, Math.min(jsonLength, bytes.byteLength - 20)));
  }
  const head = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 64));
  const firstChar = head.find((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf);
  return firstChar === 0x7b /* { */ ? new TextDecoder().decode(bytes) : '';
}

/** True when a glTF's JSON names `extension` (as used or required). */
export function gltfUsesExtension(json: string, extension: string): boolean {
  return json.includes(`"${extension}"`);
}

/** Releases the decoders' workers once a scan is decoded. */
export type DisposeDecoders = () => void;

/**
 * Gives `loader` the decoders that the glTF in `bytes` needs, importing each on
 * demand. KTX2 waits for the renderer, since it picks the GPU texture format.
 * The decoders' own WebAssembly is served by the app (three names it with
 * `new URL(…, import.meta.url)`, so the build emits it beside the code).
 */
export async function attachDecoders(loader: GLTFLoader, bytes: ArrayBuffer, renderer: Promise<WebGLRenderer>): Promise<DisposeDecoders> {
  const json = gltfJsonText(bytes);
  const disposers: DisposeDecoders[] = [];
  const jobs: Promise<void>[] = [];
  if (gltfUsesExtension(json, DRACO)) {
    jobs.push(
      import('three/examples/jsm/loaders/DRACOLoader.js').then(({ DRACOLoader }) => {
        const draco = new DRACOLoader();
        loader.setDRACOLoader(draco);
        disposers.push(() => draco.dispose());
      }),
    );
  }
  if (MESHOPT.some((name) => gltfUsesExtension(json, name))) {
    jobs.push(
      import('three/examples/jsm/libs/meshopt_decoder.module.js').then(({ MeshoptDecoder }) => {
        loader.setMeshoptDecoder(MeshoptDecoder);
      }),
    );
  }
  if (gltfUsesExtension(json, KTX2)) {
    jobs.push(
      Promise.all([import('three/examples/jsm/loaders/KTX2Loader.js'), renderer]).then(([{ KTX2Loader }, gl]) => {
        const ktx2 = new KTX2Loader().detectSupport(gl);
        loader.setKTX2Loader(ktx2);
        disposers.push(() => ktx2.dispose());
      }),
    );
  }
  await Promise.all(jobs);
  return () => disposers.forEach((dispose) => dispose());
}
