import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, visitorOpens } from './support/browser.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import { pixelStats } from './support/pixels.ts';
import { ROOT, SHARED_DATA } from '../helpers/fixtures.ts';
import { runImport, writeScanFixtures } from '../helpers/scan-fixtures.ts';

/**
 * Scans imported with `scan:import` open in the app and are drawn: a textured GLB,
 * an OBJ, a PLY point cloud, a PLY Gaussian splat, a mesh cut into 3D Tiles, and
 * the real models of ../shared/data/models. Each venue is served beside the built
 * app by a plain static server, as a museum would host it.
 */

let browser: Browser;
let server: StaticServer;
let site: string;
const imported: { id: string; format: string }[] = [];

const MODELS = join(SHARED_DATA, 'models');
const hasModels = existsSync(MODELS);

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'museum-visit-scans-'));
  cpSync(join(ROOT, 'dist'), site, { recursive: true });
  const fixtures = await writeScanFixtures(join(site, '..', `${site.split('/').pop()}-fixtures`));
  const inputs: [string, string, ...string[]][] = [
    ['scan-glb', fixtures.glb],
    ['scan-obj', fixtures.obj],
    ['scan-points', fixtures.points],
    ['scan-splat', fixtures.splat],
    ['scan-tiles', fixtures.glb, '--tile-above', '0.01'],
  ];
  if (hasModels) {
    for (const hall of ['T_root', 'T_pannels', 'T_nopannels', 'T_small']) inputs.push([`real-${hall.toLowerCase().replace('_', '-')}`, join(MODELS, 'openvgal-gallery-halls', `${hall}.glb`)]);
    inputs.push(['real-gothic-bed', join(MODELS, 'polyhaven-gothic-bed', 'GothicBed_01_1k.glb')]);
  } else {
    console.warn(`../shared/data/models is missing (${MODELS}): the real-model venues are not imported`);
  }
  mkdirSync(join(site, 'scenes'), { recursive: true });
  for (const [id, input, ...flags] of inputs) {
    const { code, report, stderr } = await runImport(input, join(site, 'scenes', id), ...flags);
    if (code !== 0) throw new Error(`scan:import ${input} failed: ${stderr}`);
    imported.push({ id, format: report!.format });
  }
  server = await startStaticServer(site);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of [site, `${site}-fixtures`]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('imported scans in the app', () => {
  it('imports each kind of scan into its format', () => {
    expect(Object.fromEntries(imported.map((v) => [v.id, v.format]))).toMatchObject({
      'scan-glb': 'gltf',
      'scan-obj': 'gltf',
      'scan-points': 'points',
      'scan-splat': 'splat',
      'scan-tiles': '3dtiles',
    });
  });

  it('draws every imported scan (not the plan fallback) without errors', async () => {
    const failures: string[] = [];
    for (const { id, format } of imported) {
      const { page, recorder } = await visitorOpens(browser, server.url, { query: `?venue=${id}`, viewport: { width: 1000, height: 700 } });
      // Tiles and splats keep arriving after the first frame.
      await page.waitForTimeout(format === '3dtiles' || format === 'splat' ? 2500 : 500);
      const shown = await page.evaluate(() => document.documentElement.dataset.venueScan);
      const error = await page.locator('.scan-error').count();
      const stats = pixelStats(await page.locator('.stage canvas').screenshot());
      if (shown !== 'scan' || error > 0) failures.push(`${id} (${format}): the scan was not drawn (${shown}; ${await page.locator('.scan-error').allInnerTexts()})`);
      else if (stats.luminanceVariance < 20 || stats.distinctColours < 12) failures.push(`${id} (${format}): the 3D view looks blank (${JSON.stringify(stats)})`);
      const errors = recorder.consoleErrors.filter((e) => !/favicon/.test(e));
      if (errors.length > 0) failures.push(`${id} (${format}): console errors: ${errors.join(' | ')}`);
      await page.close();
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
