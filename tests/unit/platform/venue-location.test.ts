import { describe, expect, it } from 'vitest';
import { DEFAULT_VENUE_ID, venueBaseUrl, venueRequestFrom } from '../../../src/platform/venue-location.ts';
import { sceneFileFor } from '../../../tools/vite/scenes-plugin.ts';

describe('which venue the address asks for', () => {
  it('opens the demo museum by default and ?venue=<id> otherwise', () => {
    expect(venueRequestFrom('')).toEqual({ ok: true, id: DEFAULT_VENUE_ID });
    expect(venueRequestFrom('?venue=uji-library&x=1')).toEqual({ ok: true, id: 'uji-library' });
  });

  it.each(['../secret', 'a/b', '<script>', 'Demo', '', 'x'.repeat(65), '%2e%2e'])('refuses %j before it becomes a path', (id) => {
    const request = venueRequestFrom(`?venue=${encodeURIComponent(id)}`);
    expect(request.ok).toBe(false);
  });

  it('finds a bundle beside the app, under any base path', () => {
    expect(venueBaseUrl('demo-museum', 'https://museum.example/visit/index.html')).toBe('https://museum.example/visit/scenes/demo-museum/');
  });
});

describe('the dev server’s scenes folder', () => {
  it('serves files inside scenes/ and nothing outside it', () => {
    expect(sceneFileFor('/repo/scenes', '/demo-museum/scene.json')).toBe('/repo/scenes/demo-museum/scene.json');
    expect(sceneFileFor('/repo/scenes', '/../package.json')).toBeNull();
    expect(sceneFileFor('/repo/scenes', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(sceneFileFor('/repo/scenes', '/demo-museum/%00.json')).toBeNull();
    expect(sceneFileFor('/repo/scenes', '/%zz')).toBeNull();
  });
});
