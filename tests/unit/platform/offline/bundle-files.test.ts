import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Venue } from '../../../../src/core/venue/index.ts';
import { DEMO_WALK_TRACE_URI, venueBundleFiles } from '../../../../src/platform/offline/bundle-files.ts';
import { DEMO_DIR, demoSceneText, loadedFrom } from './fake-bundle-server.ts';

/**
 * Every string a scene.json holds under a key that names a file ("uri", and the
 * per-language "captions" and "audio" maps), found by walking the raw JSON — not
 * through the schema, so the listing is checked against the document itself.
 */
function fileStringsIn(doc: unknown, key = ''): string[] {
  if (typeof doc === 'string') return ['uri', 'captions', 'audio'].includes(key) ? [doc] : [];
  if (Array.isArray(doc)) return doc.flatMap((item) => fileStringsIn(item, key));
  if (doc === null || typeof doc !== 'object') return [];
  return Object.entries(doc).flatMap(([k, v]) => {
    // A localized map ({de: "…", en: "…"}) under a file key keeps that key for its values.
    const fileKey = ['uri', 'captions', 'audio'].includes(key) ? key : k;
    return fileStringsIn(v, fileKey);
  });
}

const demoVenue = (): Venue => loadedFrom(demoSceneText(), 'demo-museum').venue;

describe('listing what "Save for offline" downloads', () => {
  it('covers every file the demo museum’s scene.json names, plus scene.json and the demo walk', () => {
    const text = demoSceneText();
    const named = new Set(fileStringsIn(JSON.parse(text)).filter((uri) => !/^(https|data):/i.test(uri)));
    expect(named.size).toBeGreaterThan(40); // the demo has a scan, 18 images, audio and captions in two languages

    const { files, networkOnly } = venueBundleFiles(demoVenue());
    const listed = files.map((f) => f.uri);
    expect(new Set(listed).size).toBe(listed.length); // each file once, though hotspots and tours share audio
    expect(new Set(listed)).toEqual(new Set([...named, 'scene.json', DEMO_WALK_TRACE_URI]));
    expect(files[0]).toMatchObject({ uri: 'scene.json', role: 'scene', required: true });
    expect(networkOnly).toEqual([]);
    // And every listed file is really in the bundle folder.
    expect(listed.filter((uri) => !existsSync(join(DEMO_DIR, uri)))).toEqual([]);
  });

  it('marks only the demo walk as optional, and names where each file is referenced', () => {
    const { files } = venueBundleFiles(demoVenue());
    expect(files.filter((f) => !f.required).map((f) => f.uri)).toEqual([DEMO_WALK_TRACE_URI]);
    const scan = files.find((f) => f.role === 'scan');
    expect(scan).toMatchObject({ uri: 'scan.glb', path: 'scan.uri' });
    const german = files.find((f) => f.uri === 'media/tour-van-gogh-1.de.vtt');
    expect(german?.path).toMatch(/^hotspots\[\d+\]\.media\[\d+\]\.captions\.de$/);
  });

  it('leaves https media to the network and data: media inside scene.json', () => {
    const venue = structuredClone(demoVenue());
    const hotspot = venue.hotspots![0]!;
    hotspot.media = [
      { kind: 'image', uri: 'https://images.example/large.jpg' },
      { kind: 'image', uri: 'data:image/png;base64,iVBORw0KGgo=' },
      { kind: 'audio', uri: { de: 'media/only.de.mp3', en: 'https://audio.example/en.mp3' } },
    ];
    venue.tours = [];
    const { files, networkOnly } = venueBundleFiles(venue);
    expect(networkOnly.map((n) => n.uri)).toEqual(['https://images.example/large.jpg', 'https://audio.example/en.mp3']);
    expect(networkOnly[1]!.path).toBe('hotspots[0].media[2].uri.en');
    const uris = files.map((f) => f.uri);
    expect(uris).toContain('media/only.de.mp3');
    expect(uris.some((u) => u.startsWith('data:') || u.startsWith('https:'))).toBe(false);
  });

  it('lists a venue without scan, hotspots or tours as scene.json and its optional walk', () => {
    const venue = { ...structuredClone(demoVenue()), hotspots: undefined, tours: undefined, scan: undefined } as Venue;
    expect(venueBundleFiles(venue).files.map((f) => f.uri)).toEqual(['scene.json', DEMO_WALK_TRACE_URI]);
  });
});
