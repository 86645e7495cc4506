import { createStore } from 'zustand/vanilla';
import { fetchBytes } from '../platform/fetch-bytes.ts';

/**
 * Progress of the building scan's download and decoding. A vanilla store: the
 * loader writes it from XHR progress events, the progress bar subscribes.
 */
export type ScanStatus =
  | { phase: 'idle' }
  | { phase: 'loading'; loadedBytes: number; totalBytes: number | null }
  /** `points` counts a point cloud's points or a splat scan's splats; tiled scans report what is loaded so far. */
  | { phase: 'ready'; bytes: number; triangles: number; points?: number }
  | { phase: 'error'; message: string };

export const scanStore = createStore<{ status: ScanStatus }>()(() => ({ status: { phase: 'idle' } }));

export function setScanStatus(status: ScanStatus): void {
  scanStore.setState({ status });
}

let download: { url: string; bytes: Promise<ArrayBuffer> } | null = null;

/**
 * Starts downloading the scan as soon as its URL is known (right after scene.json),
 * while the 3D view's code is still arriving; the view then decodes the same bytes.
 * Calling it again for the same URL returns the same download.
 */
export function downloadScan(url: string): Promise<ArrayBuffer> {
  if (download?.url === url) return download.bytes;
  setScanStatus({ phase: 'loading', loadedBytes: 0, totalBytes: null });
  const bytes = fetchBytes(url, (loadedBytes, totalBytes) => {
    if (download?.url === url) setScanStatus({ phase: 'loading', loadedBytes, totalBytes });
  });
  download = { url, bytes };
  return bytes;
}

/** Forgets the download (the venue closed), so its memory can be freed. */
export function forgetScanDownload(): void {
  download = null;
  setScanStatus({ phase: 'idle' });
}
