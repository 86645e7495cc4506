import { useEffect, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { Scan } from '../../core/venue/index.ts';
import { setScanStatus } from '../../state/scan-store.ts';
import { deviceProfile, tilesBudget } from './tiles/tiles-budget.ts';
import { scanTransformParts } from './tiles/tiles-frame.ts';
import type { TilesSession } from './tiles/tiles-session.ts';

/**
 * A building scan in OGC 3D Tiles (scan.format '3dtiles'), streamed by
 * NASA-AMMOS 3d-tiles-renderer: only the tiles the camera needs, at the detail
 * the screen needs, within a memory budget chosen for the device (see
 * tiles/tiles-budget.ts). Rendered inside the viewer's `<group name="building">`,
 * so clicks and the app's raycasts reach the tile meshes, and the floor
 * cut-away (renderer-wide clipping planes) applies to their materials.
 *
 * This module is small and imports nothing of 3d-tiles-renderer: the renderer
 * and its glTF/meshopt decoding (tiles/tiles-session.ts) are fetched with
 * import() when this component mounts, so a venue with a glTF scan never
 * downloads them. The viewer may import this file statically.
 */
export function TilesScan({ url, scan, onReady }: { url: string; scan: Scan; onReady: (ok: boolean) => void }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const [session, setSession] = useState<TilesSession | null>(null);
  // The latest callback, so a new function from the parent does not reopen the tileset.
  const onReadyRef = useRef(onReady);
  useEffect(() => {
    onReadyRef.current = onReady;
  }, [onReady]);

  useEffect(() => {
    let current = true;
    let opened: TilesSession | null = null;
    setScanStatus({ phase: 'loading', loadedBytes: 0, totalBytes: null });
    import('./tiles/tiles-session.ts').then(
      ({ openTileset }) => {
        if (!current) return;
        opened = openTileset({
          url,
          uri: scan.uri,
          renderer: gl,
          budget: tilesBudget(deviceProfile()),
          events: {
            status: (status) => current && setScanStatus(status),
            outcome: (ok) => current && onReadyRef.current(ok),
            redraw: () => current && invalidate(),
          },
        });
        setSession(opened);
        invalidate(); // the first update asks for tileset.json
      },
      (error: unknown) => {
        if (!current) return;
        const detail = error instanceof Error ? error.message : String(error);
        setScanStatus({ phase: 'error', message: `${scan.uri}: the 3D Tiles viewer could not be loaded (${detail.slice(0, 120)})` });
        onReadyRef.current(false);
      },
    );
    return () => {
      current = false;
      opened?.dispose();
      setSession(null);
    };
  }, [url, scan.uri, gl, invalidate]);

  // Default priority: runs before R3F draws the frame, and never takes over its rendering.
  useFrame(({ camera, gl: renderer }) => session?.update(camera, renderer));

  if (!session) return null;
  const { position, quaternion, scale } = scanTransformParts(scan);
  return (
    <group name="tiled-scan-transform" position={position} quaternion={quaternion} scale={scale}>
      <primitive object={session.group} />
    </group>
  );
}
