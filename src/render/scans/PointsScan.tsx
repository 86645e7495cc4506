import { useEffect, useMemo, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector2 } from 'three';
import type { Scan } from '../../core/venue/index.ts';
import { disposeScene, type ScanDecoding } from '../scan-loader.ts';
import { scanStore, setScanStatus } from '../../state/scan-store.ts';
import { preparePointCloud, type PreparedPointCloud } from './points/prepare-points.ts';
import { updatePointViewport } from './points/point-material.ts';
import { describePointsError, pointsReadyStatus } from './points/points-status.ts';
import { EyeDomeLighting } from './points/EyeDomeLighting.tsx';

/**
 * A point-cloud scan (format "points": a GLB of POINTS primitives, decoded like a
 * glTF scan by decodeScan): round points sized in metres, shaded with Eye-Dome
 * Lighting so that walls, doorways and furniture read as surfaces with edges.
 * Renders nothing until decoded; a failure calls onReady(false) so the plan is
 * drawn instead.
 */
export function PointsScan({ scan, decoding, onReady }: { scan: Scan; decoding: ScanDecoding; onReady: (ready: boolean) => void }) {
  const [cloud, setCloud] = useState<PreparedPointCloud | null>(null);
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);

  useEffect(() => {
    let current = true;
    let prepared: PreparedPointCloud | null = null;
    decoding.provideRenderer(gl);
    decoding.scene.then(
      (root) => {
        if (!current) return;
        try {
          prepared = preparePointCloud(root, scan.transform?.scale ?? 1);
        } catch (error) {
          disposeScene(root);
          setScanStatus({ phase: 'error', message: describePointsError(scan.uri, error) });
          onReady(false);
          return;
        }
        setScanStatus(pointsReadyStatus(scanStore.getState().status, prepared.points));
        setCloud(prepared);
        onReady(true);
        invalidate();
      },
      // decodeScan has already put the reason, naming the file, in the scan store.
      () => current && onReady(false),
    );
    return () => {
      current = false;
      prepared?.dispose();
      setCloud(null);
    };
  }, [decoding, gl, invalidate, onReady, scan.uri, scan.transform?.scale]);

  // Point sizes are in device pixels on screen: follow the drawing buffer and pixel ratio.
  const buffer = useMemo(() => new Vector2(), []);
  useFrame(() => {
    if (!cloud) return;
    gl.getDrawingBufferSize(buffer);
    updatePointViewport(cloud.uniforms, buffer.y, gl.getPixelRatio());
  });

  if (!cloud) return null;
  const t = scan.transform;
  return (
    <>
      <primitive object={cloud.root} position={t?.position ?? [0, 0, 0]} quaternion={t?.rotation ?? [0, 0, 0, 1]} scale={t?.scale ?? 1} />
      <EyeDomeLighting />
    </>
  );
}

