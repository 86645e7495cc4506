import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { CircleGeometry, MeshBasicMaterial, RingGeometry, type Group } from 'three';
import type { Venue } from '../core/venue/index.ts';
import { fixIn, positionStore } from '../state/position-store.ts';
import { prefersReducedMotion, viewStore } from '../state/view-store.ts';

/**
 * "You are here" in 3D: a blue dot lying on the floor with a translucent disc as
 * wide as the position's uncertainty. It glides towards each new fix instead of
 * jumping (a fix comes a few times a second), keeps about the same size on screen
 * like the exhibit pins, and shows only on the floor in focus when floors are cut
 * away. The position is read in `useFrame` from the vanilla store: a new fix asks
 * for a frame (the canvas renders on demand), and so does every frame of a glide.
 */

/** Above the walking surface, so the dot does not flicker against the scan's floor. */
const LIFT_M = 0.05;
/** How quickly the dot closes the gap to a new fix: about 63 % in 1/EASE_RATE seconds. */
const EASE_RATE = 5;
/** Longest frame step the glide takes: after a pause the first frame must not leap. */
const MAX_STEP_S = 1 / 30;
/** The dot's radius at 14 m from the camera, metres; it scales with distance between the bounds below. */
const DOT_RADIUS_M = 0.22;

const disc = new CircleGeometry(1, 64);
disc.rotateX(-Math.PI / 2);
const rim = new RingGeometry(0.97, 1, 64);
rim.rotateX(-Math.PI / 2);
const dot = new CircleGeometry(DOT_RADIUS_M, 32);
dot.rotateX(-Math.PI / 2);
const halo = new RingGeometry(DOT_RADIUS_M, DOT_RADIUS_M * 1.4, 32);
halo.rotateX(-Math.PI / 2);

/** Flat, unlit, drawn after the building without writing depth, so overlapping parts do not cut each other. */
const flat = (color: string, opacity: number) => new MeshBasicMaterial({ color, transparent: opacity < 1, opacity, depthWrite: false, polygonOffset: true, polygonOffsetFactor: -4 });
const areaMaterial = flat('#2563eb', 0.18);
const rimMaterial = flat('#1d4ed8', 0.55);
const dotMaterial = flat('#1d4ed8', 1);
const haloMaterial = flat('#ffffff', 1);

const dotScaleFor = (distance: number): number => Math.min(4, Math.max(0.6, distance / 14));

export function YouAreHere({ venue }: { venue: Venue }) {
  const invalidate = useThree((s) => s.invalidate);
  const group = useRef<Group>(null);
  const area = useRef<Group>(null);
  const marker = useRef<Group>(null);
  /** What is drawn now, gliding towards the latest fix. */
  const shown = useRef<{ x: number; z: number; r: number; floor: string } | null>(null);
  const elevation = useMemo(() => new Map(venue.floors.map((f) => [f.id, f.elevation])), [venue]);
  // Asked once: a media query per frame would be waste, and the wish rarely changes during a visit.
  const reducedMotion = useMemo(prefersReducedMotion, []);

  // A new fix, or another floor in focus, needs a frame.
  useEffect(() => {
    const unsubscribePosition = positionStore.subscribe(() => invalidate());
    const unsubscribeView = viewStore.subscribe(() => invalidate());
    return () => {
      unsubscribePosition();
      unsubscribeView();
    };
  }, [invalidate]);

  useFrame(({ camera }, delta) => {
    const g = group.current;
    if (!g || !area.current || !marker.current) return;
    const fix = fixIn(positionStore.getState(), venue.id);
    const focus = viewStore.getState().floor;
    if (!fix || !elevation.has(fix.floor)) {
      g.visible = false;
      shown.current = null;
      return;
    }
    const target = { x: fix.position[0], z: fix.position[1], r: fix.accuracy, floor: fix.floor };
    const current = shown.current;
    // A first fix, a change of floor or a wish for less motion: no glide.
    if (!current || current.floor !== target.floor || reducedMotion) {
      shown.current = { ...target };
    } else {
      const k = 1 - Math.exp(-EASE_RATE * Math.min(delta, MAX_STEP_S));
      current.x += (target.x - current.x) * k;
      current.z += (target.z - current.z) * k;
      current.r += (target.r - current.r) * k;
      const gap = Math.max(Math.abs(target.x - current.x), Math.abs(target.z - current.z), Math.abs(target.r - current.r));
      if (gap > 0.005) invalidate();
      else Object.assign(current, target);
    }
    const s = shown.current!;
    g.visible = focus === null || focus === s.floor;
    g.position.set(s.x, (elevation.get(s.floor) ?? 0) + LIFT_M, s.z);
    area.current.scale.set(s.r, 1, s.r);
    marker.current.scale.setScalar(dotScaleFor(camera.position.distanceTo(g.position)));
  });

  return (
    <group ref={group} name="you-are-here" visible={false}>
      <group ref={area}>
        <mesh geometry={disc} material={areaMaterial} renderOrder={10} />
        <mesh geometry={rim} material={rimMaterial} renderOrder={11} />
      </group>
      <group ref={marker} position={[0, 0.01, 0]}>
        <mesh geometry={halo} material={haloMaterial} renderOrder={12} />
        <mesh geometry={dot} material={dotMaterial} renderOrder={13} />
      </group>
    </group>
  );
}
