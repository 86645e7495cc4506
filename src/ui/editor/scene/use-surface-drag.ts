import { useCallback, useEffect, useRef } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { Raycaster, Vector2, type Object3D } from 'three';
import { holdCamera, type SurfaceHit } from '../../../state/scene-interaction.ts';

/**
 * Dragging a handle along the building's surfaces: while the pointer is down on the
 * handle, the camera stays still and each move casts a ray from the pointer into
 * the building; `onMove` gets the surface point and normal under the pointer.
 * Moves with no surface under the pointer (the sky) are skipped.
 */
export function useSurfaceDrag(onMove: (hit: SurfaceHit, gesture: string) => void, onEnd: () => void) {
  const camera = useThree((s) => s.camera);
  const scene = useThree((s) => s.scene);
  const dom = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const drag = useRef<{ gesture: string; pointerId: number } | null>(null);
  const move = useRef(onMove);
  const end = useRef(onEnd);
  useEffect(() => {
    move.current = onMove;
    end.current = onEnd;
  }, [onMove, onEnd]);

  useEffect(() => {
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    const building = (): Object3D | undefined => scene.getObjectByName('building');

    const pointermove = (e: PointerEvent): void => {
      const current = drag.current;
      const target = building();
      if (!current || e.pointerId !== current.pointerId || !target) return;
      const rect = dom.getBoundingClientRect();
      ndc.set(((e.clientX - rect.left) / rect.width) * 2 - 1, -((e.clientY - rect.top) / rect.height) * 2 + 1);
      raycaster.setFromCamera(ndc, camera);
      const hit = raycaster.intersectObject(target, true)[0];
      if (!hit) return;
      const normal = hit.face ? hit.face.normal.clone().transformDirection(hit.object.matrixWorld) : null;
      if (normal && normal.dot(raycaster.ray.direction) > 0) normal.negate();
      move.current({ point: [hit.point.x, hit.point.y, hit.point.z], normal: normal ? [normal.x, normal.y, normal.z] : null }, current.gesture);
      invalidate();
    };
    const pointerup = (e: PointerEvent): void => {
      if (!drag.current || e.pointerId !== drag.current.pointerId) return;
      drag.current = null;
      holdCamera(false);
      dom.style.cursor = '';
      end.current();
    };
    window.addEventListener('pointermove', pointermove);
    window.addEventListener('pointerup', pointerup);
    window.addEventListener('pointercancel', pointerup);
    return () => {
      window.removeEventListener('pointermove', pointermove);
      window.removeEventListener('pointerup', pointerup);
      window.removeEventListener('pointercancel', pointerup);
      if (drag.current) holdCamera(false);
    };
  }, [camera, scene, dom, invalidate]);

  /** Put on the handle's `onPointerDown`. */
  return useCallback(
    (e: ThreeEvent<PointerEvent>) => {
      if (e.button !== 0) return;
      e.stopPropagation();
      holdCamera(true);
      dom.style.cursor = 'grabbing';
      drag.current = { gesture: `drag-${e.pointerId}-${Math.round(e.timeStamp)}`, pointerId: e.pointerId };
    },
    [dom],
  );
}
