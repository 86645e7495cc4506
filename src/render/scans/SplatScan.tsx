import { useEffect, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { Scan } from '../../core/venue/index.ts';
import { setScanStatus } from '../../state/scan-store.ts';
import { loadSplat, type LoadedSplat } from './splat/load-splat.ts';
import { describeSplatError } from './splat/splat-errors.ts';

/**
 * A Gaussian-splat scan (format "splat": the importer's cleaned 3DGS PLY, or an
 * .spz), drawn by Spark, which is loaded on demand (see load-splat.ts). Progress
 * and outcome go to the scan store; a failure calls onReady(false) so the plan
 * is drawn instead. onReady(true) waits for Spark's first sort, before which it
 * draws nothing. The floor cut-away reaches the splats through an SDF edit
 * (splat-clipping.ts). The splats never meet a ray: clicks go to the floor slabs.
 */
export function SplatScan({ url, scan, onReady }: { url: string; scan: Scan; onReady: (ok: boolean) => void }) {
  const [loaded, setLoaded] = useState<LoadedSplat | null>(null);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const abort = new AbortController();
    let current = true;
    let result: LoadedSplat | null = null;
    setScanStatus({ phase: 'loading', loadedBytes: 0, totalBytes: null });
    loadSplat({
      url,
      uri: scan.uri,
      renderer: gl,
      onDirty: invalidate,
      onProgress: (loadedBytes, totalBytes) => current && setScanStatus({ phase: 'loading', loadedBytes, totalBytes }),
      signal: abort.signal,
    }).then(
      (splat) => {
        if (!current) return splat.dispose();
        result = splat;
        setScanStatus({ phase: 'ready', bytes: splat.bytes, triangles: 0, points: splat.splats });
        setLoaded(splat);
        invalidate();
        void splat.sorted.then(() => current && onReady(true));
      },
      (error: unknown) => {
        if (!current) return;
        setScanStatus({ phase: 'error', message: describeSplatError(scan.uri, error) });
        onReady(false);
      },
    );
    return () => {
      current = false;
      abort.abort();
      result?.dispose();
      setLoaded(null);
    };
  }, [url, scan.uri, gl, invalidate, onReady]);

  // The floor cut-away: mirror the renderer's clipping planes (set by FloorClipping) into Spark's edit.
  useFrame(() => {
    if (loaded?.clipping.sync(gl.clippingPlanes)) invalidate();
  });

  if (!loaded) return null;
  const t = scan.transform;
  return (
    <>
      <primitive object={loaded.spark} />
      <primitive object={loaded.mesh} position={t?.position ?? [0, 0, 0]} quaternion={t?.rotation ?? [0, 0, 0, 1]} scale={t?.scale ?? 1} />
    </>
  );
}
