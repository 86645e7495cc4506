import { describe, expect, it } from 'vitest';
import { VersionQueryPlugin, versionOf, withVersionQuery } from '../../../../src/render/scans/tiles/version-query.ts';
import { resolveVersionedUri } from '../../../../src/core/venue/version.ts';

const TILESET = 'https://museum.example/scenes/city-hall/scan/tileset.json?v=0123456789abcdef';

describe('the tileset version on every tile request', () => {
  it('reads the version the viewer put on the tileset URL', () => {
    expect(versionOf(TILESET)).toBe('0123456789abcdef');
    expect(versionOf(resolveVersionedUri('https://m.example/scenes/a/', 'scan/tileset.json', 'feedc0de00000000'))).toBe('feedc0de00000000');
    expect(versionOf('https://museum.example/scan/tileset.json')).toBeNull();
    expect(versionOf('not a url')).toBeNull();
  });

  it('puts it on a tile URI resolved the way 3d-tiles-renderer resolves it (query dropped)', () => {
    // TilesRendererBase: new URL(content.uri, basePath + '/'), basePath = tileset URL without its last segment.
    const basePath = TILESET.replace(/\/[^/]*$/, '');
    const resolved = new URL('t013.glb', basePath + '/').toString();
    expect(resolved).toBe('https://museum.example/scenes/city-hall/scan/t013.glb');
    expect(withVersionQuery(resolved, '0123456789abcdef', TILESET)).toBe('https://museum.example/scenes/city-hall/scan/t013.glb?v=0123456789abcdef');
  });

  it('keeps other query parameters and a version already there', () => {
    expect(withVersionQuery('https://museum.example/scenes/x/sub/t.glb?lod=2', 'abc', TILESET)).toBe('https://museum.example/scenes/x/sub/t.glb?lod=2&v=abc');
    expect(withVersionQuery('https://museum.example/scenes/x/t.glb?v=older', 'abc', TILESET)).toBe('https://museum.example/scenes/x/t.glb?v=older');
  });

  it('leaves other hosts, data: and blob: URLs, and an unversioned tileset alone', () => {
    expect(withVersionQuery('https://tiles.other.example/t.glb', 'abc', TILESET)).toBe('https://tiles.other.example/t.glb');
    expect(withVersionQuery('blob:https://museum.example/1f2e', 'abc', TILESET)).toBe('blob:https://museum.example/1f2e');
    expect(withVersionQuery('data:image/webp;base64,AAAA', 'abc', TILESET)).toBe('data:image/webp;base64,AAAA');
    expect(withVersionQuery('https://museum.example/scenes/x/t.glb', null, TILESET)).toBe('https://museum.example/scenes/x/t.glb');
  });

  it('as a plugin: the root stays as given, tiles and nested tilesets get the version', () => {
    const plugin = new VersionQueryPlugin(TILESET);
    expect(plugin.preprocessURL(TILESET)).toBe(TILESET);
    expect(plugin.preprocessURL(new URL('https://museum.example/scenes/city-hall/scan/wing/tileset.json'))).toBe('https://museum.example/scenes/city-hall/scan/wing/tileset.json?v=0123456789abcdef');
    expect(plugin.preprocessURL('https://museum.example/scenes/city-hall/scan/troot.glb')).toMatch(/troot\.glb\?v=0123456789abcdef$/);
  });
});
