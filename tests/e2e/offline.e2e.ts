import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, launchBrowser, listenForVenueReady, recordPage, requestsLeavingLocalhost, sidePanelShown, waitForVenueReady } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { pixelStats } from './support/pixels.ts';
import { ROOT } from '../helpers/fixtures.ts';

/**
 * The installable, offline-first app: after one visit the museum opens with the
 * network off, and a new deployment is offered with "New version available —
 * Reload" instead of being swapped in under a running page.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A visitor's own browser profile (service workers and caches are per context). */
async function newVisitor(locale = 'en-GB'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await listenForVenueReady(page);
  return { context, page };
}

/**
 * A visitor's browser with a profile on disk rather than an incognito context:
 * Chromium only considers installing an app outside incognito. The same switches
 * as launchBrowser (software WebGL, no calls home).
 */
async function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-GB',
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run'],
  });
}

/** Waits until the service worker is in charge of the page (it claims it on its first installation). */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Opens the exhibit `title` from the list and waits for its picture to have loaded. */
async function openExhibitWithPicture(page: Page, title: string): Promise<void> {
  await page.locator('.exhibit-list button', { hasText: title }).click();
  await expect(page.locator('#exhibit-title').textContent()).resolves.toBe(title);
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.exhibit-panel .exhibit-figure img');
    return img !== null && img.complete && img.naturalWidth > 0;
  });
}

const EXHIBIT = 'Vincent van Gogh: The Olive Orchard';

describe('after one visit the museum works offline', () => {
  it('is installable, and reloads with the network off: the building, an exhibit and its picture are there', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'museum-visit-profile-'));
    const context = await launchProfile(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await listenForVenueReady(page);
    const recorder = recordPage(page);
    // With a query, as shared links have: offline, the precached page must answer it too.
    await page.goto(`${inject('baseUrl')}?venue=demo-museum`);
    expect(await waitForVenueReady(page)).toBe('demo-museum');
    await sidePanelShown(page);

    // The first visit installs the service worker after the first frame; it takes charge
    // of the page and stores what the page loaded before it existed.
    await controlledByServiceWorker(page);
    await page.waitForFunction(
      async () => {
        const scan = performance.getEntriesByType('resource').find((e) => /\/scan\.glb\?v=[0-9a-f]{16}$/.test(e.name));
        const scene = new URL('scenes/demo-museum/scene.json', document.baseURI).href;
        return scan !== undefined && (await caches.match(scan.name)) !== undefined && (await caches.match(scene)) !== undefined;
      },
      undefined,
      { polling: 250, timeout: 30_000 },
    );
    // No "new version" banner on the first installation.
    expect(await page.getByText('New version available').count()).toBe(0);
    await openExhibitWithPicture(page, EXHIBIT);

    // Chromium finds nothing missing for installation (manifest, icons, service worker).
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);

    await context.setOffline(true);
    // Really offline, for the page and for its service worker: a file no cache holds cannot be had.
    const uncached = await page.evaluate(() => fetch(`scenes/demo-museum/scene.json?probe=${Date.now()}`).then((r) => `HTTP ${r.status}`, () => 'failed'));
    expect(uncached).toBe('failed');

    await page.reload();
    expect(await waitForVenueReady(page)).toBe('demo-museum');
    await sidePanelShown(page);
    expect(await page.locator('.scan-error').count()).toBe(0);
    expect(pixelStats(await page.locator('canvas').screenshot()).luminanceVariance).toBeGreaterThan(60);
    await openExhibitWithPicture(page, EXHIBIT);
    expect(await page.locator('.problem-screen').count()).toBe(0);

    expect(requestsLeavingLocalhost(recorder.requests)).toEqual([]);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });
});

describe('a new deployment is offered, not forced', () => {
  let server: StaticServer;
  let buildB: string;
  const BUILD_B = 'update-test-b';

  beforeAll(async () => {
    // Build B: the same app with another build id, which changes its scripts and so its service worker's precache list.
    buildB = mkdtempSync(join(tmpdir(), 'museum-visit-build-b-'));
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', buildB, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, VITE_APP_BUILD: BUILD_B },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    server = await startStaticServer(join(ROOT, 'dist'));
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    if (buildB) rmSync(buildB, { recursive: true, force: true });
  });

  it('shows "New version available" and runs the new build only after "Reload"', async () => {
    const { context, page } = await newVisitor();
    await page.goto(server.url);
    await waitForVenueReady(page);
    await controlledByServiceWorker(page);
    const buildA = await page.evaluate(() => document.documentElement.dataset.appBuild);
    expect(buildA).toBeTruthy();
    expect(buildA).not.toBe(BUILD_B);
    expect(await page.getByText('New version available').count()).toBe(0);

    // The museum deploys build B at the same address; the open page checks for an update.
    server.setRoot(buildB);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    const banner = page.getByRole('status').filter({ hasText: 'New version available' });
    await banner.waitFor({ timeout: 30_000 });
    // Until the visitor chooses, the page goes on running the build it started with.
    expect(await page.evaluate(() => document.documentElement.dataset.appBuild)).toBe(buildA);

    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), banner.getByRole('button', { name: 'Reload' }).click()]);
    await page.waitForFunction((b) => document.documentElement.dataset.appBuild === b, BUILD_B, { timeout: 30_000 });
    expect(await waitForVenueReady(page)).toBe('demo-museum');
    expect(await page.getByText('New version available').count()).toBe(0);
    await context.close();
  });
});
