import { Primitive, type Document } from '@gltf-transform/core';
import { meshopt, prune } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { positionBits } from './optimize-mesh.ts';

/**
 * The point-cloud pipeline: keep position and colour (what a point renderer
 * draws), sort points along a space-filling curve so neighbours are neighbours
 * in the file (meshopt compresses them far better), quantize, compress.
 */
export async function optimizePoints(doc: Document, extentM: number): Promise<void> {
  await MeshoptEncoder.ready;
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      if (prim.getMode() !== Primitive.Mode.POINTS) continue;
      for (const semantic of prim.listSemantics()) if (semantic !== 'POSITION' && semantic !== 'COLOR_0') prim.setAttribute(semantic, null);
      const position = prim.getAttribute('POSITION')!;
      const positions = position.getArray() as Float32Array;
      // remap[old] = new
      const remap = MeshoptEncoder.reorderPoints(positions, 3);
      for (const accessor of prim.listAttributes()) {
        const size = accessor.getElementSize();
        const src = accessor.getArray()!;
        const dst = new (src.constructor as Float32ArrayConstructor)(src.length);
        for (let i = 0; i < remap.length; i++) for (let k = 0; k < size; k++) dst[remap[i]! * size + k] = src[i * size + k]!;
        accessor.setArray(dst);
      }
    }
  }
  await doc.transform(prune(), meshopt({ encoder: MeshoptEncoder, level: 'high', quantizePosition: positionBits(extentM), quantizeColor: 8 }));
}
