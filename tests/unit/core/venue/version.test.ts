import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveVersionedUri, VENUE_VERSION_PARAM, venueVersion } from '../../../../src/core/venue/version.ts';
import { parseVenueCacheName, venueCacheName, VERSION_PARAM } from '../../../../src/platform/offline/cache-names.ts';
import { ROOT } from '../../../helpers/fixtures.ts';

const demoText = () => readFileSync(join(ROOT, 'scenes', 'demo-museum', 'scene.json'), 'utf8');

/** FNV-1a 64 over the UTF-8 bytes, the slow and obvious way, to check the fast one against. */
function referenceFnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('a venue version is a short, stable fingerprint of scene.json', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(venueVersion('')).toBe('cbf29ce484222325');
    expect(venueVersion('a')).toBe('af63dc4c8601ec8c');
    expect(venueVersion('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes of the text, so it equals the hash of the file on disk', () => {
    const text = demoText();
    expect(venueVersion(text)).toBe(referenceFnv1a64(text));
    // Umlauts, a character outside the BMP (a surrogate pair) and a lone surrogate, which UTF-8 writes as U+FFFD.
    for (const sample of ['Gemäldegalerie – Übersicht', 'Saal 🖼️ 2', 'broken \ud800 pair', 'end \udc00']) {
      expect(venueVersion(sample), sample).toBe(referenceFnv1a64(sample));
    }
  });

  it('is the same for the same text every time, and names a valid cache', () => {
    const version = venueVersion(demoText());
    expect(venueVersion(demoText())).toBe(version);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(parseVenueCacheName(venueCacheName('demo-museum', version))).toEqual({ venueId: 'demo-museum', version });
  });

  it('changes when a single character of scene.json changes', () => {
    const text = demoText();
    const edited = text.replace('"elevation": 0', '"elevation": 1');
    expect(edited).not.toBe(text);
    expect(venueVersion(edited)).not.toBe(venueVersion(text));
    expect(venueVersion(`${text} `)).not.toBe(venueVersion(text));
  });

  it('uses the query parameter the service worker reads', () => {
    expect(VENUE_VERSION_PARAM).toBe(VERSION_PARAM);
  });
});

describe('versioned URLs of a venue’s files', () => {
  const base = 'https://museum.example/app/scenes/demo-museum/';

  it('appends ?v= to a file of the bundle', () => {
    expect(resolveVersionedUri(base, 'scan.glb', 'abc123')).toBe(`${base}scan.glb?v=abc123`);
    expect(resolveVersionedUri(base, 'media/x.webp', 'abc123', 'media')).toBe(`${base}media/x.webp?v=abc123`);
  });

  it('keeps an existing query and a fragment in their places', () => {
    expect(resolveVersionedUri(base, 'scan/tileset.json?lod=2', 'abc123')).toBe(`${base}scan/tileset.json?lod=2&v=abc123`);
    expect(resolveVersionedUri(base, 'media/a.vtt#t=10', 'abc123', 'media')).toBe(`${base}media/a.vtt?v=abc123#t=10`);
  });

  it('leaves https: and data: URIs alone: they are not the bundle’s files', () => {
    expect(resolveVersionedUri(base, 'https://cdn.example/scan.glb', 'abc123')).toBe('https://cdn.example/scan.glb');
    const data = 'data:image/png;base64,iVBORw0KGgo=';
    expect(resolveVersionedUri(base, data, 'abc123', 'media')).toBe(data);
  });

  it('adds nothing when the version is unknown', () => {
    expect(resolveVersionedUri(base, 'scan.glb', '')).toBe(`${base}scan.glb`);
  });

  it('still refuses a URI that leaves the bundle', () => {
    expect(() => resolveVersionedUri(base, '../other/scan.glb', 'abc123')).toThrow(/must not leave the bundle folder/);
  });
});
