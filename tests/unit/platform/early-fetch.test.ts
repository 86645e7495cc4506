import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchEarly, fetchSceneEarly, fetchWithEarly } from '../../../src/platform/early-fetch.ts';

afterEach(() => vi.unstubAllGlobals());

describe('asking for scene.json before the app has loaded', () => {
  it('hands the early response to the loader once, then fetches normally', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', async (input: string) => {
      calls.push(input);
      return new Response(`body ${calls.length}`);
    });
    fetchSceneEarly('?venue=tiny-gallery', 'https://museum.example/visit/');
    expect(calls).toEqual(['https://museum.example/visit/scenes/tiny-gallery/scene.json']);

    const url = 'https://museum.example/visit/scenes/tiny-gallery/scene.json';
    await expect((await fetchWithEarly(url)).text()).resolves.toBe('body 1');
    await expect((await fetchWithEarly(url)).text()).resolves.toBe('body 2');
    expect(calls).toHaveLength(2);
  });

  it('gives the page its own copy to peek into, and the loader still reads the whole body', async () => {
    vi.stubGlobal('fetch', async () => new Response('{"scan":{"format":"gltf","uri":"scan.glb"}}'));
    const early = fetchSceneEarly('?venue=peeked', 'https://museum.example/');
    expect(early?.url).toBe('https://museum.example/scenes/peeked/scene.json');
    await expect((await early!.response).text()).resolves.toContain('scan.glb');
    await expect((await fetchWithEarly(early!.url)).text()).resolves.toContain('scan.glb');
  });

  it('hands out any early download to the first fetch of its URL', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', async (input: string) => {
      calls.push(input);
      return new Response('glb bytes');
    });
    fetchEarly('https://museum.example/scenes/a/scan.glb');
    await expect((await fetchWithEarly('https://museum.example/scenes/a/scan.glb')).text()).resolves.toBe('glb bytes');
    expect(calls).toEqual(['https://museum.example/scenes/a/scan.glb']);
  });

  it('asks for nothing when the address names no valid venue id', () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    expect(fetchSceneEarly('?venue=../secret', 'https://museum.example/')).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
