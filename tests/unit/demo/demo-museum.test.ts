import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, identityKey, validateVenue, type Venue } from '../../../src/core/venue/index.ts';
import { ROOT } from '../../helpers/fixtures.ts';
import { generateDemo } from '../../../tools/demo/demo.ts';
import { DEMO_EXHIBITS, DEMO_GALLERIES, DEMO_TOURS } from '../../../tools/demo/content.ts';
import { referencedFiles } from '../../../src/core/bundle/referenced-files.ts';
import { parseWebVtt } from '../../../src/core/media/webvtt.ts';

const bundleDir = join(ROOT, 'scenes', 'demo-museum');
const committedScene = readFileSync(join(bundleDir, 'scene.json'), 'utf8');
const committedGlb = readFileSync(join(bundleDir, 'scan.glb'));
const venue = JSON.parse(committedScene) as Venue;

/** Rooms reachable from a node over the walking graph, optionally without edges that are not step-free. */
function reachableRooms(v: Venue, from: string, stepFree: boolean): Set<string> {
  const nodes = new Map(v.navGraph!.nodes.map((n) => [n.id, n]));
  const next = new Map<string, string[]>();
  for (const e of v.navGraph!.edges) {
    const accessible = e.accessible ?? !(e.kind === 'stairs' || e.kind === 'escalator');
    if (stepFree && !accessible) continue;
    next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    if (!e.oneWay) next.set(e.to, [...(next.get(e.to) ?? []), e.from]);
  }
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    for (const n of next.get(queue.shift()!) ?? []) {
      if (seen.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
  }
  return new Set([...seen].map((id) => nodes.get(id)?.room).filter((r): r is string => r !== undefined));
}

/** The JSON chunk of a GLB. */
function glbJson(glb: Buffer): { nodes: { name?: string; extras?: { floor?: string } }[]; scenes: { nodes: number[] }[]; images?: unknown[]; textures?: unknown[] } {
  expect(glb.toString('latin1', 0, 4)).toBe('glTF');
  expect(glb.readUInt32LE(4)).toBe(2);
  const length = glb.readUInt32LE(12);
  expect(glb.toString('latin1', 16, 20)).toBe('JSON');
  return JSON.parse(glb.toString('utf8', 20, 20 + length));
}

describe('the demo museum bundle', () => {
  it('is what the generator makes now, byte for byte (regenerate with npm run demo:generate)', async () => {
    const bundle = await generateDemo({ galleries: DEMO_GALLERIES, exhibits: DEMO_EXHIBITS, tours: DEMO_TOURS });
    expect(bundle.sceneJson === committedScene, 'scenes/demo-museum/scene.json is stale').toBe(true);
    expect(Buffer.from(bundle.glb).equals(committedGlb), 'scenes/demo-museum/scan.glb is stale').toBe(true);
    expect(bundle.media.size).toBe(DEMO_EXHIBITS.length);
    for (const [path, bytes] of bundle.media) {
      const file = join(bundleDir, path);
      expect(existsSync(file), `scenes/demo-museum/${path} is missing`).toBe(true);
      expect(Buffer.from(bytes).equals(readFileSync(file)), `scenes/demo-museum/${path} is stale`).toBe(true);
    }
    // Generated images no longer made by the generator would linger in the bundle.
    const generatedPngs = readdirSync(join(bundleDir, 'media')).filter((f) => f.endsWith('.png')).map((f) => `media/${f}`);
    expect(generatedPngs.sort()).toEqual([...bundle.media.keys()].sort());
  });

  it('ships every media file it refers to: exhibit images, narration audio and readable captions', () => {
    const files = referencedFiles(venue);
    expect(files.filter((f) => f.uri.endsWith('.png'))).toHaveLength(venue.hotspots!.length);
    expect(files.filter((f) => f.uri.endsWith('.mp3')).length).toBeGreaterThan(2 * venue.tours!.flatMap((t) => t.stops).length);
    for (const { path, uri } of files) expect(existsSync(join(bundleDir, uri)), `${path}: ${uri}`).toBe(true);
    for (const { uri } of files.filter((f) => f.uri.endsWith('.vtt'))) {
      expect(parseWebVtt(readFileSync(join(bundleDir, uri), 'utf8')).length, uri).toBeGreaterThan(0);
    }
    for (const stop of venue.tours!.flatMap((t) => t.stops)) expect(Object.keys(stop.audio ?? {}).sort()).toEqual(['de', 'en']);
    for (const h of venue.hotspots!) {
      const image = h.media?.find((m) => m.kind === 'image');
      expect(image?.alt?.en).toMatch(/^Abstract stand-in in the tones of .*not a reproduction$/);
      expect(image?.alt?.de).toMatch(/^Abstrakter Platzhalter in den Farbtönen von /);
      const isStop = venue.tours!.some((t) => t.stops.some((s) => s.hotspot === h.id));
      expect(h.media?.some((m) => m.kind === 'audio' && m.captions?.de !== undefined && m.captions.en !== undefined)).toBe(isStop);
    }
  });

  it('validates without a single problem', () => {
    const result = validateVenue(JSON.parse(committedScene), { expectedId: 'demo-museum' });
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('is a two-floor museum with the rooms a visitor expects', () => {
    expect(venue.floors.map((f) => f.id)).toEqual(['eg', 'og']);
    const kinds = venue.rooms.map((r) => r.kind);
    for (const kind of ['entrance', 'cloakroom', 'corridor', 'toilet', 'cafe', 'stairs', 'elevator'] as const) expect(kinds).toContain(kind);
    expect(kinds.filter((k) => k === 'gallery').length).toBeGreaterThanOrEqual(4);
    expect(venue.rooms.length).toBeGreaterThanOrEqual(8);
    for (const floor of ['eg', 'og']) {
      expect(venue.rooms.some((r) => r.floor === floor && r.kind === 'stairs')).toBe(true);
      expect(venue.rooms.some((r) => r.floor === floor && r.kind === 'elevator')).toBe(true);
    }
    expect(venue.title.en).toMatch(/generated/i);
  });

  it('has at least 12 exhibits written in German and English, and 2 tours', () => {
    expect(venue.hotspots!.length).toBeGreaterThanOrEqual(12);
    for (const h of venue.hotspots!) {
      for (const field of [h.title, h.summary!, h.body!]) {
        expect(field.de?.length).toBeGreaterThan(0);
        expect(field.en?.length).toBeGreaterThan(0);
      }
      // Titles may be proper names in both languages; the texts are written twice.
      expect(h.summary!.de).not.toBe(h.summary!.en);
      expect(h.body!.de).not.toBe(h.body!.en);
      expect(h.view).toBeDefined();
    }
    expect(venue.tours).toHaveLength(2);
  });

  it('has at least 16 Eddystone-UID beacons with distinct identities, in every room', () => {
    const beacons = venue.beacons!;
    expect(beacons.length).toBeGreaterThanOrEqual(16);
    expect(beacons.every((b) => b.identity?.protocol === 'eddystone-uid')).toBe(true);
    expect(new Set(beacons.map((b) => identityKey(b.identity!))).size).toBe(beacons.length);
    for (const b of beacons) {
      const floor = venue.floors.find((f) => f.id === b.floor)!;
      expect(b.position[1] - floor.elevation).toBeGreaterThanOrEqual(2);
    }
  });

  it('reaches every room on both floors from the entrance, and every room without stairs too', () => {
    const entrance = venue.navGraph!.nodes.find((n) => venue.rooms.find((r) => r.id === n.room)?.kind === 'entrance')!;
    const walkable = venue.rooms.map((r) => r.id);
    expect([...reachableRooms(venue, entrance.id, false)].sort()).toEqual([...walkable].sort());
    expect([...reachableRooms(venue, entrance.id, true)].sort()).toEqual([...walkable].sort());
    const stairs = venue.navGraph!.edges.filter((e) => e.kind === 'stairs');
    const elevator = venue.navGraph!.edges.filter((e) => e.kind === 'elevator');
    expect(stairs.length).toBeGreaterThan(0);
    expect(stairs.every((e) => e.accessible !== true)).toBe(true);
    expect(elevator.length).toBeGreaterThan(0);
    expect(elevator.every((e) => e.accessible !== false)).toBe(true);
  });

  it('ships a textured glTF binary with one top-level node per floor', () => {
    const gltf = glbJson(committedGlb);
    const top = gltf.scenes[0]!.nodes.map((i) => gltf.nodes[i]!);
    expect(top.map((n) => n.extras?.floor).sort()).toEqual(['eg', 'og']);
    expect(gltf.images?.length).toBeGreaterThan(0);
    expect(gltf.textures?.length).toBeGreaterThan(0);
  });
});
