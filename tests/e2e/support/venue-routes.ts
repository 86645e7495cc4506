import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { fixturePath } from '../../helpers/fixtures.ts';
import { setAt } from '../../helpers/json-path.ts';

/** The tiny-gallery fixture's scene.json, parsed, for a test to break. */
export function tinyGalleryScene(): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath('venues', 'tiny-gallery', 'scene.json'), 'utf8')) as Record<string, unknown>;
}

/** tiny-gallery with values set at validator-style paths. */
export function editedTinyGallery(edits: Record<string, unknown>): string {
  const doc = tinyGalleryScene();
  for (const [path, value] of Object.entries(edits)) setAt(doc, path, value);
  return JSON.stringify(doc);
}

/**
 * Serves a venue bundle that is not in scenes/ by intercepting its requests, so a
 * test can hand the app any file (broken on purpose) without shipping it.
 */
export async function serveVenue(page: Page, id: string, files: Record<string, { status?: number; body: string | Buffer; contentType?: string }>): Promise<void> {
  await page.route(`**/scenes/${id}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.split(`/scenes/${id}/`)[1] ?? '';
    const file = files[path];
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: file.status ?? 200, body: file.body, contentType: file.contentType ?? 'application/octet-stream' });
  });
}
