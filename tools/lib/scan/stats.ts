import { Primitive, type Document } from '@gltf-transform/core';

/**
 * Counting what a glTF document draws: the triangles of its meshes and the
 * points of its point primitives, as the result line reports them. Counted per
 * node that uses a mesh, so an instanced mesh counts as often as it is drawn.
 */
export interface DrawCounts {
  triangles: number;
  points: number;
}

/** How many triangles (or points) one primitive draws. */
export function primitiveCounts(prim: Primitive): DrawCounts {
  const n = prim.getIndices()?.getCount() ?? prim.getAttribute('POSITION')?.getCount() ?? 0;
  switch (prim.getMode()) {
    case Primitive.Mode.TRIANGLES:
      return { triangles: Math.floor(n / 3), points: 0 };
    case Primitive.Mode.TRIANGLE_STRIP:
    case Primitive.Mode.TRIANGLE_FAN:
      return { triangles: Math.max(0, n - 2), points: 0 };
    case Primitive.Mode.POINTS:
      return { triangles: 0, points: n };
    default:
      return { triangles: 0, points: 0 };
  }
}

/** Triangles and points the document's default scene draws (the one a viewer shows). */
export function countDrawn(doc: Document): DrawCounts {
  const total: DrawCounts = { triangles: 0, points: 0 };
  const root = doc.getRoot();
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  const visit = (node: ReturnType<typeof root.listNodes>[number]): void => {
    for (const prim of node.getMesh()?.listPrimitives() ?? []) {
      const c = primitiveCounts(prim);
      total.triangles += c.triangles;
      total.points += c.points;
    }
    node.listChildren().forEach(visit);
  };
  if (!scene) {
    // A document without scenes still has meshes worth counting.
    for (const mesh of root.listMeshes()) for (const prim of mesh.listPrimitives()) {
      const c = primitiveCounts(prim);
      total.triangles += c.triangles;
      total.points += c.points;
    }
    return total;
  }
  scene.listChildren().forEach(visit);
  return total;
}
