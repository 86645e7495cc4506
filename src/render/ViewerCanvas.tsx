import { useCallback, useEffect, useMemo, useState } from 'react';
import { Canvas, useThree } from '@react-three/fiber';
import type { LoadedVenue } from '../core/venue/index.ts';
import { FIELD_OF_VIEW, overviewPose } from '../core/camera/framing.ts';
import { venueBounds } from '../core/venue/bounds.ts';
import { ScanModel } from './ScanModel.tsx';
import { PlanModel } from './PlanModel.tsx';
import { HotspotPins } from './HotspotPins.tsx';
import { HotspotLabels } from './HotspotLabels.tsx';
import { ReadySignal } from './ReadySignal.tsx';
import { CameraRig } from './camera/CameraRig.tsx';
import { FloorClipping } from './FloorClipping.tsx';
import { useFloorPicking } from './camera/use-floor-picking.ts';

/** The building (scan, or the plan when there is none or it fails), clickable to walk. */
function Building({ loaded, onScanReady, scanFailed }: { loaded: LoadedVenue; onScanReady: (ok: boolean) => void; scanFailed: boolean }) {
  const { venue } = loaded;
  const scanUrl = useMemo(() => (venue.scan ? loaded.resolve(venue.scan.uri) : null), [loaded, venue.scan]);
  const picking = useFloorPicking(venue);
  return (
    <group name="building" onClick={picking.onClick} onDoubleClick={picking.onDoubleClick}>
      {venue.scan && scanUrl && !scanFailed && <ScanModel scan={venue.scan} url={scanUrl} onReady={onScanReady} />}
      {scanFailed && <PlanModel venue={venue} />}
    </group>
  );
}

/**
 * Makes the canvas one keyboard stop with a name that says how to use it. It is an
 * "application" region: it takes the walk keys itself, while Tab still moves on.
 */
function CanvasAccessibility({ label }: { label: string }) {
  const dom = useThree((s) => s.gl.domElement);
  useEffect(() => {
    dom.tabIndex = 0;
    dom.setAttribute('role', 'application');
    dom.setAttribute('aria-label', label);
  }, [dom, label]);
  return null;
}

/**
 * The 3D view: the building, exhibit pins and labels, the camera rig (overview,
 * walk, flights) and the floor cut-away. Renders on demand: nothing is drawn while
 * nothing moves, which saves battery.
 */
export function ViewerCanvas({
  loaded,
  selectedHotspot,
  onSelectHotspot,
  label,
  lang,
}: {
  loaded: LoadedVenue;
  selectedHotspot: string | null;
  onSelectHotspot: (id: string) => void;
  label: string;
  lang: string;
}) {
  const { venue } = loaded;
  const [scanState, setScanState] = useState<'loading' | 'ready' | 'failed'>(venue.scan ? 'loading' : 'failed');
  const onScanReady = useCallback((ok: boolean) => setScanState(ok ? 'ready' : 'failed'), []);
  const initialPose = useMemo(() => overviewPose(venue), [venue]);
  const far = useMemo(() => Math.max(venueBounds(venue).radius, 10) * 20, [venue]);

  return (
    <Canvas
      frameloop="demand"
      camera={{ position: initialPose.position as [number, number, number], fov: FIELD_OF_VIEW, near: 0.05, far }}
      dpr={[1, 2]}
      gl={{ antialias: true }}
    >
      <CanvasAccessibility label={label} />
      <color attach="background" args={['#f4f1ea']} />
      <hemisphereLight args={['#ffffff', '#b9ad9a', 1.6]} />
      <directionalLight position={[30, 60, 20]} intensity={1.8} />
      <ambientLight intensity={0.35} />
      <CameraRig venue={venue} initialPose={initialPose} />
      <FloorClipping venue={venue} />
      <Building loaded={loaded} onScanReady={onScanReady} scanFailed={scanState === 'failed'} />
      <HotspotPins hotspots={venue.hotspots ?? []} selected={selectedHotspot} onSelect={onSelectHotspot} />
      <HotspotLabels venue={venue} lang={lang} onSelect={onSelectHotspot} />
      <ReadySignal venueId={venue.id} drawn={scanState !== 'loading'} />
    </Canvas>
  );
}
