import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchSceneEarly, fetchWithEarly } from '../../../src/platform/early-fetch.ts';

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

  it('asks for nothing when the address names no valid venue id', () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    fetchSceneEarly('?venue=../secret', 'https://museum.example/');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
