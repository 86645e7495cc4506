import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { bundleOutcome, curatorOpensEditor, opensTab, placesExhibitByClickingTheScan } from './support/curator.ts';
import { ROOT } from '../helpers/fixtures.ts';

/**
 * "Save to scenes/<id>" while developing (`npm start`): the editor writes scene.json
 * into the venue's folder through the dev server. The dev server here serves a copy
 * of scenes/ in a temporary folder, so the test never edits the demo museum itself.
 */

let browser: Browser;
let server: ViteDevServer;
let scenes: string;
let baseUrl: string;

beforeAll(async () => {
  scenes = mkdtempSync(join(tmpdir(), 'museum-visit-scenes-'));
  cpSync(join(ROOT, 'scenes', 'demo-museum'), join(scenes, 'demo-museum'), { recursive: true });
  process.env.MUSEUM_VISIT_SCENES_DIR = scenes;
  server = await createServer({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', server: { port: 0, host: '127.0.0.1', open: false } });
  await server.listen();
  baseUrl = server.resolvedUrls!.local[0]!;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  delete process.env.MUSEUM_VISIT_SCENES_DIR;
  rmSync(scenes, { recursive: true, force: true });
});

describe('saving to the repository under the dev server', () => {
  it('writes the edited scene.json into scenes/<id>', async () => {
    const { page } = await curatorOpensEditor(browser, `${baseUrl}?venue=demo-museum&edit`);
    const title = await placesExhibitByClickingTheScan(page);
    await opensTab(page, 'File');
    await page.getByRole('button', { name: 'Save to scenes/demo-museum' }).click();
    await bundleOutcome(page, /Saved to scenes\/demo-museum: .*scene\.json/);
    const saved = JSON.parse(readFileSync(join(scenes, 'demo-museum', 'scene.json'), 'utf8')) as { hotspots: { title: Record<string, string> }[] };
    expect(saved.hotspots.map((h) => h.title.de)).toContain(title);
    await page.close();
  }, 180_000);

  it('refuses a venue id or a file path that leaves the venue’s folder', async () => {
    const { page } = await curatorOpensEditor(browser, `${baseUrl}?venue=demo-museum&edit`);
    const answers = await page.evaluate(async () => {
      const sceneText = await (await fetch('/scenes/demo-museum/scene.json')).text();
      const post = async (id: string, files: Record<string, string>) => {
        const response = await fetch(`/__museum-visit/save/${id}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sceneText, files }) });
        return { status: response.status, body: await response.text() };
      };
      return [await post('..%2F..%2Fetc', {}), await post('demo-museum', { '../escaped.txt': btoa('x') }), await post('demo-museum', { 'media/../../escaped.txt': btoa('x') })];
    });
    for (const answer of answers) {
      expect(answer.status, answer.body).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }
    expect(existsSync(join(scenes, 'escaped.txt'))).toBe(false);
    expect(existsSync(join(scenes, 'demo-museum', '..', '..', 'escaped.txt'))).toBe(false);
    await page.close();
  }, 120_000);
});
