import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { draco, meshopt } from '@gltf-transform/functions';
import draco3d from 'draco3dgltf';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import { ROOT } from './fixtures.ts';

/**
 * The demo scan re-encoded with Draco or meshopt geometry compression, made on the
 * fly with @gltf-transform, as a museum's optimised scan would arrive.
 */
export async function compressedDemoScan(kind: 'draco' | 'meshopt'): Promise<Buffer> {
  await MeshoptEncoder.ready;
  await MeshoptDecoder.ready;
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'draco3d.encoder': await draco3d.createEncoderModule(),
    'draco3d.decoder': await draco3d.createDecoderModule(),
    'meshopt.encoder': MeshoptEncoder,
    'meshopt.decoder': MeshoptDecoder,
  });
  const doc = await io.readBinary(readFileSync(join(ROOT, 'scenes', 'demo-museum', 'scan.glb')));
  await doc.transform(kind === 'draco' ? draco() : meshopt({ encoder: MeshoptEncoder }));
  return Buffer.from(await io.writeBinary(doc));
}
