import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, visitorOpens } from './support/browser.ts';
import { focused, tabTo } from './support/keyboard.ts';

/**
 * The on-site visitor: "you are here" from a scanned QR code, a simulated walk,
 * a browser that cannot scan for beacons, and "I am in…". Ids are the demo
 * museum's (scenes/demo-museum/scene.json).
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The dot on the mini-map, once it is there. */
const miniDot = (page: Page) => page.locator('.mini-map .plan-visitor');

/** Where the mini-map's dot is, in plan metres. */
async function dotAt(page: Page): Promise<[number, number]> {
  const dot = miniDot(page);
  return [Number(await dot.getAttribute('data-x')), Number(await dot.getAttribute('data-z'))];
}

/** Opens the positioning panel with its button, as a visitor would. */
async function openPanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Where am I?' }).click();
  await page.locator('section.positioning-panel').waitFor();
}

const status = (page: Page) => page.locator('.positioning-status');

describe('an on-site visitor sees where they are', () => {
  it('scans the QR code at an exhibit: the dot is in its room, the exhibit opens, and the address forgets the position', async () => {
    const { page, recorder } = await visitorOpens(browser, `${inject('baseUrl')}?venue=demo-museum&at=h-olive-orchard`, { reducedMotion: true });
    await miniDot(page).waitFor({ timeout: 10_000 });
    expect(await miniDot(page).getAttribute('data-room')).toBe('r-gallery-2');
    expect(await miniDot(page).getAttribute('aria-label')).toMatch(/^You are here, in Van Gogh: Fields, Groves, Farms, about 2 m$/);
    await expect(page.locator('#exhibit-title').textContent()).resolves.toBe('Vincent van Gogh: The Olive Orchard');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('at'), undefined, { timeout: 5000 });
    expect(new URL(page.url()).searchParams.get('exhibit')).toBe('h-olive-orchard');
    expect(await page.locator('.link-notice').count()).toBe(0);
    // The header button shows that a position is known.
    expect(await page.getByRole('button', { name: 'Where am I?' }).getAttribute('data-located')).toBe('true');

    // Reloading the address (what a shared link would carry) puts nobody anywhere.
    await page.reload();
    await page.locator('.mini-map').waitFor({ timeout: 15_000 });
    await expect(page.locator('#exhibit-title').textContent()).resolves.toBe('Vincent van Gogh: The Olive Orchard');
    expect(await miniDot(page).count()).toBe(0);
    // Nothing about the position went anywhere but this machine.
    expect(recorder.requests.filter((u) => !u.startsWith(inject('baseUrl')) && !/^(blob|data):/.test(u))).toEqual([]);
    await page.close();
  });

  it('says which part of a QR link it could not use', async () => {
    const { page } = await visitorOpens(browser, `${inject('baseUrl')}?venue=demo-museum&at=h-nowhere`, { reducedMotion: true });
    await page.locator('.link-notice', { hasText: 'at "h-nowhere"' }).waitFor({ timeout: 5000 });
    expect(await miniDot(page).count()).toBe(0);
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('at'), undefined, { timeout: 5000 });
    await page.close();
  });

  it('follows a simulated walk: the dot appears and moves, and Stop takes it away', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'));
    await openPanel(page);
    await page.click('[data-source="simulation"]');
    await miniDot(page).waitFor({ timeout: 10_000 });
    const start = await dotAt(page);
    expect(start.every(Number.isFinite)).toBe(true);
    await page.waitForFunction(
      ([x, z]) => {
        const dot = document.querySelector('.mini-map .plan-visitor');
        return dot !== null && Math.hypot(Number(dot.getAttribute('data-x')) - x, Number(dot.getAttribute('data-z')) - z) > 1;
      },
      start,
      { timeout: 15_000 },
    );
    await status(page).filter({ hasText: /^Simulated walk: Following \d+ beacons?$/ }).waitFor({ timeout: 5000 });
    expect(await page.locator('[data-source="simulation"]').getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Stop' }).click();
    await miniDot(page).waitFor({ state: 'detached', timeout: 5000 });
    await status(page).filter({ hasText: 'Choose how to find your position.' }).waitFor({ timeout: 5000 });
    await page.waitForTimeout(600);
    expect(await miniDot(page).count()).toBe(0);
    await page.close();
  });

  it('chooses Bluetooth in a browser that cannot scan: it says so and points to the fallbacks; all by keyboard', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'));
    await tabTo(page, /Where am I\?/);
    await page.keyboard.press('Enter');
    await page.locator('section.positioning-panel').waitFor();
    await tabTo(page, /Bluetooth beacons/, 10);
    await page.keyboard.press('Enter');
    await status(page).filter({ hasText: /cannot scan for beacons/ }).waitFor({ timeout: 5000 });
    expect(await status(page).textContent()).toMatch(/QR code at an exhibit, or pick the room you are in/);
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    expect(await miniDot(page).count()).toBe(0);

    // Escape closes the panel and gives focus back to its button.
    await page.keyboard.press('Escape');
    await page.locator('section.positioning-panel').waitFor({ state: 'detached' });
    expect(await focused(page)).toMatch(/^button: .*Where am I\?/);
    await page.close();
  });

  it('says "I am in" the café: the dot names that room, on the mini-map and the full plan, in German too', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'), { reducedMotion: true });
    await openPanel(page);
    await page.getByLabel('I am in …').selectOption('r-cafe');
    await page.getByRole('button', { name: 'Show me there' }).click();
    await miniDot(page).waitFor({ timeout: 5000 });
    expect(await miniDot(page).getAttribute('aria-label')).toMatch(/^You are here, in Café, about \d+ m$/);
    await status(page).filter({ hasText: 'You said you are in Café.' }).waitFor({ timeout: 5000 });

    const violations = (await new AxeBuilder({ page }).include('.positioning').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(violations.map((v) => v.id)).toEqual([]);

    await page.keyboard.press('Escape');
    await page.click('[data-view="plan"]');
    await page.getByRole('img', { name: /^You are here, in Café, about \d+ m$/ }).waitFor({ timeout: 5000 });

    await page.locator('.language-switch select').selectOption('de');
    await page.getByRole('img', { name: /^Sie sind hier, in: Café, auf etwa \d+ m genau$/ }).waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: 'Wo bin ich?' }).waitFor();
    await page.close();
  });

  it('replays the demo walk recorded for the museum, and says so plainly where a museum has none', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'));
    await openPanel(page);
    // Venue files are addressed with their venue's version (`?v=`).
    const walk = page.waitForResponse((r) => /\/scenes\/demo-museum\/traces\/demo-walk\.jsonl\?v=[0-9a-f]+$/.test(r.url()));
    await page.click('[data-source="replay"]');
    expect((await walk).status()).toBe(200);
    await miniDot(page).waitFor({ timeout: 10_000 });
    await status(page).filter({ hasText: /^Demo walk: Following \d+ beacons?$/ }).waitFor({ timeout: 5000 });
    await page.close();

    const { page: bare } = await visitorOpens(browser, inject('baseUrl'), {
      // On the context, so it also answers the service worker's request once the worker is in charge of the page.
      prepare: (p) => p.context().route(/\/traces\/demo-walk\.jsonl(\?|$)/, (route) => route.fulfill({ status: 404, body: 'not found' })),
    });
    await openPanel(bare);
    await bare.click('[data-source="replay"]');
    await status(bare).filter({ hasText: 'This museum has no recorded demo walk' }).waitFor({ timeout: 5000 });
    expect(await miniDot(bare).count()).toBe(0);
    await bare.close();
  });
});
