import { Matrix4, type Camera, type Object3D, type WebGLRenderer } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { LRUCache, PriorityQueue } from '3d-tiles-renderer/core';
import { TilesRenderer } from '3d-tiles-renderer/three';
import { countTriangles } from '../../scan-loader.ts';
import type { ScanStatus } from '../../../state/scan-store.ts';
import { TileDecoders } from './tile-decoders.ts';
import { placeInVenueFrame } from './tiles-frame.ts';
import type { TilesBudget } from './tiles-budget.ts';
import { describeTilesetError, fileNameOf, tileFailureDetail, TilesetError } from './tileset-errors.ts';
import { TilesetFetchPlugin } from './tileset-fetch.ts';
import { VersionQueryPlugin } from './version-query.ts';

/**
 * One open tileset: 3d-tiles-renderer's TilesRenderer set up for a venue (frame,
 * versioned URLs, decoders, memory budget) plus the bookkeeping the viewer
 * needs: progress, the moment the first tiles are on screen, readable errors,
 * and redraws for a canvas that only renders on demand. This is the only module
 * that imports 3d-tiles-renderer; TilesScan.tsx loads it with import().
 */

/** What the session tells its owner. */
export interface TilesSessionEvents {
  /** The scan's status for the progress bar (loading bytes, ready figures, error). */
  status(status: ScanStatus): void;
  /** Once: true when the first tiles are displayed, false when the tileset cannot be shown. */
  outcome(ok: boolean): void;
  /** The canvas must draw another frame (a tile arrived, or loading goes on). */
  redraw(): void;
}

/** An open tileset, driven by the canvas's frame loop. */
export interface TilesSession {
  /** The renderer's group, turned into the venue frame; add it under the scan's transform. */
  readonly group: Object3D;
  /** Chooses tiles for this frame's camera; call once per rendered frame, before drawing. */
  update(camera: Camera, renderer: WebGLRenderer): void;
  /** Stops loading and frees every tile's geometry, textures and the decoders. */
  dispose(): void;
}

/** The renderer's counters (public in 3d-tiles-renderer's docs, missing from its typings). */
interface TileStats {
  queued: number;
  downloading: number;
  parsing: number;
  refused?: number;
}

/** How long to wait before looking again while tiles are still on their way (a safety net: arrivals redraw by themselves). */
const POLL_MS = 150;

