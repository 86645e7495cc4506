import { useEffect, useState } from 'react';
import type { Object3D } from 'three';
import { useThree } from '@react-three/fiber';
import type { Scan } from '../core/venue/index.ts';
import { createScanLoader, disposeScene, loadGltfScan } from './scan-loader.ts';
import { setScanStatus } from '../state/scan-store.ts';

/** The building scan, loaded from the venue bundle; renders nothing until it is ready. */
export function ScanModel({ scan, url, onReady }: { scan: Scan; url: string; onReady: (ready: boolean) => void }) {
  const [scene, setScene] = useState<Object3D | null>(null);
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);

  useEffect(() => {
    if (scan.format !== 'gltf') {
      setScanStatus({ phase: 'error', message: `${scan.uri}: scans of format "${scan.format}" are not shown yet` });
      return;
    }
    const abort = new AbortController();
    let loaded: Object3D | null = null;
    const scanLoader = createScanLoader(gl);
    loadGltfScan(scanLoader.loader, url, scan.uri, abort.signal).then(
      (root) => {
        loaded = root;
        setScene(root);
        onReady(true);
        invalidate();
      },
      () => onReady(false),
    );
    return () => {
      abort.abort();
      scanLoader.dispose();
      if (loaded) disposeScene(loaded);
      setScene(null);
    };
  }, [scan.format, scan.uri, url, gl, invalidate, onReady]);

  if (!scene) return null;
  const t = scan.transform;
  return (
    <primitive
      object={scene}
      position={t?.position ?? [0, 0, 0]}
      quaternion={t?.rotation ?? [0, 0, 0, 1]}
      scale={t?.scale ?? 1}
    />
  );
}
