import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, requestsLeavingLocalhost, visitorOpens } from './support/browser.ts';
import { pixelStats } from './support/pixels.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a visitor opens the app', () => {
  it('shows the demo museum in 3D, with its exhibits, and nothing leaves this machine', async () => {
    const { page, recorder, venue } = await visitorOpens(browser, inject('baseUrl'), { viewport: { width: 1280, height: 800 } });
    expect(venue).toBe('demo-museum');

    const canvas = page.locator('canvas');
    const shot = await canvas.screenshot({ path: 'test-results/demo-venue.png' });
    const stats = pixelStats(shot);
    expect(stats.width).toBeGreaterThan(400);
    // A blank or single-colour canvas has a variance near 0 and a handful of colours.
    expect(stats.luminanceVariance).toBeGreaterThan(60);
    expect(stats.distinctColours).toBeGreaterThan(40);

    await expect(page.locator('h1').textContent()).resolves.toContain('Demo Museum');
    expect(await page.locator('.exhibit-list li').count()).toBeGreaterThanOrEqual(12);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).resolves.toContain("default-src 'self'");

    expect(requestsLeavingLocalhost(recorder.requests)).toEqual([]);
    expect(recorder.consoleErrors).toEqual([]);
    await page.close();
  });

  it('opens an exhibit from the list and switches to German', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'));

    const first = page.locator('.exhibit-list button').first();
    const title = (await first.locator('.exhibit-title').textContent()) ?? '';
    await first.click();
    await expect(page.locator('#exhibit-title').textContent()).resolves.toBe(title);

    await page.selectOption('.language-switch select', 'de');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(page.locator('h1').textContent()).resolves.toContain('Demo-Museum');
    await page.close();
  });

  it('takes the language from the browser', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'), { locale: 'de-AT' });
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await page.close();
  });
});
