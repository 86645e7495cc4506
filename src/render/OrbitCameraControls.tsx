import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

/**
 * Orbit controls around a target, redrawing on demand: the canvas renders only
 * while the camera moves. three's own controls keep the visitor bundle small.
 */
export function OrbitCameraControls({ target, minDistance, maxDistance }: { target: readonly [number, number, number]; minDistance: number; maxDistance: number }) {
  const camera = useThree((s) => s.camera);
  const domElement = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useMemo(() => new OrbitControls(camera, domElement), [camera, domElement]);

  useEffect(() => {
    controls.target.set(target[0], target[1], target[2]);
    controls.minDistance = minDistance;
    controls.maxDistance = maxDistance;
    controls.maxPolarAngle = Math.PI * 0.49; // never below the ground
    controls.update();
    invalidate();
  }, [controls, target, minDistance, maxDistance, invalidate]);

  useEffect(() => {
    const redraw = () => invalidate();
    controls.addEventListener('change', redraw);
    return () => {
      controls.removeEventListener('change', redraw);
      controls.dispose();
    };
  }, [controls, invalidate]);

  return null;
}
