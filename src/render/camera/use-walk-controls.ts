import { useEffect, useRef } from 'react';
import { Vector3, type Camera } from 'three';
import type { Venue } from '../../core/venue/index.ts';
import { EYE_HEIGHT, floorAtHeight, type Pose } from '../../core/camera/framing.ts';
import { walkableAreaOf, type WalkableArea } from '../../core/geometry/walkable.ts';
import { viewStore } from '../../state/view-store.ts';
import { sceneInteraction } from '../../state/scene-interaction.ts';

/** Walking speed, m/s: an unhurried museum pace. */
const WALK_SPEED = 1.4;
/** Turning speed for the arrow keys, rad/s. */
const TURN_SPEED = 1.6;
const MAX_PITCH = 1.2;

const FORWARD = new Set(['w', 'W', 'ArrowUp']);
const BACK = new Set(['s', 'S', 'ArrowDown']);
const LEFT = new Set(['a', 'A']);
const RIGHT = new Set(['d', 'D']);
const TURN_LEFT = new Set(['ArrowLeft', 'q', 'Q']);
const TURN_RIGHT = new Set(['ArrowRight', 'e', 'E']);
const MOVE_KEYS = new Set([...FORWARD, ...BACK, ...LEFT, ...RIGHT, ...TURN_LEFT, ...TURN_RIGHT]);

export interface WalkControls {
  /** Takes over the look direction of a pose (after a flight or a jump). */
  syncFromCamera(pose: Pose): void;
  /** The point one metre ahead of the eye. */
  target(): Vector3;
  /** Moves and turns for the keys held down; returns true when anything changed. */
  update(deltaS: number): boolean;
  /** The walkable area of a floor. */
  area(floorId: string): WalkableArea;
}

/**
 * First-person controls for the walk view: drag to look around, W/A/S/D or the
 * arrow keys to walk and turn, at eye height, never through walls or obstacles.
 * Keys act only while the 3D view has keyboard focus, so Tab still leaves it.
 */
export function useWalkControls(venue: Venue, camera: Camera, dom: HTMLElement, invalidate: () => void): WalkControls {
  const yaw = useRef(0);
  const pitch = useRef(0);
  const keys = useRef(new Set<string>());
  const area = (floorId: string): WalkableArea => walkableAreaOf(venue, floorId);
  const forward = (): Vector3 =>
    new Vector3(-Math.sin(yaw.current) * Math.cos(pitch.current), Math.sin(pitch.current), -Math.cos(yaw.current) * Math.cos(pitch.current));
  const lookAhead = (): void => {
    camera.lookAt(camera.position.clone().add(forward()));
  };
  const walking = (): boolean => viewStore.getState().mode === 'walk';

  useEffect(() => {
    let dragging: { x: number; y: number } | null = null;
    const down = (e: PointerEvent) => {
      if (!walking() || e.button !== 0) return;
      dragging = { x: e.clientX, y: e.clientY };
    };
    const move = (e: PointerEvent) => {
      if (!dragging || !walking()) return;
      if (sceneInteraction.getState().cameraHeld) return; // the editor is dragging something
      // Grab the world: dragging right turns the view left, as in photo tours.
      yaw.current += (e.clientX - dragging.x) * 0.004;
      pitch.current = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, pitch.current + (e.clientY - dragging.y) * 0.004));
      dragging = { x: e.clientX, y: e.clientY };
      lookAhead();
      invalidate();
    };
    const up = () => {
      dragging = null;
    };
    const keydown = (e: KeyboardEvent) => {
      if (!walking() || !MOVE_KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault(); // arrows would scroll the page
      keys.current.add(e.key);
      invalidate();
    };
    const keyup = (e: KeyboardEvent) => keys.current.delete(e.key);
    const blur = () => keys.current.clear();
    dom.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    dom.addEventListener('keydown', keydown);
    dom.addEventListener('keyup', keyup);
    dom.addEventListener('blur', blur);
    return () => {
      dom.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      dom.removeEventListener('keydown', keydown);
      dom.removeEventListener('keyup', keyup);
      dom.removeEventListener('blur', blur);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dom, invalidate]);

  return {
    area,
    syncFromCamera(pose) {
      const dx = pose.target[0] - pose.position[0];
      const dy = pose.target[1] - pose.position[1];
      const dz = pose.target[2] - pose.position[2];
      const len = Math.hypot(dx, dy, dz) || 1;
      yaw.current = Math.atan2(-dx, -dz);
      pitch.current = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, Math.asin(dy / len)));
    },
    target: () => camera.position.clone().add(forward()),
    update(deltaS) {
      const held = keys.current;
      if (held.size === 0) return false;
      const dt = Math.min(deltaS, 0.1); // a stalled frame must not teleport the visitor
      const has = (set: Set<string>) => [...held].some((k) => set.has(k));
      if (has(TURN_LEFT)) yaw.current += TURN_SPEED * dt;
      if (has(TURN_RIGHT)) yaw.current -= TURN_SPEED * dt;
      const ahead = (has(FORWARD) ? 1 : 0) - (has(BACK) ? 1 : 0);
      const side = (has(RIGHT) ? 1 : 0) - (has(LEFT) ? 1 : 0);
      if (ahead !== 0 || side !== 0) {
        const fx = -Math.sin(yaw.current), fz = -Math.cos(yaw.current);
        const rx = Math.cos(yaw.current), rz = -Math.sin(yaw.current);
        const step = WALK_SPEED * dt;
        const floorId = floorAtHeight(venue, camera.position.y - EYE_HEIGHT);
        const from: [number, number] = [camera.position.x, camera.position.z];
        const to: [number, number] = [from[0] + (fx * ahead + rx * side) * step, from[1] + (fz * ahead + rz * side) * step];
        const [x, z] = area(floorId).reach(from, to);
        const floor = venue.floors.find((f) => f.id === floorId);
        camera.position.set(x, (floor?.elevation ?? 0) + EYE_HEIGHT, z);
      }
      lookAhead();
      invalidate();
      return true;
    },
  };
}
