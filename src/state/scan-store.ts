import { createStore } from 'zustand/vanilla';

/**
 * Progress of the building scan's download and decoding. A vanilla store: the
 * loader writes it from XHR progress events, the progress bar subscribes.
 */
export type ScanStatus =
  | { phase: 'idle' }
  | { phase: 'loading'; loadedBytes: number; totalBytes: number | null }
  | { phase: 'ready'; bytes: number; triangles: number }
  | { phase: 'error'; message: string };

export const scanStore = createStore<{ status: ScanStatus }>()(() => ({ status: { phase: 'idle' } }));

export function setScanStatus(status: ScanStatus): void {
  scanStore.setState({ status });
}
