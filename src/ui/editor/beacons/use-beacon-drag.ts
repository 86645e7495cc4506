import { useCallback, useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import { Raycaster, Vector2, type Camera, type Object3D } from 'three';
import type { SurfaceHit } from '../../../state/scene-interaction.ts';
import { holdCamera } from '../../../state/scene-interaction.ts';
import { viewStore } from '../../../state/view-store.ts';
import { cutHeight } from '../../../render/FloorClipping.tsx';
import { useEditorStore } from '../state/current-editor.ts';
import { BEACON_SURFACE_OFFSET, beaconFloorAt, offsetAlongNormal } from './place-beacon.ts';

/** A press that moves less than this (CSS pixels) is a click, not a drag: it must not nudge the beacon onto the wall behind it. */
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
 * Dragging a beacon along the building's surfaces. Returns `start(id, pointerDown)`:
 * from then on the camera is held, each pointer move (at most once a frame) moves
 * the beacon to the surface under the pointer, 5 cm out, on the floor of that
 * height, and the whole drag is one undo step; releasing the pointer ends it.
 * Listens on the window, so a release outside the canvas ends the drag too.
 */
export function useBeaconDrag(): (id: string, down: PointerEvent) => void {
  const store = useEditorStore();
  const get = useThree((s) => s.get);
  const endActive = useRef<(() => void) | null>(null);
  // A drag still running when the handles unmount (the tab changed) ends cleanly.
  useEffect(() => () => endActive.current?.(), []);

  return useCallback(
    (id: string, down: PointerEvent) => {
      endActive.current?.();
      holdCamera(true);
      const gesture = `beacon-drag-${++gestureCounter}`;
      const raycaster = new Raycaster();
      let dragging = false;
      let pending: PointerEvent | null = null;
      let frame = 0;

      const step = (): void => {
        frame = 0;
        const e = pending;
        pending = null;
        if (!e) return;
        const { gl, camera, scene } = get();
        const building = scene.getObjectByName('building');
        if (!building) return;
        const { venue } = store.getState();
        const { floor, mode } = viewStore.getState();
        const hit = surfaceAt(e.clientX, e.clientY, gl.domElement, camera, building, cutHeight(venue, floor, mode) ?? Infinity, raycaster);
        if (!hit) return;
        const position = offsetAlongNormal(hit.point, hit.normal, BEACON_SURFACE_OFFSET);
        const outcome = store.getState().apply({ type: 'moveBeacon', id, position, floor: beaconFloorAt(venue, hit.point, hit.normal) }, { gesture });
        // The beacon is gone (undone, deleted): stop rather than repeat the refusal at every move.
        if (!outcome.ok) end();
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
