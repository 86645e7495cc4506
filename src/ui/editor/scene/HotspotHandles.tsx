import { useCallback, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { DoubleSide, MeshBasicMaterial, Quaternion, TorusGeometry, Vector3, type Mesh } from 'three';
import { useRef } from 'react';
import type { SurfaceHit } from '../../../state/scene-interaction.ts';
import { useEditorState, useEditorStore } from '../state/current-editor.ts';
import { useSurfaceDrag } from './use-surface-drag.ts';

const ring = new TorusGeometry(0.32, 0.05, 10, 40);
const ringMaterial = new MeshBasicMaterial({ color: '#1d4ed8', side: DoubleSide, depthTest: false, transparent: true, opacity: 0.9 });
const Z = new Vector3(0, 0, 1);

/**
 * The grab ring around the selected exhibit: dragging it moves the exhibit along
 * the walls and displays, keeping it facing out from the surface under the
 * pointer. The whole drag is one undo step.
 */
export function HotspotHandles() {
  const store = useEditorStore();
  const selection = useEditorState((s) => s.selection);
  const hotspot = useEditorState((s) => (s.selection?.kind === 'hotspot' ? s.venue.hotspots?.find((h) => h.id === s.selection!.id) : undefined));
  const mesh = useRef<Mesh>(null);

  const onMove = useCallback(
    (hit: SurfaceHit, gesture: string) => {
      if (selection?.kind !== 'hotspot') return;
      store.getState().apply({ type: 'moveHotspot', id: selection.id, position: hit.point, ...(hit.normal ? { normal: hit.normal } : {}) }, { gesture });
    },
    [store, selection],
  );
  const onEnd = useCallback(() => store.getState().breakCoalescing(), [store]);
  const onPointerDown = useSurfaceDrag(onMove, onEnd);

  const orientation = useMemo(() => {
    const n = hotspot?.normal;
    const q = new Quaternion();
    if (n && Math.hypot(...n) > 0) q.setFromUnitVectors(Z, new Vector3(...n).normalize());
    return q;
  }, [hotspot?.normal]);

  // Keep the ring about the same size on screen, as the pins are.
  useFrame(({ camera }) => {
    if (mesh.current) mesh.current.scale.setScalar(Math.min(3, Math.max(0.25, camera.position.distanceTo(mesh.current.position) / 14)));
  });

  if (!hotspot) return null;
  return (
    <mesh
      ref={mesh}
      name="hotspot-drag-handle"
      geometry={ring}
      material={ringMaterial}
      position={hotspot.position}
      quaternion={orientation}
      renderOrder={10}
      onPointerDown={onPointerDown}
    />
  );
}
