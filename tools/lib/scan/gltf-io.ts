import { NodeIO, type Document } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import draco3d from 'draco3dgltf';
import { MeshoptDecoder, MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer';
import { stderrLogger } from './progress.ts';

/**
 * The one glTF reader/writer of the scan tools: every extension glTF-Transform
 * knows, with the Draco and meshopt codecs, so Draco- and meshopt-compressed
 * scans read like plain ones and the output can be meshopt-compressed.
 */
let shared: Promise<NodeIO> | undefined;

/** The shared NodeIO, created once (the WebAssembly codecs take a moment to start). */
export function scanIO(): Promise<NodeIO> {
  shared ??= (async () => {
    await Promise.all([MeshoptDecoder.ready, MeshoptEncoder.ready, MeshoptSimplifier.ready]);
    return new NodeIO().setLogger(stderrLogger()).registerExtensions(ALL_EXTENSIONS).registerDependencies({
      'draco3d.decoder': await draco3d.createDecoderModule(),
      'meshopt.decoder': MeshoptDecoder,
      'meshopt.encoder': MeshoptEncoder,
    });
  })();
  return shared;
}

/** The name written into every output's asset.generator, so a file says what made it. */
export const GENERATOR = 'museum-visit scan:import';

/** Serialises a document as GLB (meshopt compression, if set up, happens here). */
export async function writeGlb(doc: Document): Promise<Uint8Array> {
  doc.getRoot().getAsset().generator = GENERATOR;
  return (await scanIO()).writeBinary(doc);
}
