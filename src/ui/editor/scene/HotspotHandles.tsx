import { useCallback, useMemo } from 'react';
import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { CircleGeometry, DoubleSide, MeshBasicMaterial, Quaternion, TorusGeometry, Vector3, type Group } from 'three';
import { useRef } from 'react';
import { useEditorState, useEditorStore } from '../state/current-editor.ts';
import { useSurfaceDrag } from './use-surface-drag.ts';

const ring = new TorusGeometry(0.32, 0.05, 10, 40);
const ringMaterial = new MeshBasicMaterial({ color: '#1d4ed8', side: DoubleSide, depthTest: false, transparent: true, opacity: 0.9 });
// The whole disc inside the ring takes the pointer (a torus alone has a hole where one clicks).
const grip = new CircleGeometry(0.36, 32);
const gripMaterial = new MeshBasicMaterial({ color: '#1d4ed8', side: DoubleSide, depthTest: false, depthWrite: false, transparent: true, opacity: 0.18 });
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
  const handle = useRef<Group>(null);

  const startDrag = useSurfaceDrag();
  const onPointerDown = useCallback(
    (e: ThreeEvent<PointerEvent>) => {
      if (selection?.kind !== 'hotspot' || e.button !== 0) return;
      e.stopPropagation();
      const id = selection.id;
      startDrag(e.nativeEvent, (hit, gesture) => store.getState().apply({ type: 'moveHotspot', id, position: hit.point, ...(hit.normal ? { normal: hit.normal } : {}) }, { gesture }).ok);
    },
    [store, selection, startDrag],
  );

  const orientation = useMemo(() => {
    const n = hotspot?.normal;
    const q = new Quaternion();
    if (n && Math.hypot(...n) > 0) q.setFromUnitVectors(Z, new Vector3(...n).normalize());
    return q;
  }, [hotspot?.normal]);

  // Keep the ring about the same size on screen, as the pins are.
  useFrame(({ camera }) => {
    if (handle.current) handle.current.scale.setScalar(Math.min(3, Math.max(0.25, camera.position.distanceTo(handle.current.position) / 14)));
  });

  if (!hotspot) return null;
  return (
    <group ref={handle} name="hotspot-drag-handle" position={hotspot.position} quaternion={orientation} onPointerDown={onPointerDown}>
      <mesh geometry={ring} material={ringMaterial} renderOrder={10} />
      <mesh geometry={grip} material={gripMaterial} renderOrder={10} />
    </group>
  );
}
