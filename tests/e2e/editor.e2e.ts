import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { launchBrowser, visitorOpens } from './support/browser.ts';
import { bundleOutcome, curatorOpensEditor, draftIsSaved, exportsBundle, importsBundle, noticeSays, opensTab, placesExhibitByClickingTheScan } from './support/curator.ts';

/**
 * A curator edits the demo museum in the browser: places an exhibit by clicking
 * the scan, undoes and redoes, comes back to the draft after a reload, exports the
 * bundle and imports it again, and is refused a broken bundle without losing work.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const EDIT_URL = () => `${inject('baseUrl')}?venue=demo-museum&edit`;

describe('the curator editor', () => {
  it('places an exhibit by clicking the scan, undoes and redoes it, and offers the draft back after a reload', async () => {
    const { page, recorder } = await curatorOpensEditor(browser, EDIT_URL());
    const title = await placesExhibitByClickingTheScan(page);
    expect(title).toMatch(/^Neues Exponat \d+$/);
    await draftIsSaved(page);
    const undo = page.getByRole('button', { name: 'Undo' });
    const redo = page.getByRole('button', { name: 'Redo' });
    expect(await undo.isEnabled()).toBe(true);

    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => (document.querySelector('button[title^="Undo"]') as HTMLButtonElement).disabled);
    expect(await redo.isEnabled()).toBe(true);
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() => !(document.querySelector('button[title^="Undo"]') as HTMLButtonElement).disabled);
    await draftIsSaved(page);

    await page.reload();
    await page.getByRole('alertdialog', { name: 'Continue your edits?' }).waitFor();
    await page.getByRole('button', { name: 'Restore my edits' }).click();
    await noticeSays(page, /Your edits were restored/);
    await opensTab(page, 'Problems');
    expect(await page.locator('.problems-summary').innerText()).toMatch(/No problems/);
    expect(recorder.consoleErrors).toEqual([]);
    await page.close();
  });

  it('exports the bundle, imports the same zip again, and exports identical bytes', async () => {
    const { page } = await curatorOpensEditor(browser, EDIT_URL());
    await placesExhibitByClickingTheScan(page);
    const first = await exportsBundle(page);
    expect(first.name).toBe('demo-museum.zip');
    await bundleOutcome(page, /Exported demo-museum\.zip: \d+ files/);
    const entries = unzipSync(new Uint8Array(first.bytes));
    const scene = JSON.parse(new TextDecoder().decode(entries['scene.json']!)) as { hotspots: { title: Record<string, string> }[]; scan: { uri: string } };
    expect(scene.hotspots.some((h) => /^Neues Exponat/.test(h.title.de ?? ''))).toBe(true);
    expect(Object.keys(entries)).toContain(scene.scan.uri);

    await importsBundle(page, 'demo-museum.zip', first.bytes);
    await bundleOutcome(page, /Imported demo-museum\.zip/);
    const second = await exportsBundle(page);
    expect(Buffer.compare(second.bytes, first.bytes)).toBe(0);
    await page.close();
  });

  it('refuses broken bundles with reasons and keeps the edits and the draft', async () => {
    const { page, recorder } = await curatorOpensEditor(browser, EDIT_URL());
    await placesExhibitByClickingTheScan(page);
    await draftIsSaved(page);
    const draftBefore = await page.getByTestId('draft-status').innerText();

    await importsBundle(page, 'not-a-zip.zip', strToU8('this is a text file, not a zip'));
    expect(await bundleOutcome(page, /was not imported; your edits are unchanged/)).toMatch(/zip/i);

    const traversal = zipSync({ 'scene.json': strToU8('{}'), '../outside.txt': strToU8('escape') });
    await importsBundle(page, 'traversal.zip', traversal);
    expect(await bundleOutcome(page, /traversal\.zip was not imported/)).toMatch(/outside\.txt/);

    const otherVenue = zipSync({ 'scene.json': strToU8(JSON.stringify({ asset: { type: 'museum-venue', version: 1 }, id: 'other-museum' })) });
    await importsBundle(page, 'other.zip', otherVenue);
    await bundleOutcome(page, /other\.zip was not imported/);

    // Nothing changed: the placed exhibit is still undoable, and the draft was not rewritten.
    expect(await page.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    expect(await page.getByTestId('draft-status').innerText()).toBe(draftBefore);
    expect(recorder.consoleErrors).toEqual([]);
    await page.close();
  });

  it('is never downloaded by visitors', async () => {
    const { page, recorder } = await visitorOpens(browser, `${inject('baseUrl')}?venue=demo-museum`);
    await page.waitForTimeout(1500); // the lazy chunks after the first frame
    expect(recorder.requests.filter((url) => /\/assets\/(editor-|Editor-)/.test(url))).toEqual([]);
    expect(await page.locator('.editing-badge').count()).toBe(0);
    await page.close();
  });
});
