import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, requestsLeavingLocalhost, visitorOpens, waitForVenueReady } from './support/browser.ts';
import { ROOT } from '../helpers/fixtures.ts';

/**
 * A visitor saves the demo museum for offline use, then opens it with the network
 * off. The second half needs the app's service worker (src/sw/), which answers
 * the app's pages from its precache and the venue's files from the saved copy.
 */

const DEMO_DIR = join(ROOT, 'scenes', 'demo-museum');
/** The saved list names a museum in its default language (German, for the demo), whatever the page's language. */
const SAVED_TITLE = 'Demo-Museum (generiertes Gebäude)';

/** Every file the demo's scene.json names (under "uri", "captions", "audio"), found by walking the raw JSON. */
function namedFiles(doc: unknown, key = ''): string[] {
  const fileKeys = ['uri', 'captions', 'audio'];
  if (typeof doc === 'string') return fileKeys.includes(key) && !/^(https|data):/i.test(doc) ? [doc] : [];
  if (Array.isArray(doc)) return doc.flatMap((item) => namedFiles(item, key));
  if (doc === null || typeof doc !== 'object') return [];
  return Object.entries(doc).flatMap(([k, v]) => namedFiles(v, fileKeys.includes(key) ? key : k));
}

/** The bytes a complete saved copy of the demo holds: scene.json, the demo walk and every named file. */
function demoBundleBytes(): { bytes: number; files: number } {
  const files = new Set(['scene.json', 'traces/demo-walk.jsonl', ...namedFiles(JSON.parse(readFileSync(join(DEMO_DIR, 'scene.json'), 'utf8')))]);
  return { bytes: [...files].reduce((sum, uri) => sum + statSync(join(DEMO_DIR, uri)).size, 0), files: files.size };
}

/** "3.3 MB", as the app writes sizes (decimal units, one decimal). */
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the service worker controls the page; fails saying so when there is none. */
async function serviceWorkerInCharge(page: Page): Promise<void> {
  const controlled = await page
    .waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  expect(controlled, 'no service worker controls the page: offline reload cannot work without src/sw').toBe(true);
}

describe('saving a museum for offline use', () => {
  it('shows the size, saves with progress to 100 %, lists the museum, and opens it again offline with an exhibit’s image', async () => {
    const expected = demoBundleBytes();
    const { page, recorder } = await visitorOpens(browser, `${inject('baseUrl')}?venue=demo-museum`, { reducedMotion: true });
    // The worker first, as on any visit after the first: then only Save can have put the
    // exhibits' images in a cache (the worker keeps only what the page has loaded).
    await serviceWorkerInCharge(page);

    await page.getByRole('button', { name: 'Save offline' }).click();
    const size = page.locator('.offline-size[data-state="ready"]');
    await size.waitFor({ timeout: 15_000 });
    expect(await size.textContent()).toBe(`About ${megabytes(expected.bytes)} (${expected.files} files)`);

    await page.getByRole('button', { name: 'Save this museum' }).click();
    await page.locator('.offline-result[data-outcome="saved"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('.offline-progress progress').evaluate((p) => (p as HTMLProgressElement).value)).toBe(100);
    expect(await page.locator('.offline-progress__text').textContent()).toMatch(/\(100 %\)$/);
    expect(await page.locator('.offline-result').textContent()).toContain(`Saved for offline use (${megabytes(expected.bytes)}).`);

    const listed = page.locator('.offline-saved li[data-venue="demo-museum"]');
    await listed.waitFor({ timeout: 5000 });
    await expect(listed.locator('a').textContent()).resolves.toBe(SAVED_TITLE);
    expect(await listed.locator('.offline-saved__size').textContent()).toContain(megabytes(expected.bytes));
    await page.locator('.offline-toggle', { hasText: /^Saved offline$/ }).waitFor({ timeout: 5000 });
    await page.locator('.offline-toggle').click(); // closes the panel

    // The network goes away; the page reloads from the service worker and the saved copy.
    await page.context().setOffline(true);
    await page.reload();
    await expect(waitForVenueReady(page)).resolves.toBe('demo-museum');
    const exhibit = page.locator('.exhibit-list button').first();
    await exhibit.waitFor({ timeout: 15_000 });
    const title = (await exhibit.locator('.exhibit-title').textContent()) ?? '';
    await exhibit.click();
    await expect(page.locator('#exhibit-title').textContent()).resolves.toBe(title);
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.side-panel img')].some((img) => img.complete && img.naturalWidth > 0), undefined, { timeout: 10_000 });

    // Offline, the panel says saving needs the network, and still lists the saved museum.
    await page.getByRole('button', { name: 'Saved offline' }).click();
    await page.locator('.offline-notice', { hasText: /^You are offline: saving needs the network\.$/ }).waitFor({ timeout: 5000 });
    await page.locator('.offline-saved li[data-venue="demo-museum"]').waitFor();

    expect(requestsLeavingLocalhost(recorder.requests)).toEqual([]);
    await page.close();
  });

  it('deletes a saved museum after asking, and frees its space', async () => {
    const { page } = await visitorOpens(browser, `${inject('baseUrl')}?venue=demo-museum`, { reducedMotion: true });
    await page.getByRole('button', { name: 'Save offline' }).click();
    await page.locator('.offline-size[data-state="ready"]').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Save this museum' }).click();
    await page.locator('.offline-result[data-outcome="saved"]').waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: `Delete: ${SAVED_TITLE}` }).click();
    await expect(page.locator('.offline-saved__confirm span').textContent()).resolves.toBe(`Delete “${SAVED_TITLE}” from this device?`);
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.locator('.offline-saved__message', { hasText: `“${SAVED_TITLE}” was deleted.` }).waitFor({ timeout: 5000 });
    await page.locator('.offline-saved__none').waitFor();
    const left = await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('museum-visit:venue:demo-museum:')));
    expect(left).toEqual([]);
    // Saving is offered again.
    await page.getByRole('button', { name: 'Save this museum' }).waitFor();
    await page.close();
  });
});
