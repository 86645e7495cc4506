import { describe, expect, it } from 'vitest';
import { gltfResourceUris, joinBundleUri, tilesetContentUris } from '../../../../src/platform/offline/scan-resources.ts';

describe('the files a scan names beyond itself', () => {
  it('finds a .gltf’s buffers and images next to it, once each, skipping embedded data', () => {
    const gltf = JSON.stringify({
      asset: { version: '2.0' },
      buffers: [{ uri: 'hall.bin', byteLength: 10 }, { uri: 'data:application/octet-stream;base64,AAAA', byteLength: 3 }],
      images: [{ uri: 'textures/wall%20plaster.webp' }, { uri: 'textures/wall%20plaster.webp' }, { bufferView: 2, mimeType: 'image/png' }],
    });
    expect(gltfResourceUris('scan/hall.gltf', gltf)).toEqual({ uris: ['scan/hall.bin', 'scan/textures/wall%20plaster.webp'], networkOnly: [] });
  });

  it('refuses paths that leave the bundle folder, and leaves https ones to the network', () => {
    const gltf = JSON.stringify({ buffers: [{ uri: '../../secrets.bin' }, { uri: 'https://cdn.example/big.bin' }, { uri: 'javascript:alert(1)' }] });
    expect(gltfResourceUris('scan/hall.gltf', gltf)).toEqual({ uris: [], networkOnly: ['https://cdn.example/big.bin'] });
    expect(joinBundleUri('scan/hall.gltf', '../media/a.png')).toBe('media/a.png');
    expect(joinBundleUri('hall.gltf', '../a.png')).toBeNull();
  });

  it('reads nothing from a file that is not a JSON object', () => {
    expect(gltfResourceUris('scan.gltf', '{not json')).toEqual({ uris: [], networkOnly: [] });
    expect(tilesetContentUris('tiles/tileset.json', '[1,2]')).toEqual({ uris: [], networkOnly: [] });
  });

  it('walks a 3D Tiles tree: content, 1.0’s url, 1.1’s contents, and external tilesets', () => {
    const tileset = JSON.stringify({
      asset: { version: '1.1' },
      root: {
        content: { uri: 'root.glb' },
        children: [
          { content: { url: 'legacy/a.b3dm' }, children: [{ contents: [{ uri: 'c/1.glb' }, { uri: 'c/2.glb' }] }] },
          { content: { uri: 'east/tileset.json' } },
        ],
      },
    });
    expect(tilesetContentUris('scan/tileset.json', tileset).uris).toEqual(['scan/root.glb', 'scan/legacy/a.b3dm', 'scan/c/1.glb', 'scan/c/2.glb', 'scan/east/tileset.json']);
  });
});
