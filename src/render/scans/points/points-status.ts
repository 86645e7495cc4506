import type { ScanStatus } from '../../../state/scan-store.ts';

/** What the scan store says about a point cloud once it is shown, or why it cannot be. */

/**
 * The scan store's "ready" for a point cloud: the decoder reported the bytes and
 * (for points, zero) triangles; this adds the number of points.
 */
export function pointsReadyStatus(previous: ScanStatus, points: number): ScanStatus {
  return { phase: 'ready', bytes: previous.phase === 'ready' ? previous.bytes : 0, triangles: 0, points };
}

/** Why a decoded scan cannot be shown as a point cloud, naming the file. */
export function describePointsError(uri: string, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return `${uri}: not a point-cloud scan (${text.slice(0, 160)}); a "points" scan must be a glTF of POINTS primitives`;
}
