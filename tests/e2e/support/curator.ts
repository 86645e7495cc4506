import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { visitorOpens, type PageRecorder } from './browser.ts';

/**
 * Steps of a curator's journey through the editor (`?edit`), written so the tests
 * read like the story: opens the editor, places an exhibit, exports the bundle…
 */

/** The viewport the editor tests use: the spots clicked in the 3D view below are for this size. */
export const EDITOR_VIEWPORT = { width: 1400, height: 860 } as const;

/**
 * Spots of the page (at EDITOR_VIEWPORT) where the demo museum's overview shows a wall or floor
 * inside a room: the first upper-floor gallery's back wall, then floors of other rooms.
 */
const BUILDING_SPOTS: readonly [number, number][] = [[330, 265], [520, 330], [700, 380], [300, 420]];

/** A curator opens the editor on a venue and waits until its tool bar is there. */
export async function curatorOpensEditor(browser: Browser, url: string, options: { prepare?: (page: Page) => Promise<unknown> } = {}): Promise<{ page: Page; recorder: PageRecorder }> {
  const { page, recorder } = await visitorOpens(browser, url, { viewport: EDITOR_VIEWPORT, reducedMotion: true, ...options });
  await page.getByRole('toolbar', { name: 'Editing tools' }).waitFor();
  return { page, recorder };
}

/** The latest editor notice. */
export const notice = (page: Page): Promise<string> => page.getByTestId('editor-notice').innerText();

/** Waits until the editor notice matches. */
export async function noticeSays(page: Page, pattern: RegExp): Promise<void> {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-testid=editor-notice]')?.textContent ?? ''), pattern.source, { timeout: 15_000 });
}

/** Waits until the draft status says the draft is kept on this device. */
export async function draftIsSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => /Draft saved/.test(document.querySelector('[data-testid=draft-status]')?.textContent ?? ''), undefined, { timeout: 15_000 });
}

/**
 * Chooses "Place exhibit" and clicks the building until one is placed; returns its
 * title. Keeps trying for a while: the editor's 3D part (a chunk of its own) may
 * still be arriving when the tool bar is already there.
 */
export async function placesExhibitByClickingTheScan(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Place exhibit' }).click();
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const [x, y] of BUILDING_SPOTS) {
      await page.mouse.click(x, y);
      await page.waitForTimeout(250);
      const placed = /Placed "([^"]+)"/.exec(await notice(page));
      if (placed) return placed[1]!;
    }
  }
  throw new Error(`no exhibit was placed by clicking the 3D view; the editor said: ${await notice(page)}`);
}

/** Opens one of the editor's tabs. */
export async function opensTab(page: Page, name: RegExp | string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** Exports the venue bundle and returns the downloaded zip. */
export async function exportsBundle(page: Page): Promise<{ name: string; bytes: Buffer }> {
  await opensTab(page, 'File');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export bundle (.zip)' }).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** Imports a zip through the File tab. */
export async function importsBundle(page: Page, name: string, bytes: Buffer | Uint8Array): Promise<void> {
  await opensTab(page, 'File');
  await page.getByTestId('bundle-import-input').setInputFiles({ name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });
}

/** The text of the File tab's outcome (status or alert). */
export async function bundleOutcome(page: Page, pattern: RegExp): Promise<string> {
  const outcome = page.locator('.bundle-outcome');
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('.bundle-outcome')?.textContent ?? ''), pattern.source, { timeout: 30_000 });
  const text = await outcome.innerText();
  expect(text).toMatch(pattern);
  return text;
}
