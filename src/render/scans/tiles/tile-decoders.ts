import type { WebGLRenderer } from 'three';
import type { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { attachDecoders, gltfJsonText, gltfUsesExtension, type DisposeDecoders } from '../../scan-decoders.ts';

/**
 * The glTF decoders of the tiles' shared GLTFLoader. Our importer writes every
 * tile with EXT_meshopt_compression (plus KHR_mesh_quantization and
 * EXT_texture_webp, which three's GLTFLoader reads by itself), so the meshopt
 * decoder is attached up front; it is part of this lazily loaded chunk. Draco
 * and KTX2 (tilesets from other tools) are fetched the first time a tile names
 * them, with the same lazy imports and self-hosted decoders as a glTF scan
 * (scan-decoders.ts), and kept until the tileset is closed.
 */
export class TileDecoders {
  private readonly attached = new Set<string>();
  private readonly disposers: DisposeDecoders[] = [];
  /** Attachments run one after the other, so two tiles arriving together create one decoder, not two. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly loader: GLTFLoader,
    private readonly renderer: WebGLRenderer,
  ) {
    loader.setMeshoptDecoder(MeshoptDecoder);
    this.attached.add('EXT_meshopt_compression').add('KHR_meshopt_compression');
  }

  /** Makes sure the loader can decode the glTF in `bytes` before it is parsed. */
  prepare(bytes: ArrayBuffer): Promise<void> {
    const json = gltfJsonText(bytes);
    const missing = OPTIONAL.filter((name) => gltfUsesExtension(json, name) && !this.attached.has(name));
    if (missing.length === 0) return this.queue;
    const attach = this.queue.then(async () => {
      const still = missing.filter((name) => !this.attached.has(name));
      if (still.length === 0) return;
      this.disposers.push(await attachDecoders(this.loader, bytes, Promise.resolve(this.renderer)));
      for (const name of still) this.attached.add(name);
    });
    // A decoder that failed to load fails this tile; the next tile that needs it tries again.
    this.queue = attach.catch(() => undefined);
    return attach;
  }

  /** Ends the decoders' workers. */
  dispose(): void {
    for (const dispose of this.disposers.splice(0)) dispose();
  }
}

/** Extensions that need a decoder fetched on demand. */
const OPTIONAL = ['KHR_draco_mesh_compression', 'KHR_texture_basisu'] as const;
