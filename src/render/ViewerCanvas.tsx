import { useCallback, useMemo, useState } from 'react';
import { Canvas } from '@react-three/fiber';
import { venueBounds, type LoadedVenue } from '../core/venue/index.ts';
import { ScanModel } from './ScanModel.tsx';
import { PlanModel } from './PlanModel.tsx';
import { HotspotPins } from './HotspotPins.tsx';
import { ReadySignal } from './ReadySignal.tsx';
import { OrbitCameraControls } from './OrbitCameraControls.tsx';

/**
 * The first 3D view: the building (scan, or the plan when there is none or it
 * fails) seen from above at an angle, orbit controls, and the exhibit pins.
 * Renders on demand: nothing is drawn while nothing moves, which saves battery.
 */
export function ViewerCanvas({
  loaded,
  selectedHotspot,
  onSelectHotspot,
  label,
}: {
  loaded: LoadedVenue;
  selectedHotspot: string | null;
  onSelectHotspot: (id: string) => void;
  label: string;
}) {
  const { venue } = loaded;
  const bounds = useMemo(() => venueBounds(venue), [venue]);
  const [scanState, setScanState] = useState<'loading' | 'ready' | 'failed'>(venue.scan ? 'loading' : 'failed');
  const onScanReady = useCallback((ok: boolean) => setScanState(ok ? 'ready' : 'failed'), []);
  const scanUrl = useMemo(() => (venue.scan ? loaded.resolve(venue.scan.uri) : null), [loaded, venue.scan]);

  const [cx, , cz] = bounds.center;
  const r = Math.max(bounds.radius, 3);
  const floorY = bounds.min[1];
  // Stand back far enough that the sphere around the building fits the view, looking down at ~50°.
  const FOV = 45;
  const distance = (r / Math.sin(((FOV / 2) * Math.PI) / 180)) * 1.02;
  const dir = [0.3, 0.72, 0.62] as const;
  const dirLength = Math.hypot(...dir);
  const cameraPosition: [number, number, number] = [
    cx + (dir[0] / dirLength) * distance,
    floorY + (dir[1] / dirLength) * distance,
    cz + (dir[2] / dirLength) * distance,
  ];
  const target = useMemo(() => [cx, floorY, cz] as const, [cx, floorY, cz]);

  return (
    <Canvas
      frameloop="demand"
      camera={{ position: cameraPosition, fov: FOV, near: 0.1, far: r * 20 }}
      dpr={[1, 2]}
      gl={{ antialias: true, preserveDrawingBuffer: false }}
      aria-label={label}
      role="img"
    >
      <color attach="background" args={['#f4f1ea']} />
      <hemisphereLight args={['#ffffff', '#b9ad9a', 1.6]} />
      <directionalLight position={[cx + r, floorY + r * 2, cz + r * 0.5]} intensity={1.8} />
      <ambientLight intensity={0.35} />
      {venue.scan && scanUrl && scanState !== 'failed' && <ScanModel scan={venue.scan} url={scanUrl} onReady={onScanReady} />}
      {scanState === 'failed' && <PlanModel venue={venue} />}
      <HotspotPins hotspots={venue.hotspots ?? []} selected={selectedHotspot} onSelect={onSelectHotspot} />
      <OrbitCameraControls target={target} minDistance={2} maxDistance={r * 4} />
      <ReadySignal venueId={venue.id} drawn={scanState !== 'loading'} />
    </Canvas>
  );
}
