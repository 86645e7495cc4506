/**
 * How much of a tiled scan one device keeps and how fine it draws it. The
 * figures, per memory class (`navigator.deviceMemory`, in GB, rounded down by
 * the browser; Safari and Firefox do not tell it, and an unknown device is
 * taken as a mid-range phone):
 *
 * | device memory | GPU bytes kept (LRU max / min) | screen-space error target (CSS px) |
 * | ------------- | ------------------------------ | ---------------------------------- |
 * | ≤ 2 GB        |  96 MB / 72 MB                 | 12                                 |
 * | ≤ 4 GB, or unknown | 160 MB / 120 MB           | 10 on a high-density screen, else 8 |
 * | > 4 GB        | 320 MB / 240 MB                | 8 on a high-density screen, else 6 |
 *
 * Bytes are what 3d-tiles-renderer estimates for a loaded tile in GPU memory
 * (geometry plus textures with mipmaps, uncompressed): one 2048 px texture is
 * about 22 MB, so a low-memory phone holds a handful of full-detail tiles plus
 * their coarser parents. When the cache is full the renderer stops refining
 * instead of loading more, which is what bounds memory. The renderer's own
 * defaults (430 MB, 8000 tiles) are meant for desktop globe viewers.
 *
 * The error target is in CSS pixels (the renderer measures the canvas with
 * `getSize`, not in device pixels): a tile is refined when its geometric error
 * would cover more than that many pixels on screen. A high-density screen
 * (devicePixelRatio ≥ 2: phones and tablets) draws four times the pixels per
 * CSS pixel, so it accepts a little more error to keep triangles and memory down.
 *
 * Tile counts are a second guard (a tileset of many tiny tiles): 400 at most,
 * unloading down to 300.
 */

/** What the budget is chosen from. */
export interface DeviceProfile {
  /** window.devicePixelRatio. */
  devicePixelRatio: number;
  /** navigator.deviceMemory in GB, or null when the browser does not tell. */
  deviceMemoryGB: number | null;
}

/** The renderer settings for one device. */
export interface TilesBudget {
  /** TilesRenderer.errorTarget, CSS px. */
  errorTarget: number;
  /** LRU cache: bytes that trigger unloading, and the bytes unloading goes down to. */
  maxBytes: number;
  minBytes: number;
  /** LRU cache: tile counts, likewise. */
  maxTiles: number;
  minTiles: number;
  /** Tiles parsed at once (each parse holds its decoded buffers until it is done). */
  parseJobs: number;
}

const MB = 1024 * 1024;

/** The budget for a device (see the table above). */
export function tilesBudget(device: DeviceProfile): TilesBudget {
  const memory = device.deviceMemoryGB ?? 4;
  const dense = device.devicePixelRatio >= 2;
  const maxBytes = (memory <= 2 ? 96 : memory <= 4 ? 160 : 320) * MB;
  const errorTarget = memory <= 2 ? 12 : memory <= 4 ? (dense ? 10 : 8) : dense ? 8 : 6;
  return {
    errorTarget,
    maxBytes,
    minBytes: Math.round(maxBytes * 0.75),
    maxTiles: 400,
    minTiles: 300,
    parseJobs: memory <= 2 ? 2 : 4,
  };
}

/** This browser's profile; a plain default outside a browser. */
export function deviceProfile(): DeviceProfile {
  const nav = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { deviceMemory?: number });
  const memory = nav?.deviceMemory;
  return {
    devicePixelRatio: typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1,
    deviceMemoryGB: typeof memory === 'number' && Number.isFinite(memory) && memory > 0 ? memory : null,
  };
}