/** Opens the tileset at `url` (absolute, versioned); `uri` is its name in scene.json, for messages. */
export function openTileset(options: { url: string; uri: string; renderer: WebGLRenderer; budget: TilesBudget; events: TilesSessionEvents }): TilesSession {
  const { url, uri, renderer, budget, events } = options;
  const tiles = new TilesRenderer(url);
  placeInVenueFrame(tiles.group);
  tiles.group.name = 'tiled-scan';

  // Memory bounds (tiles-budget.ts). The renderer's default cache and parse queue
  // are module-wide singletons, so this session gets its own.
  const cache = new LRUCache();
  cache.unloadPriorityCallback = tiles.lruCache.unloadPriorityCallback;
  cache.maxBytesSize = budget.maxBytes;
  cache.minBytesSize = budget.minBytes;
  cache.maxSize = budget.maxTiles;
  cache.minSize = budget.minTiles;
  tiles.lruCache = cache;
  const parseQueue = new PriorityQueue();
  parseQueue.maxJobs = budget.parseJobs;
  parseQueue.priorityCallback = tiles.parseQueue.priorityCallback;
  tiles.parseQueue = parseQueue;
  tiles.errorTarget = budget.errorTarget;

  // URLs and decoding: every request carries the tileset's ?v=, and tiles are
  // parsed by one GLTFLoader with the meshopt decoder (Draco/KTX2 on demand).
  const version = new VersionQueryPlugin(url);
  tiles.manager.setURLModifier((resource) => version.preprocessURL(resource));
  const loader = new GLTFLoader(tiles.manager);
  const decoders = new TileDecoders(loader, renderer);
  const gltfFiles = /\.(gltf|glb)$/i;
  tiles.manager.addHandler(gltfFiles, loader);

  let bytes = 0;
  let ready = false;
  let failed = false;
  let disposed = false;
  let pollTimer: ReturnType<typeof setTimeout> | null = null;
  const lastView = new Matrix4();
  const lastProjection = new Matrix4();
  const stats = (): TileStats => (tiles as unknown as { stats: TileStats }).stats;

  tiles.registerPlugin(
    new TilesetFetchPlugin({
      onBytes: (n) => {
        if (disposed) return;
        bytes += n;
        if (!ready && !failed) events.status({ phase: 'loading', loadedBytes: bytes, totalBytes: null });
      },
      prepareContent: (content) => decoders.prepare(content),
    }),
  );
  tiles.registerPlugin(version);

  const figures = (): ScanStatus => ({ phase: 'ready', bytes, triangles: countTriangles(tiles.group) });
  const fail = (message: string): void => {
    if (failed || disposed) return;
    failed = true;
    events.status({ phase: 'error', message });
    events.outcome(false);
  };
  const redraw = (): void => {
    if (!disposed && !failed) events.redraw();
  };

  tiles.addEventListener('needs-update', redraw);
  tiles.addEventListener('needs-render', redraw);
  tiles.addEventListener('load-error', ({ tile, error }) => {
    if (tile === null) {
      fail(describeTilesetError(uri, error));
    } else if (!ready && tile === tiles.root) {
      // Nothing could be shown at all: as bad as a missing tileset.
      fail(describeTilesetError(uri, new TilesetError({ kind: 'root-tile', file: fileNameOf(tile.content?.uri ?? ''), detail: tileFailureDetail(error) })));
    }
    // A deeper tile that fails leaves its parent on screen; the renderer logs it.
  });
  // The figures grow while the visitor moves about: report them when a batch of loads settles.
  tiles.addEventListener('tiles-load-end', () => {
    if (ready && !failed && !disposed) events.status(figures());
  });

  const loading = (): boolean => {
    const s = stats();
    return s.queued + s.downloading + s.parsing > 0 || tiles.processNodeQueue.running;
  };
  const schedulePoll = (): void => {
    if (pollTimer !== null) return;
    pollTimer = setTimeout(() => {
      pollTimer = null;
      // Tiles refused by a full cache can come once unloading made room; that needs another update.
      if (loading() || ((stats().refused ?? 0) > 0 && !tiles.lruCache.isFull())) redraw();
    }, POLL_MS);
  };

  return {
    group: tiles.group,
    update(camera, gl) {
      if (disposed || failed) return;
      if (!tiles.hasCamera(camera)) {
        for (const old of [...tiles.cameras]) tiles.deleteCamera(old);
        tiles.setCamera(camera);
      }
      camera.updateMatrixWorld();
      // The renderer culls in the tileset's frame through the group's world matrix, which
      // three only refreshes while drawing, after this; a stale one (a first frame, a new
      // scan transform) would cull the building away.
      tiles.group.updateWorldMatrix(true, false);
      tiles.setResolutionFromRenderer(camera, gl);
      tiles.update();

      if (!ready && tiles.root && (tiles.visibleTiles.size > 0 || !loading())) {
        // First tiles on screen (or, with the building out of view, nothing left to load).
        ready = true;
        events.status(figures());
        events.outcome(true);
      }
      // The tiles were chosen for this frame's camera; if it moved, choose again for
      // where it comes to rest (the frame after the last movement), or the view
      // would keep the detail of a pose it has left.
      const moved = !lastView.equals(camera.matrixWorld) || !lastProjection.equals(camera.projectionMatrix);
      lastView.copy(camera.matrixWorld);
      lastProjection.copy(camera.projectionMatrix);
      if (moved) redraw();
      if (loading() || (stats().refused ?? 0) > 0) schedulePoll();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      if (pollTimer !== null) clearTimeout(pollTimer);
      tiles.dispose();
      tiles.manager.removeHandler(gltfFiles);
      tiles.manager.setURLModifier(undefined);
      decoders.dispose();
      tiles.group.removeFromParent();
    },
  };
}
