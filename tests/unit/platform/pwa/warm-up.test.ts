import { describe, expect, it } from 'vitest';
import { cacheUrlsMessage, loadedResources, urlsToCache } from '../../../../src/platform/pwa/warm-up.ts';

describe('after the first visit installs the service worker, the page hands it what it already loaded', () => {
  const base = 'https://museum.example/visit/index.html?venue=demo-museum';

  it('hands over the app’s own files, once each', () => {
    const urls = urlsToCache(
      [
        'https://museum.example/visit/scenes/demo-museum/scene.json',
        'https://museum.example/visit/scenes/demo-museum/scan.glb?v=abc',
        'https://museum.example/visit/scenes/demo-museum/scan.glb?v=abc',
        'https://museum.example/visit/assets/index-OJH3LZtT.js',
        'https://museum.example/visit/scenes/demo-museum/media/a.webp?v=abc#fragment',
      ],
      base,
    );
    expect(urls).toEqual([
      'https://museum.example/visit/scenes/demo-museum/scene.json',
      'https://museum.example/visit/scenes/demo-museum/scan.glb?v=abc',
      'https://museum.example/visit/assets/index-OJH3LZtT.js',
      'https://museum.example/visit/scenes/demo-museum/media/a.webp?v=abc',
    ]);
  });

  it('leaves out other sites, other folders, blob: and data: URLs and garbage', () => {
    expect(
      urlsToCache(['https://cdn.example/visit/x.js', 'https://museum.example/other/x.js', 'blob:https://museum.example/1234', 'data:image/png;base64,AAAA', 'not a url'], base),
    ).toEqual([]);
  });

  it('speaks the message Workbox’s router answers', () => {
    expect(cacheUrlsMessage(['https://museum.example/visit/sw-test.json'], base)).toEqual({
      type: 'CACHE_URLS',
      payload: { urlsToCache: ['https://museum.example/visit/sw-test.json'] },
    });
  });

  it('hands over only what the page really loaded, not the size checks of the save panel', () => {
    const entries = [
      { name: 'https://museum.example/visit/scenes/demo/scan.glb?v=1', decodedBodySize: 336_452 },
      { name: 'https://museum.example/visit/scenes/demo/media/a.mp3?v=1', decodedBodySize: 0 }, // HEAD
      { name: 'https://museum.example/visit/scenes/demo/media/b.mp3?v=1', decodedBodySize: 1 }, // bytes=0-0
    ];
    expect(loadedResources(entries)).toEqual(['https://museum.example/visit/scenes/demo/scan.glb?v=1']);
  });
});
