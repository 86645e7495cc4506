import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { Venue } from '../../core/venue/index.ts';
import type { Pose } from '../../core/camera/framing.ts';
import { prefersReducedMotion, viewStore } from '../../state/view-store.ts';
import { cameraStore } from '../../state/camera-store.ts';
import { sceneInteraction } from '../../state/scene-interaction.ts';
import { planFlight, poseAt, type Flight } from './flight.ts';
import { useWalkControls } from './use-walk-controls.ts';

/**
 * Owns the camera: orbit controls in the overview, first-person controls when
 * walking, and flights between poses (exhibits, tour stops, view changes), which
 * jump instead when the visitor prefers reduced motion. Publishes the pose to the
 * camera store after every frame in which it changed.
 */
export function CameraRig({ venue, initialPose }: { venue: Venue; initialPose: Pose }) {
  const camera = useThree((s) => s.camera);
  const domElement = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const orbit = useMemo(() => new OrbitControls(camera, domElement), [camera, domElement]);
  const flight = useRef<Flight | null>(null);
  const lastPublished = useRef('');
  const walk = useWalkControls(venue, camera, domElement, invalidate);

  // First pose: the overview, or where a flight asked for before the 3D view was
  // ready (a link opening an exhibit or the walk view) put the camera at once.
  useEffect(() => {
    const pending = viewStore.getState().flight;
    const pose = pending?.pose ?? initialPose;
    camera.position.set(...pose.position);
    orbit.target.set(...pose.target);
    camera.lookAt(orbit.target);
    walk.syncFromCamera(pose);
    orbit.update();
    invalidate();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [camera, orbit, initialPose, invalidate]);

  useEffect(() => {
    orbit.maxPolarAngle = Math.PI * 0.49; // never below the ground
    orbit.minDistance = 0.5;
    orbit.maxDistance = 400;
    orbit.screenSpacePanning = false;
    const redraw = () => invalidate();
    orbit.addEventListener('change', redraw);
    return () => {
      orbit.removeEventListener('change', redraw);
      orbit.dispose();
    };
  }, [orbit, invalidate]);

  // A drag in the editor holds the camera at once, before the next frame: OrbitControls
  // has already seen the pointer go down and would turn the view with the drag.
  useEffect(
    () =>
      sceneInteraction.subscribe(({ cameraHeld }) => {
        if (cameraHeld) orbit.enabled = false;
        invalidate();
      }),
    [orbit, invalidate],
  );

  // Flights asked for through the view store.
  useEffect(
    () =>
      viewStore.subscribe((state, previous) => {
        const request = state.flight;
        if (!request || request === previous.flight) return;
        const from: Pose = { position: camera.position.toArray() as [number, number, number], target: currentTarget().toArray() as [number, number, number] };
        if (request.instant || prefersReducedMotion()) {
          applyPose(request.pose);
          flight.current = null;
        } else {
          flight.current = planFlight(from, request.pose, performance.now(), state.mode !== 'walk' || previous.mode !== 'walk');
        }
        invalidate();
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [camera, orbit, invalidate],
  );

  const currentTarget = (): Vector3 => (viewStore.getState().mode === 'walk' ? walk.target() : orbit.target.clone());

  const applyPose = (pose: Pose): void => {
    camera.position.set(...pose.position);
    orbit.target.set(...pose.target);
    camera.lookAt(orbit.target);
    walk.syncFromCamera(pose);
  };

  useFrame((_, delta) => {
    const mode = viewStore.getState().mode;
    orbit.enabled = mode === 'overview' && flight.current === null && !sceneInteraction.getState().cameraHeld;
    if (flight.current) {
      const { pose, done } = poseAt(flight.current, performance.now());
      applyPose(pose);
      if (done) flight.current = null;
      invalidate();
    } else if (mode === 'walk') {
      walk.update(delta);
    }
    const target = currentTarget();
    const key = `${camera.position.x.toFixed(3)},${camera.position.y.toFixed(3)},${camera.position.z.toFixed(3)},${target.x.toFixed(3)},${target.y.toFixed(3)},${target.z.toFixed(3)}`;
    if (key !== lastPublished.current) {
      lastPublished.current = key;
      cameraStore.setState({ pose: { position: camera.position.toArray() as [number, number, number], target: target.toArray() as [number, number, number] } });
    }
  });

  return null;
}
