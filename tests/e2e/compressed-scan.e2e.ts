import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, requestsLeavingLocalhost, visitorOpens } from './support/browser.ts';
import { pixelStats } from './support/pixels.ts';
import { compressedDemoScan } from '../helpers/compressed-scan.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('compressed scans load with decoders the app serves itself', () => {
  it.each(['draco', 'meshopt'] as const)('%s', async (kind) => {
    const glb = await compressedDemoScan(kind);
    const json = JSON.parse(glb.toString('utf8', 20, 20 + glb.readUInt32LE(12))) as { extensionsUsed?: string[] };
    expect(json.extensionsUsed).toContain(kind === 'draco' ? 'KHR_draco_mesh_compression' : 'EXT_meshopt_compression');
    const { page, recorder } = await visitorOpens(browser, inject('baseUrl'), {
      // The scan's URL carries the venue's version (`scan.glb?v=…`).
      prepare: (p) => p.route(/\/scenes\/demo-museum\/scan\.glb(\?|$)/, (route) => route.fulfill({ body: glb, contentType: 'model/gltf-binary' })),
    });
    expect(await page.locator('.scan-error').count()).toBe(0);
    if (kind === 'draco') expect(recorder.requests.some((u) => /draco_decoder.*\.wasm$/.test(u))).toBe(true);
    expect(requestsLeavingLocalhost(recorder.requests)).toEqual([]);
    expect(pixelStats(await page.locator('canvas').screenshot()).luminanceVariance).toBeGreaterThan(60);
    expect(recorder.consoleErrors).toEqual([]);
    await page.close();
  });
});
