import type { Object3D, WebGLRenderer } from 'three';
import type * as Spark from '@sparkjsdev/spark';
import type { SparkRenderer, SplatFileType, SplatMesh } from '@sparkjsdev/spark';
import { openScanStream } from './open-stream.ts';
import { SplatRendererUnavailable, splatFileTypeOf } from './splat-errors.ts';
import { SplatClipping } from './splat-clipping.ts';

/**
 * Loads a Gaussian-splat scan with Spark (@sparkjsdev/spark), the three.js splat
 * renderer. Spark (a 2.6 MB chunk, 0.9 MB gzipped, with its WebAssembly inlined,
 * which it compiles under 'wasm-unsafe-eval' and runs in blob: workers; it
 * fetches nothing itself) is imported only here, on demand, so only a venue with
 * a splat scan downloads it.
 *
 * The file is streamed into Spark's decoder as it arrives (see open-stream.ts);
 * splats are kept in Spark's packed form (16 bytes a splat, plus the spherical
 * harmonics the file has). No level-of-detail tree is built on load: Spark builds
 * it from a full-precision copy of the whole file in its worker, several times
 * the memory of the packed splats, which a phone may not have.
 */

/** How long `sorted` waits for Spark's first sort before giving up waiting (the scan is shown anyway). */
const FIRST_SORT_TIMEOUT_MS = 5000;

/** A loaded splat scan: Spark's renderer object and the splats, both to add to the scene. */
export interface LoadedSplat {
  /** Spark's renderer: a mesh that draws all splats of the scene; it never meets a ray. */
  spark: SparkRenderer;
  /** The splats; transform it with scan.transform. It never meets a ray. */
  mesh: SplatMesh;
  clipping: SplatClipping;
  splats: number;
  bytes: number;
  /** Resolves once Spark has sorted the splats for the first time (until then it draws none). */
  sorted: Promise<void>;
  dispose(): void;
}

export interface LoadSplatOptions {
  url: string;
  uri: string;
  renderer: WebGLRenderer;
  /** Spark needs another frame (its asynchronous sort finished): call invalidate(). */
  onDirty: () => void;
  onProgress: (loaded: number, total: number | null) => void;
  signal: AbortSignal;
}

const noRaycast: Object3D['raycast'] = () => undefined;

export async function loadSplat({ url, uri, renderer, onDirty, onProgress, signal }: LoadSplatOptions): Promise<LoadedSplat> {
  // The download starts while Spark's code arrives.
  const opened = openScanStream(url, onProgress, signal);
  // Handled below, after the import; this keeps an early failure from being reported as unhandled meanwhile.
  opened.catch(() => undefined);
  let spark: typeof Spark;
  try {
    spark = await import('@sparkjsdev/spark');
  } catch (error) {
    opened.then((o) => o.stream.cancel(), () => undefined);
    throw new SplatRendererUnavailable(error instanceof Error ? error.message : String(error), { cause: error });
  }
  const download = await opened;
  const fileType = splatFileTypeOf(uri);
  const mesh = new spark.SplatMesh({
    stream: download.stream,
    streamLength: download.totalBytes ?? 0,
    fileName: uri.split('/').pop() ?? uri,
    ...(fileType ? { fileType: fileType as SplatFileType } : {}),
    // Picking is done on invisible floor slabs: Spark's splat raycast gives points
    // without normals, in the mesh's units, and walks every splat on the CPU.
    raycastable: false,
  });
  mesh.raycast = noRaycast;
  try {
    await mesh.initialized;
    const failure = download.failure();
    if (failure) throw failure;
    if (mesh.numSplats === 0) throw new Error('the file holds no splats');
  } catch (error) {
    mesh.dispose();
    throw error;
  }

  let resolveSorted: () => void = () => undefined;
  const sorted = new Promise<void>((resolve) => (resolveSorted = resolve));
  const timeout = setTimeout(() => resolveSorted(), FIRST_SORT_TIMEOUT_MS);
  const sparkRenderer = new spark.SparkRenderer({
    renderer,
    // No level-of-detail tree (see above): nothing for Spark's LoD worker to drive.
    enableLod: false,
    onDirty: () => {
      onDirty();
      // Spark makes its ordering texture once the first sort is done.
      if (sparkRenderer.orderingTexture) resolveSorted();
    },
  });
  sparkRenderer.raycast = noRaycast;
  const clipping = new SplatClipping({ SplatEdit: spark.SplatEdit, SplatEditSdf: spark.SplatEditSdf, planeType: spark.SplatEditSdfType.PLANE });
  mesh.edits = [clipping.edit];

  return {
    spark: sparkRenderer,
    mesh,
    clipping,
    splats: mesh.numSplats,
    bytes: download.loadedBytes(),
    sorted,
    dispose() {
      clearTimeout(timeout);
      resolveSorted();
      mesh.dispose();
      sparkRenderer.dispose();
    },
  };
}
