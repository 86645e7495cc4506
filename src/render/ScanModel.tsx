import { useEffect, useState } from 'react';
import type { Object3D } from 'three';
import { useThree } from '@react-three/fiber';
import type { Scan } from '../core/venue/index.ts';
import { disposeScene, type ScanDecoding } from './scan-loader.ts';

/** The building scan, decoded from the venue bundle; renders nothing until it is ready. */
export function ScanModel({ scan, decoding, onReady }: { scan: Scan; decoding: ScanDecoding; onReady: (ready: boolean) => void }) {
  const [scene, setScene] = useState<Object3D | null>(null);
  const invalidate = useThree((s) => s.invalidate);
  const gl = useThree((s) => s.gl);

  useEffect(() => {
    let current = true;
    let loaded: Object3D | null = null;
    decoding.provideRenderer(gl);
    decoding.scene.then(
      (root) => {
        if (!current) return;
        loaded = root;
        setScene(root);
        onReady(true);
        invalidate();
      },
      () => current && onReady(false),
    );
    return () => {
      current = false;
      if (loaded) disposeScene(loaded);
      setScene(null);
    };
  }, [decoding, gl, invalidate, onReady]);

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
