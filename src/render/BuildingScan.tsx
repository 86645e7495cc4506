import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { LoadedVenue } from '../core/venue/index.ts';
import { setScanStatus } from '../state/scan-store.ts';
import { ScanModel } from './ScanModel.tsx';
import { RoomShell } from './RoomShell.tsx';
import type { ScanDecoding } from './scan-loader.ts';

/**
 * The building's scan in the format the venue declares. A glTF mesh is in the 3D
 * view's own chunk; the renderers of the other formats (a 3D Tiles streamer, a
 * Gaussian-splat renderer, point shading) are chunks fetched only by venues that
 * have such a scan. Point clouds and splats have no faces to click, so the rooms'
 * invisible floors and walls take the clicks for walking and placing.
 */
const TilesScan = lazy(() => import('./scans/TilesScan.tsx').then((m) => ({ default: m.TilesScan })));
const SplatScan = lazy(() => import('./scans/SplatScan.tsx').then((m) => ({ default: m.SplatScan })));
const PointsScan = lazy(() => import('./scans/PointsScan.tsx').then((m) => ({ default: m.PointsScan })));

export function BuildingScan({ loaded, decoding, onReady }: { loaded: LoadedVenue; decoding: ScanDecoding | null; onReady: (ok: boolean) => void }) {
  const { venue } = loaded;
  const scan = venue.scan;
  if (!scan) return null;
  const url = loaded.resolve(scan.uri);
  const failed = (error: unknown) => {
    setScanStatus({ phase: 'error', message: `${scan.uri}: the ${scan.format} renderer could not be loaded (${error instanceof Error ? error.message : String(error)})` });
    onReady(false);
  };
  switch (scan.format) {
    case 'gltf':
      return decoding && <ScanModel scan={scan} decoding={decoding} onReady={onReady} />;
    case '3dtiles':
      return (
        <RendererChunk onError={failed}>
          <TilesScan url={url} scan={scan} onReady={onReady} />
        </RendererChunk>
      );
    case 'splat':
      return (
        <>
          <RoomShell venue={venue} />
          <RendererChunk onError={failed}>
            <SplatScan url={url} scan={scan} onReady={onReady} />
          </RendererChunk>
        </>
      );
    case 'points':
      return (
        <>
          <RoomShell venue={venue} />
          {decoding && (
            <RendererChunk onError={failed}>
              <PointsScan scan={scan} decoding={decoding} onReady={onReady} />
            </RendererChunk>
          )}
        </>
      );
  }
}

/**
 * Waits for a renderer's chunk; when it cannot be fetched (offline before it was
 * ever loaded, a broken deployment) the venue falls back to its plan, with a message.
 */
class RendererChunk extends Component<{ children: ReactNode; onError: (error: unknown) => void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }
  override render(): ReactNode {
    return this.state.failed ? null : <Suspense fallback={null}>{this.props.children}</Suspense>;
  }
}
