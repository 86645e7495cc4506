import type { Document, mat4, Node } from '@gltf-transform/core';
import { clearNodeTransform, dequantize, flatten, transformMesh, uninstance } from '@gltf-transform/functions';
import type { Progress } from './progress.ts';

/**
 * Writing the scan's placement into its geometry: after this the document's
 * meshes are in venue space (metres, Y up) with identity node transforms, so
 * scene.json needs no `scan.transform` and every later step (measuring,
 * simplifying in metres, cutting tiles) works on real coordinates.
 */

/** A uniform scale and an optional Z-up → Y-up turn, as a column-major matrix. */
export function orientationMatrix(scale: number, zUp: boolean): mat4 {
  // Z-up → Y-up is −90° about X: (x, y, z) → (x, z, −y).
  return zUp ? [scale, 0, 0, 0, 0, 0, -scale, 0, 0, scale, 0, 0, 0, 0, 0, 1] : [scale, 0, 0, 0, 0, scale, 0, 0, 0, 0, scale, 0, 0, 0, 0, 1];
}

/**
 * Keeps only the default scene, flattens it and bakes `matrix` and every node
 * transform into the vertices. Quantized input is dequantized first (its
 * dequantization lives in node transforms) and GPU instances become copies.
 */
export async function bakeIntoGeometry(doc: Document, matrix: mat4, progress: Progress, label: string): Promise<void> {
  const root = doc.getRoot();
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  if (!scene) throw new Error('the document has no scene');
  const others = root.listScenes().filter((s) => s !== scene);
  if (others.length > 0) progress.warn(`${label}: has ${root.listScenes().length} scenes; only the default one (${JSON.stringify(scene.getName() || 'scene 0')}) is imported`);
  others.forEach((s) => s.dispose());
  root.setDefaultScene(scene);

  await doc.transform(uninstance(), dequantize());
  // The input's compression was undone on reading; the output is compressed afresh (meshopt), never Draco.
  for (const ext of root.listExtensionsUsed()) {
    if (['KHR_draco_mesh_compression', 'EXT_meshopt_compression', 'KHR_mesh_quantization'].includes(ext.extensionName)) ext.dispose();
  }
  const wrapper = doc.createNode('scan');
  for (const child of scene.listChildren()) {
    scene.removeChild(child);
    wrapper.addChild(child);
  }
  wrapper.setMatrix(matrix);
  scene.addChild(wrapper);
  await doc.transform(flatten());
  // A mesh drawn by several nodes (at several places) needs a copy per place before baking.
  const seen = new Set<unknown>();
  const meshNodes: Node[] = [];
  scene.traverse((node) => {
    const mesh = node.getMesh();
    if (!mesh) return;
    if (seen.has(mesh)) node.setMesh(mesh.clone());
    seen.add(node.getMesh());
    meshNodes.push(node);
  });
  for (const node of meshNodes) clearNodeTransform(node);
  if (wrapper.listChildren().length === 0 && !wrapper.getMesh()) wrapper.dispose();
}

/** Moves every mesh (already baked to identity nodes) and every other node by `offset`. */
export function translateGeometry(doc: Document, offset: readonly [number, number, number]): void {
  if (offset.every((v) => v === 0)) return;
  const matrix: mat4 = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, offset[0], offset[1], offset[2], 1];
  for (const mesh of doc.getRoot().listMeshes()) transformMesh(mesh, matrix);
  // Lights and cameras stay where they were relative to the building.
  for (const node of doc.getRoot().listNodes()) {
    if (node.getMesh() || node.listParents().some((p) => p.propertyType === 'Node')) continue;
    const [x, y, z] = node.getTranslation();
    if (node.getCamera() || node.getExtension('KHR_lights_punctual')) node.setTranslation([x + offset[0], y + offset[1], z + offset[2]]);
  }
}
