import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers/fixtures.ts';
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

/** axe-core on the editor's panel: serious and critical violations, with where they are. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.editor').analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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

  it('takes an exhibit’s texts per language, previews hostile Markdown as text, and undoes typing a field at once', async () => {
    const { page, recorder } = await curatorOpensEditor(browser, EDIT_URL());
    const placed = await placesExhibitByClickingTheScan(page);
    await opensTab(page, 'Exhibits');
    await page.getByRole('button', { name: /^EN English/ }).click();
    await page.getByLabel('Title', { exact: true }).click();
    await page.keyboard.type('The Starry Night');
    // Texts start in the default language (German for the demo), then get translated.
    await page.getByRole('button', { name: /^DE German/ }).click();
    await page.getByLabel('Text', { exact: true }).click();
    await page.keyboard.type('**Bold** <script>window.__pwned = 1</script> [click me](javascript:window.__pwned=2)');

    const preview = page.getByRole('region', { name: 'Preview of the text in German' });
    await preview.getByText('Bold').waitFor();
    expect(await preview.locator('strong').innerText()).toBe('Bold');
    expect(await preview.locator('script').count()).toBe(0);
    expect(await preview.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await preview.innerText()).toContain('<script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Typing one field is one undo step.
    await page.keyboard.press('Control+z');
    expect(await page.getByLabel('Text', { exact: true }).inputValue()).toBe('');
    await page.getByRole('button', { name: /^EN English/ }).click();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('The Starry Night');

    await draftIsSaved(page);
    await page.reload();
    await page.getByRole('button', { name: 'Restore my edits' }).click();
    await opensTab(page, 'Exhibits');
    // The list shows default-language titles; the filter finds the English one too.
    await page.getByLabel('Find an exhibit').fill('Starry');
    await page.getByRole('button', { name: new RegExp(placed) }).first().waitFor();
    expect(recorder.consoleErrors).toEqual([]);
    await page.close();
  });

  it('reorders a tour stop by keyboard, generates walking paths in one undoable step, and places a beacon', async () => {
    const { page } = await curatorOpensEditor(browser, EDIT_URL());
    await opensTab(page, 'Tours');
    await page.getByRole('button', { name: /^Highlights/ }).click();
    const firstStop = page.getByLabel(/^Stop 1 of 6: /);
    const firstTitle = /^Stop 1 of 6: ([^,]+),/.exec((await firstStop.getAttribute('aria-label'))!)![1]!;
    await firstStop.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByLabel(new RegExp(`^Stop 2 of 6: ${firstTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`)).waitFor();
    expect(await page.locator('.tours-panel [role=status], [aria-live=polite]').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/Moved/)]));

    await opensTab(page, 'Walking paths');
    await page.getByText('180 path points, 390 connections').waitFor();
    await page.getByRole('button', { name: 'Generate paths from rooms and doors' }).click();
    await page.getByRole('button', { name: 'Replace them' }).click();
    await page.getByText(/^Made \d+ path points and \d+ connections/).waitFor();
    expect(await page.getByText('180 path points, 390 connections').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await page.getByText('180 path points, 390 connections').waitFor();

    await opensTab(page, 'Beacons');
    await page.getByRole('list', { name: '36 beacons' }).waitFor();
    await page.getByRole('button', { name: 'Place beacon', exact: true }).click();
    await page.mouse.click(330, 265);
    await page.getByRole('list', { name: '37 beacons' }).waitFor();
    await page.close();
  });

  it('checks added media by their content, warns about a missing alt text, and goes to the exhibit from the problem list', async () => {
    const { page } = await curatorOpensEditor(browser, EDIT_URL());
    const placed = await placesExhibitByClickingTheScan(page);
    await opensTab(page, 'Exhibits');
    const fileInput = page.getByLabel('Add image or audio…');
    await fileInput.setInputFiles({ name: 'painting.png', mimeType: 'image/png', buffer: Buffer.from('this is a text file pretending to be a picture') });
    await page.locator('.hotspot-status').getByText(/painting\.png/).waitFor();
    expect(await page.locator('.hotspot-status', { hasText: 'painting.png' }).innerText()).toMatch(/not/i);
    expect(await page.locator('.hotspot-media-list li').count()).toBe(0);

    await fileInput.setInputFiles(join(ROOT, 'scenes', 'demo-museum', 'media', 'h-la-mousme.png'));
    await page.locator('.hotspot-media-list li').first().waitFor();
    await page.getByText(/Add alt text/).first().waitFor();

    // Away from the exhibit, then back through the problem list.
    await page.getByRole('tab', { name: /^Problems/ }).click();
    const warning = page.locator('.problem.warning', { hasText: 'no alt text' });
    await warning.waitFor();
    await page.getByRole('tab', { name: 'Tours' }).click();
    await page.getByRole('tab', { name: /^Problems/ }).click();
    await warning.getByRole('button', { name: /^Go to hotspot/ }).click();
    expect(await page.getByRole('tab', { name: 'Exhibits' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('heading', { name: new RegExp(placed) }).waitFor();
    await page.close();
  });

  it('drags a placed exhibit along the surface, types its height, and undoes each', async () => {
    const { page } = await curatorOpensEditor(browser, EDIT_URL());
    await placesExhibitByClickingTheScan(page);
    await opensTab(page, 'Exhibits');
    const fields = page.locator('.hotspots-panel .position-number');
    const position = async () => (await fields.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).join(' ');
    const before = await position();
    expect(before).toMatch(/^-?\d/);
    // The placed exhibit's grip is where the click placed it.
    await page.mouse.move(330, 265);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(330 + i * 8, 265 + i);
    await page.mouse.up();
    await expect.poll(position, { timeout: 10_000 }).not.toBe(before);
    const dragged = await position();
    await page.keyboard.press('Control+z');
    await expect.poll(position, { timeout: 10_000 }).toBe(before);

    // For keyboard users: the position typed; the whole field is one undo step.
    await page.getByLabel(/^Height/).fill('');
    await page.getByLabel(/^Height/).pressSequentially('2.5');
    await page.getByLabel(/^Height/).blur();
    await expect.poll(position).toMatch(/^\S+ 2.5 \S+$/);
    await page.keyboard.press('Control+z');
    await expect.poll(position).toBe(before);
    expect(dragged).not.toBe(before);
    await page.close();
  });

  it('has no serious accessibility problems on any tab, with something selected', async () => {
    const { page } = await curatorOpensEditor(browser, EDIT_URL());
    await placesExhibitByClickingTheScan(page);
    const found: string[] = [];
    const check = async (tab: string) => found.push(...(await seriousViolations(page)).map((v) => `${tab}: ${v}`));
    await opensTab(page, 'Exhibits');
    await check('Exhibits');
    await opensTab(page, 'Tours');
    await page.getByRole('button', { name: /^Highlights/ }).click();
    await check('Tours');
    await opensTab(page, 'Beacons');
    await page.locator('.beacon-list button').first().click();
    await check('Beacons');
    await opensTab(page, 'Walking paths');
    await check('Walking paths');
    await page.getByRole('tab', { name: /^Problems/ }).click();
    await check('Problems');
    await opensTab(page, 'File');
    await check('File');
    expect(found).toEqual([]);
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
