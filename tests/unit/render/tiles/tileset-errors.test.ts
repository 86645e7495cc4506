import { describe, expect, it } from 'vitest';
import { checkTilesetJson, describeTilesetError, fileNameOf, isSupportedTilesVersion, TilesetError } from '../../../../src/render/scans/tiles/tileset-errors.ts';

const URI = 'scan/tileset.json';
const problem = (error: () => void): unknown => {
  try {
    error();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
};

describe('why a tiled scan cannot be shown, in words', () => {
  it('names the tileset and tells a missing file from other server answers', () => {
    expect(describeTilesetError(URI, new TilesetError({ kind: 'http', status: 404, file: 'x' }))).toBe('scan/tileset.json: the file was not found on the server (HTTP 404)');
    expect(describeTilesetError(URI, new TilesetError({ kind: 'http', status: 503, file: 'x' }))).toBe('scan/tileset.json: the server answered HTTP 503');
    expect(describeTilesetError(URI, new TilesetError({ kind: 'network', file: 'x' }))).toBe('scan/tileset.json: the network request failed');
    expect(describeTilesetError(URI, new TilesetError({ kind: 'html', file: 'x' }))).toMatch(/^scan\/tileset\.json: the server sent a web page instead of the file/);
  });

  it('says when tileset.json is not JSON, not a tileset, or of a version we cannot read', () => {
    expect(describeTilesetError(URI, new TilesetError({ kind: 'json', detail: 'Unexpected token o' }))).toBe('scan/tileset.json: not valid JSON (Unexpected token o)');
    expect(describeTilesetError(URI, problem(() => checkTilesetJson({ root: {} })))).toBe('scan/tileset.json: not a 3D Tiles tileset (it has no "asset")');
    expect(describeTilesetError(URI, problem(() => checkTilesetJson([1, 2])))).toBe('scan/tileset.json: not a 3D Tiles tileset (it is not a JSON object)');
    expect(describeTilesetError(URI, problem(() => checkTilesetJson({ asset: { version: '2.0' }, root: {} })))).toBe('scan/tileset.json: 3D Tiles version "2.0" is not supported (1.0 or 1.1 expected)');
    expect(describeTilesetError(URI, problem(() => checkTilesetJson({ asset: { version: '1.1' } })))).toBe('scan/tileset.json: not a 3D Tiles tileset (it has no "root")');
  });

  it('names the root tile when the tileset loads but its first tile does not', () => {
    expect(describeTilesetError(URI, new TilesetError({ kind: 'root-tile', file: 'troot.glb', detail: 'HTTP 404' }))).toBe('scan/tileset.json: its root tile troot.glb could not be loaded (HTTP 404)');
  });

  it('puts the renderer’s own errors into the same words', () => {
    expect(describeTilesetError(URI, new Error('TilesRenderer: Failed to load tileset "https://x/tileset.json" with status 404 : Not Found'))).toBe('scan/tileset.json: the file was not found on the server (HTTP 404)');
    expect(describeTilesetError(URI, new Error('Failed to load model with error code 500'))).toBe('scan/tileset.json: the server answered HTTP 500');
    expect(describeTilesetError(URI, new SyntaxError('Unexpected end of JSON input'))).toBe('scan/tileset.json: not valid JSON (Unexpected end of JSON input)');
    expect(describeTilesetError(URI, 'something odd')).toBe('scan/tileset.json: the tiled scan could not be loaded (something odd)');
  });

  it('accepts the 3D Tiles versions 1.0 and 1.1 only', () => {
    expect(['1.0', '1.1', ' 1.1 ', '1.0.1'].every(isSupportedTilesVersion)).toBe(true);
    expect(['0.0', '1.2', '2.0', '', 'one'].some(isSupportedTilesVersion)).toBe(false);
    expect(() => checkTilesetJson({ asset: { version: '1.0' }, geometricError: 10, root: { geometricError: 0 } })).not.toThrow();
  });

  it('names files the way a curator finds them in the venue folder', () => {
    expect(fileNameOf('https://m.example/scenes/a/scan/t01.glb?v=abc')).toBe('t01.glb');
    expect(fileNameOf('t%20root.glb')).toBe('t root.glb');
  });
});
