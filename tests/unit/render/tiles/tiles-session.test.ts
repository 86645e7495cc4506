import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Document, NodeIO } from '@gltf-transform/core';
import { Box3, Mesh, PerspectiveCamera, type Vector2, type WebGLRenderer } from 'three';
import { openTileset, type TilesSession } from '../../../../src/render/scans/tiles/tiles-session.ts';
import { tilesBudget } from '../../../../src/render/scans/tiles/tiles-budget.ts';
import { boxFromVenueBounds } from '../../../../tools/lib/scan/tileset-json.ts';
import type { ScanStatus } from '../../../../src/state/scan-store.ts';

/**
 * The real 3d-tiles-renderer, driven the way TilesScan drives it, without WebGL:
 * the renderer only needs a camera and a canvas size to choose tiles, and
 * three's GLTFLoader parses a geometry-only GLB in Node.
 */

const BASE = 'https://museum.example/scenes/hall/scan/';
const URL_ = `${BASE}tileset.json?v=00c0ffee00c0ffee`;
/** One triangle in venue metres (Y up), as the importer writes tile content. */
const TRIANGLE = [1, 2, 3, 2, 2, 3, 1, 3, 3];

async function triangleGlb(): Promise<Uint8Array> {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const position = doc.createAccessor().setType('VEC3').setArray(new Float32Array(TRIANGLE)).setBuffer(buffer);
  const mesh = doc.createMesh().addPrimitive(doc.createPrimitive().setAttribute('POSITION', position));
  doc.createScene().addChild(doc.createNode().setMesh(mesh));
  return new NodeIO().writeBinary(doc);
}

function tileset(rootUri: string, version = '1.1') {
  return { asset: { version }, geometricError: 10, root: { boundingVolume: { box: boxFromVenueBounds([1, 2, 3, 2, 3, 3]) }, geometricError: 0, refine: 'REPLACE', content: { uri: rootUri } } };
}

let requests: string[] = [];
function serve(files: Record<string, string | Uint8Array>): void {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = String(input);
    requests.push(url);
    const body = files[url.slice(BASE.length).split('?')[0]!];
    if (body === undefined) return new Response('Not Found', { status: 404 });
    return new Response(typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]), { headers: { 'content-type': typeof body === 'string' ? 'application/json' : 'model/gltf-binary' } });
  });
}

/** Opens the tileset and runs frames until the session says how it went (or gives up). */
async function run(): Promise<{ session: TilesSession; statuses: ScanStatus[]; outcome: boolean | null; redraws: number }> {
  const statuses: ScanStatus[] = [];
  const result = { outcome: null as boolean | null, redraws: 0 };
  const renderer = { getSize: (target: Vector2) => target.set(800, 600) } as unknown as WebGLRenderer;
  const session = openTileset({
    url: URL_,
    uri: 'scan/tileset.json',
    renderer,
    budget: tilesBudget({ devicePixelRatio: 1, deviceMemoryGB: 4 }),
    events: { status: (s) => statuses.push(s), outcome: (ok) => (result.outcome = ok), redraw: () => result.redraws++ },
  });
  const camera = new PerspectiveCamera(50, 800 / 600, 0.05, 500);
  camera.position.set(1.5, 4, 12);
  camera.lookAt(1.5, 2.5, 3);
  camera.updateMatrixWorld();
  for (let frame = 0; frame < 100 && result.outcome === null; frame++) {
    session.update(camera, renderer);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { session, statuses, ...result };
}

beforeEach(() => {
  requests = [];
  // What 3d-tiles-renderer takes from a browser: the page's URL and animation frames for its queues.
  vi.stubGlobal('window', { location: { href: 'https://museum.example/' } });
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 0));
  vi.stubGlobal('cancelAnimationFrame', (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a tiled scan, end to end without WebGL', () => {
  it('shows the root tile where the venue has it, versioned, and reports ready with its figures', async () => {
    const glb = await triangleGlb();
    const json = JSON.stringify(tileset('troot.glb'));
    serve({ 'tileset.json': json, 'troot.glb': glb });
    const { session, statuses, outcome, redraws } = await run();

    expect(outcome).toBe(true);
    expect(statuses.at(-1)).toEqual({ phase: 'ready', bytes: json.length + glb.byteLength, triangles: 1 });
    expect(statuses[0]).toMatchObject({ phase: 'loading', totalBytes: null });
    expect(requests).toEqual([URL_, `${BASE}troot.glb?v=00c0ffee00c0ffee`]);
    expect(redraws).toBeGreaterThan(0);

    // The triangle lands on the venue coordinates it was written with.
    const meshes: Mesh[] = [];
    session.group.updateMatrixWorld(true);
    session.group.traverse((o) => o instanceof Mesh && meshes.push(o));
    expect(meshes).toHaveLength(1);
    const box = new Box3().setFromObject(meshes[0]!);
    expect(box.min.toArray().map((v) => +v.toFixed(6))).toEqual([1, 2, 3]);
    expect(box.max.toArray().map((v) => +v.toFixed(6))).toEqual([2, 3, 3]);

    // Closing frees the tiles.
    session.dispose();
    expect(session.group.children).toHaveLength(0);
  });

  it('fails with a sentence naming tileset.json when it is missing', async () => {
    serve({});
    const { statuses, outcome } = await run();
    expect(outcome).toBe(false);
    expect(statuses.at(-1)).toEqual({ phase: 'error', message: 'scan/tileset.json: the file was not found on the server (HTTP 404)' });
  });

  it('fails when the tileset is of a version it cannot read, before loading any tile', async () => {
    serve({ 'tileset.json': JSON.stringify(tileset('troot.glb', '2.0')), 'troot.glb': await triangleGlb() });
    const { statuses, outcome } = await run();
    expect(outcome).toBe(false);
    expect(statuses.at(-1)).toMatchObject({ phase: 'error', message: 'scan/tileset.json: 3D Tiles version "2.0" is not supported (1.0 or 1.1 expected)' });
    expect(requests).toEqual([URL_]);
  });

  it('fails, naming the tile, when the tileset loads but its root tile does not', async () => {
    serve({ 'tileset.json': JSON.stringify(tileset('troot.glb')) });
    const { statuses, outcome } = await run();
    expect(outcome).toBe(false);
    expect(statuses.at(-1)).toEqual({ phase: 'error', message: 'scan/tileset.json: its root tile troot.glb could not be loaded (HTTP 404)' });
  });
});
