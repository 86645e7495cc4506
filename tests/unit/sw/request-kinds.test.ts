import { describe, expect, it } from 'vitest';
import { DECODER_FILE, requestKind } from '../../../src/sw/request-kinds.ts';

/** The app served from a folder, as on many static hosts. */
const SCOPE = 'https://museum.example/visit/';
const kind = (href: string, navigation = false) => requestKind(new URL(href), SCOPE, navigation);

describe('the service worker tells the app’s requests apart', () => {
  it('answers the app’s own page, with any query, from the precache', () => {
    expect(kind('https://museum.example/visit/', true)).toEqual({ kind: 'app-page' });
    expect(kind('https://museum.example/visit/?venue=demo-museum&exhibit=h-1', true)).toEqual({ kind: 'app-page' });
    expect(kind('https://museum.example/visit/index.html?venue=x', true)).toEqual({ kind: 'app-page' });
  });

  it('leaves other navigations to the network: a venue file opened as a page, another folder, another site', () => {
    expect(kind('https://museum.example/visit/scenes/demo-museum/scene.json', true)).toEqual({ kind: 'other' });
    expect(kind('https://museum.example/visit/credits.html', true)).toEqual({ kind: 'other' });
    expect(kind('https://museum.example/', true)).toEqual({ kind: 'other' });
    expect(kind('https://elsewhere.example/visit/', true)).toEqual({ kind: 'other' });
  });

  it('finds a venue’s scene.json, asked for without a version', () => {
    expect(kind('https://museum.example/visit/scenes/demo-museum/scene.json')).toEqual({ kind: 'scene', venueId: 'demo-museum' });
  });

  it('reads the version of every other venue file from ?v=', () => {
    expect(kind('https://museum.example/visit/scenes/demo-museum/scan.glb?v=0123456789abcdef')).toEqual({ kind: 'venue-file', venueId: 'demo-museum', version: '0123456789abcdef' });
    expect(kind('https://museum.example/visit/scenes/demo-museum/media/a%20b.webp?x=1&v=abc')).toEqual({ kind: 'venue-file', venueId: 'demo-museum', version: 'abc' });
    // A versioned scene.json (a saved copy's) is a file of that version like any other.
    expect(kind('https://museum.example/visit/scenes/demo-museum/scene.json?v=abc')).toEqual({ kind: 'venue-file', venueId: 'demo-museum', version: 'abc' });
  });

  it('treats a missing or malformed version as none, so nothing is stored under it', () => {
    expect(kind('https://museum.example/visit/scenes/demo-museum/scan.glb')).toEqual({ kind: 'venue-file', venueId: 'demo-museum', version: null });
    expect(kind('https://museum.example/visit/scenes/demo-museum/scan.glb?v=../../x')).toEqual({ kind: 'venue-file', venueId: 'demo-museum', version: null });
    expect(kind('https://museum.example/visit/scenes/demo-museum/scan.glb?v=')).toEqual({ kind: 'venue-file', venueId: 'demo-museum', version: null });
  });

  it('ignores venue folders whose name is no venue id, and venues of other folders or sites', () => {
    expect(kind('https://museum.example/visit/scenes/Demo_Museum/scan.glb?v=abc')).toEqual({ kind: 'other' });
    expect(kind('https://museum.example/scenes/demo-museum/scan.glb?v=abc')).toEqual({ kind: 'other' });
    expect(kind('https://cdn.example/visit/scenes/demo-museum/scan.glb?v=abc')).toEqual({ kind: 'other' });
  });

  it('caches the big decoders on first use rather than with the app', () => {
    expect(kind('https://museum.example/visit/assets/draco_decoder-C32yEggz.wasm')).toEqual({ kind: 'decoder' });
    expect(kind('https://museum.example/visit/assets/draco_wasm_wrapper-DxJM36Ib.js')).toEqual({ kind: 'decoder' });
    expect(kind('https://museum.example/visit/assets/basis_transcoder-VXdx5NbI.wasm')).toEqual({ kind: 'decoder' });
    // The loaders' own code and meshopt's small decoder are part of the app shell.
    expect(kind('https://museum.example/visit/assets/DRACOLoader-Y8_2X23F.js')).toEqual({ kind: 'other' });
    expect(kind('https://museum.example/visit/assets/meshopt_decoder.module-DXTYc6wn.js')).toEqual({ kind: 'other' });
  });

  it('names the decoders the way the build emits them (the precache leaves out the same files)', () => {
    expect(DECODER_FILE.test('draco_decoder-fzg4nYZr.js')).toBe(true);
    expect(DECODER_FILE.test('scan-renderer-spark.module-B0x_Qa1c.js')).toBe(true);
    expect(DECODER_FILE.test('scan-renderer-tiles-session-C1d2.js')).toBe(true);
    expect(DECODER_FILE.test('index-OJH3LZtT.js')).toBe(false);
    expect(DECODER_FILE.test('ViewerCanvas-scan-renderer-x.js')).toBe(false);
  });
});
