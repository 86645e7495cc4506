import { useCallback, useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { Raycaster, Vector2, type Camera, type Object3D } from 'three';
import { holdCamera, type SurfaceHit } from '../../../state/scene-interaction.ts';
import { viewStore } from '../../../state/view-store.ts';
import { cutHeight } from '../../../render/FloorClipping.tsx';
import { useEditorStore } from '../state/current-editor.ts';

/** A press that moves less than this (CSS pixels) is a click, not a drag: it must not nudge the item onto the wall behind it. */
const DRAG_SLOP_PX = 4;

let gestureCounter = 0;

/**
 * Where the ray through a screen point meets the building (the scene object named
 * "building"), skipping what the overview cuts away above the floor in focus
 * (clipping hides it from view, not from rays). The normal faces the camera.
 */
export function surfaceAt(clientX: number, clientY: number, dom: HTMLElement, camera: Camera, building: Object3D, cut: number, raycaster = new Raycaster()): SurfaceHit | null {
  const rect = dom.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  const ndc = new Vector2(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
  raycaster.setFromCamera(ndc, camera);
  const hit = raycaster.intersectObject(building, true).find((h) => h.point.y < cut);
  if (!hit) return null;
  const normal = hit.face ? hit.face.normal.clone().transformDirection(hit.object.matrixWorld) : null;
  if (normal && normal.dot(raycaster.ray.direction) > 0) normal.negate();
  return { point: [hit.point.x, hit.point.y, hit.point.z], normal: normal ? [normal.x, normal.y, normal.z] : null };
}

/**
 * Moves an item to the surface under the pointer; `gesture` names the drag, so the
 * history merges its moves into one undo step. Returns false when the item can no
 * longer move (it was deleted or undone): the drag then stops.
 */
export type SurfaceMove = (hit: SurfaceHit, gesture: string) => boolean;

/**
 * Dragging a handle along the building's surfaces (exhibits, beacons). Returns
 * `start(pointerDown, move)`: from then on the camera is held, each pointer move
 * (at most once a frame) finds the surface under the pointer and hands it to
 * `move`; releasing the pointer ends the drag and its undo step. Listens on the
 * window, so a release outside the canvas ends the drag too.
 */
export function useSurfaceDrag(): (down: PointerEvent, move: SurfaceMove) => void {
  const store = useEditorStore();
  const get = useThree((s) => s.get);
  const endActive = useRef<(() => void) | null>(null);
  // A drag still running when the handles unmount (the tab changed) ends cleanly.
  useEffect(() => () => endActive.current?.(), []);

  return useCallback(
    (down: PointerEvent, moveTo: SurfaceMove) => {
      endActive.current?.();
      holdCamera(true);
      const gesture = `surface-drag-${++gestureCounter}`;
      const raycaster = new Raycaster();
      let dragging = false;
      let pending: PointerEvent | null = null;
      let frame = 0;

      const step = (): void => {
        frame = 0;
        const e = pending;
        pending = null;
        if (!e) return;
        const { gl, camera, scene, invalidate } = get();
        const building = scene.getObjectByName('building');
        if (!building) return;
        const { floor, mode } = viewStore.getState();
        const hit = surfaceAt(e.clientX, e.clientY, gl.domElement, camera, building, cutHeight(store.getState().venue, floor, mode) ?? Infinity, raycaster);
        if (!hit) return;
        if (!moveTo(hit, gesture)) end();
        invalidate();
      };
      const move = (e: PointerEvent): void => {
        if (e.pointerId !== down.pointerId) return;
        if (!dragging && Math.hypot(e.clientX - down.clientX, e.clientY - down.clientY) < DRAG_SLOP_PX) return;
        dragging = true;
        pending = e;
        if (frame === 0) frame = requestAnimationFrame(step);
      };
      const up = (e: PointerEvent): void => {
        if (e.pointerId !== down.pointerId) return;
        if (frame !== 0) {
          cancelAnimationFrame(frame);
          step(); // the last position the pointer reached counts
        }
        end();
      };
      const end = (): void => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', up);
        if (frame !== 0) cancelAnimationFrame(frame);
        frame = 0;
        holdCamera(false);
        store.getState().breakCoalescing();
        if (endActive.current === end) endActive.current = null;
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', up);
      endActive.current = end;
    },
    [store, get],
  );
}
