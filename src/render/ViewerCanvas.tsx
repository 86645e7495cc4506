import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Canvas, useThree, type ThreeEvent } from '@react-three/fiber';
import { PerspectiveCamera } from 'three';
import type { LoadedVenue } from '../core/venue/index.ts';
import { FIELD_OF_VIEW, overviewPose } from '../core/camera/framing.ts';
import { venueBounds } from '../core/venue/bounds.ts';
import { BuildingScan } from './BuildingScan.tsx';
import { decodeScanOnce, markCanvasCreated, type ScanDecoding } from './scan-loader.ts';
import { PlanModel } from './PlanModel.tsx';
import { HotspotPins } from './HotspotPins.tsx';
import { HotspotLabels } from './HotspotLabels.tsx';
import { YouAreHere } from './YouAreHere.tsx';
import { RouteLine } from './RouteLine.tsx';
import { ReadySignal } from './ReadySignal.tsx';
import { CameraRig } from './camera/CameraRig.tsx';
import { FloorClipping } from './FloorClipping.tsx';
import { CLICK_SLOP, useFloorPicking } from './camera/use-floor-picking.ts';
import { sceneInteraction, type SurfaceHit } from '../state/scene-interaction.ts';

/** The building (scan, or the plan when there is none or it fails), clickable to walk. */
function Building({ loaded, decoding, onScanReady, scanFailed }: { loaded: LoadedVenue; decoding: ScanDecoding | null; onScanReady: (ok: boolean) => void; scanFailed: boolean }) {
  const { venue } = loaded;
  const picking = useFloorPicking(venue);
  const onClick = useCallback(
    (e: ThreeEvent<MouseEvent>) => {
      const surfaceClick = sceneInteraction.getState().surfaceClick;
      if (surfaceClick && e.delta <= CLICK_SLOP && surfaceClick(surfaceHitOf(e))) {
        e.stopPropagation();
        return;
      }
      picking.onClick(e);
    },
    [picking],
  );
  return (
    <group name="building" onClick={onClick} onDoubleClick={picking.onDoubleClick}>
      {!scanFailed && <BuildingScan loaded={loaded} decoding={decoding} onReady={onScanReady} />}
      {scanFailed && <PlanModel venue={venue} />}
    </group>
  );
}

/** The point a click met and the outward normal of the face it met, in world space. */
function surfaceHitOf(e: ThreeEvent<MouseEvent>): SurfaceHit {
  const normal = e.face ? e.face.normal.clone().transformDirection(e.object.matrixWorld) : null;
  // A face seen from behind (a wall's far side) points away from the camera: flip it to face the viewer.
  if (normal && normal.dot(e.ray.direction) > 0) normal.negate();
  return { point: [e.point.x, e.point.y, e.point.z], normal: normal ? [normal.x, normal.y, normal.z] : null };
}

/** Starts decoding a scan before the 3D view mounts (see decodeScanOnce). */
export function prepareScan(url: string, uri: string): void {
  decodeScanOnce(url, uri).scene.catch(() => undefined);
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

/** Everything of one venue inside the canvas; remounted when the venue changes. */
function VenueScene({ loaded, selectedHotspot, onSelectHotspot, lang, children }: { loaded: LoadedVenue; selectedHotspot: string | null; onSelectHotspot: (id: string) => void; lang: string; children?: ReactNode }) {
  const { venue } = loaded;
  const scan = venue.scan;
  const camera = useThree((s) => s.camera);
  // Decoding may have started already (prepareScan); this takes the same decoding.
  // Meshes and point clouds are GLB files, decoded the same way; tiles and splats stream in their own renderers.
  const decoding = useMemo(() => (scan && (scan.format === 'gltf' || scan.format === 'points') ? decodeScanOnce(loaded.resolve(scan.uri), scan.uri) : null), [loaded, scan]);
  const [scanState, setScanState] = useState<'loading' | 'ready' | 'failed'>(scan ? 'loading' : 'failed');
  const onScanReady = useCallback((ok: boolean) => setScanState(ok ? 'ready' : 'failed'), []);
  // Framed once per venue: edits in the editor make new venue objects, which must not move the camera.
  const [initialPose] = useState(() => overviewPose(venue));
  // Pins and labels join right after the building's first frame: their material is
  // another shader to compile, which would otherwise hold that frame up.
  const [firstFrameShown, setFirstFrameShown] = useState(false);
  const onAnnounced = useCallback(() => setFirstFrameShown(true), []);

  // The canvas exists before the venue is known; fit the depth range to this venue.
  useEffect(() => {
    if (!(camera instanceof PerspectiveCamera)) return;
    camera.far = Math.max(venueBounds(venue).radius, 10) * 20;
    camera.updateProjectionMatrix();
  }, [camera, venue]);

  return (
    <>
      <CameraRig venue={venue} initialPose={initialPose} />
      <FloorClipping venue={venue} />
      <Building loaded={loaded} decoding={decoding} onScanReady={onScanReady} scanFailed={scanState === 'failed'} />
      {firstFrameShown && <HotspotPins hotspots={venue.hotspots ?? []} selected={selectedHotspot} onSelect={onSelectHotspot} />}
      {firstFrameShown && <HotspotLabels venue={venue} lang={lang} onSelect={onSelectHotspot} />}
      {firstFrameShown && <RouteLine venue={venue} />}
      {firstFrameShown && <YouAreHere venue={venue} />}
      <ReadySignal venueId={venue.id} drawn={scanState !== 'loading'} shows={scanState === 'ready' ? 'scan' : 'plan'} onAnnounced={onAnnounced} />
      {firstFrameShown && children}
    </>
  );
}

/**
 * The 3D view: the building, exhibit pins and labels, the route, "you are here", the camera rig (overview,
 * walk, flights) and the floor cut-away. The canvas is created before the venue
 * has loaded, because setting up WebGL takes the browser a while (hundreds of
 * milliseconds with software rendering): it then overlaps with fetching and
 * validating the venue. Renders on demand: nothing is drawn while nothing moves,
 * which saves battery.
 */
export function ViewerCanvas({
  loaded,
  selectedHotspot,
  onSelectHotspot,
  label,
  lang,
  children,
}: {
  loaded: LoadedVenue | null;
  selectedHotspot: string | null;
  onSelectHotspot: (id: string) => void;
  label: string;
  lang: string;
  /** Extra content of the venue's scene (the curator editor's handles), drawn after the first frame. */
  children?: ReactNode;
}) {
  return (
    <Canvas frameloop="demand" camera={{ fov: FIELD_OF_VIEW, near: 0.05, far: 2000 }} dpr={[1, 2]} gl={{ antialias: true }} onCreated={markCanvasCreated}>
      <CanvasAccessibility label={label} />
      <color attach="background" args={['#f4f1ea']} />
      <hemisphereLight args={['#ffffff', '#b9ad9a', 1.6]} />
      <directionalLight position={[30, 60, 20]} intensity={1.8} />
      <ambientLight intensity={0.35} />
      {loaded && <VenueScene key={loaded.venue.id} loaded={loaded} selectedHotspot={selectedHotspot} onSelectHotspot={onSelectHotspot} lang={lang}>
          {children}
        </VenueScene>}
    </Canvas>
  );
}
