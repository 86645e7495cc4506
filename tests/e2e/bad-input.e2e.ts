import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, listenForVenueReady, waitForVenueReady } from './support/browser.ts';
import { pixelStats } from './support/pixels.ts';
import { editedTinyGallery, serveVenue, tinyGalleryScene } from './support/venue-routes.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openBroken(sceneJson: string): Promise<{ page: Page; text: string }> {
  const page = await browser.newPage({ locale: 'en-GB' });
  await serveVenue(page, 'tiny-gallery', { 'scene.json': { body: sceneJson, contentType: 'application/json' } });
  await page.goto(`${inject('baseUrl')}?venue=tiny-gallery`);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 30_000 });
  return { page, text: (await alert.textContent()) ?? '' };
}

describe('a broken venue file shows what is wrong, not a blank canvas', () => {
  it.each([
    ['invalid JSON', '{ "asset": { "type": "museum-venue", "version": 1 }, ', 'not valid JSON'],
    ['a dangling room id', editedTinyGallery({ 'hotspots[0].room': 'r-x' }), 'hotspots[0].room: unknown room "r-x"'],
    ['a duplicate id', editedTinyGallery({ 'rooms[1].id': 'r-hall' }), 'rooms[1].id: duplicate id "r-hall" (first used by rooms[0])'],
    ['a hotspot outside its room', editedTinyGallery({ 'hotspots[0].position': [5, 5.6, -3] }), 'hotspots[0].position: hotspot lies 3.00 m outside its room "r-gallery"'],
    ['a javascript: URI', editedTinyGallery({ 'hotspots[0].media[0].uri': 'javascript:alert(1)' }), 'hotspots[0].media[0].uri: "javascript:alert(1)" javascript: URIs are not allowed'],
    ['"version": 99', editedTinyGallery({ 'asset.version': 99 }), 'asset.version: this venue uses format version 99, but this app reads versions up to 1'],
    ['a 50 MB string field', editedTinyGallery({ 'hotspots[0].body.de': 'x'.repeat(50 * 1024 * 1024) }), 'hotspots[0].body.de: text is too long (52428800 characters; at most 200000)'],
  ])('%s', async (_name, body, expected) => {
    const { page, text } = await openBroken(body);
    expect(text).toContain(expected);
    expect(text).toContain('This museum cannot be opened: tiny-gallery');
    expect(await page.locator('canvas').count()).toBe(0);
    await page.close();
  });

  it('names a venue that does not exist', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    await page.goto(`${inject('baseUrl')}?venue=no-such-museum`);
    const text = await page.getByRole('alert').textContent();
    expect(text).toContain('No museum with this id: no-such-museum');
    expect(text).toMatch(/HTTP 404|was not found/);
    await page.close();
  });

  it('refuses a hostile venue id in the address without running it', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${inject('baseUrl')}?venue=${encodeURIComponent('../<img src=x onerror=alert(1)>')}`);
    const text = await page.getByRole('alert').textContent();
    expect(text).toContain('is not a venue id');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(dialogs).toEqual([]);
    expect(requests.some((u) => u.includes('scene.json'))).toBe(false);
    await page.close();
  });
});

describe('a large venue file', () => {
  it('is validated off the main thread and opens', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    // 3 MB of indentation: above the size at which validation moves to a worker.
    const padded = JSON.stringify(tinyGalleryScene(), null, 1).replace(/\n/g, `\n${' '.repeat(8000)}`);
    expect(padded.length).toBeGreaterThan(2_000_000);
    await serveVenue(page, 'tiny-gallery', {
      'scene.json': { body: padded, contentType: 'application/json' },
      'scan.glb': { status: 404, body: 'not found' },
    });
    await listenForVenueReady(page);
    await page.goto(`${inject('baseUrl')}?venue=tiny-gallery`);
    expect(await waitForVenueReady(page)).toBe('tiny-gallery');
    expect(requests.some((u) => /venue\.worker-.*\.js$/.test(u))).toBe(true);
    await page.close();
  });
});

describe('a scan that cannot be loaded leaves the venue usable', () => {
  it.each([
    ['missing (404)', { status: 404, body: 'not found' }, 'scan.glb: the file was not found on the server (HTTP 404)'],
    ['corrupt', { body: Buffer.from('this is not a glTF binary at all') }, 'scan.glb: not a readable glTF scan'],
  ])('%s: a message, the plan drawn instead, the exhibits listed', async (_name, scan, expected) => {
    const page = await browser.newPage({ locale: 'en-GB' });
    await serveVenue(page, 'tiny-gallery', {
      'scene.json': { body: JSON.stringify(tinyGalleryScene()), contentType: 'application/json' },
      'scan.glb': scan,
    });
    await listenForVenueReady(page);
    await page.goto(`${inject('baseUrl')}?venue=tiny-gallery`);
    expect(await waitForVenueReady(page)).toBe('tiny-gallery');
    const text = await page.getByRole('alert').textContent();
    expect(text).toContain('The 3D model of the building could not be loaded');
    expect(text).toContain(expected);
    await expect.poll(() => page.locator('.exhibit-list li').count()).toBe(2);
    const stats = pixelStats(await page.locator('canvas').screenshot());
    expect(stats.luminanceVariance).toBeGreaterThan(20);
    await page.close();
  });
});
