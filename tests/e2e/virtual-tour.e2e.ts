import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, visitorOpens } from './support/browser.ts';
import { focused, tabTo } from './support/keyboard.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const waitForParam = (page: Page, name: string, value: RegExp) =>
  page.waitForFunction(([n, v]) => new RegExp(v).test(new URL(location.href).searchParams.get(n) ?? ''), [name, value.source] as const, { timeout: 10_000 });

/** axe-core on the page as it is: serious and critical violations, with where they are. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('a remote visitor tours the museum', () => {
  it('moves between the overview, a floor, the plan and the walk view, and the link follows', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'), { reducedMotion: true });
    await page.click('[data-floor="eg"]');
    await waitForParam(page, 'floor', /^eg$/);

    await page.click('[data-view="plan"]');
    await page.locator('figure').first().waitFor();
    expect(await page.locator('figure figcaption').first().textContent()).toContain('Ground floor');
    await waitForParam(page, 'view', /^plan$/);

    await page.click('[data-view="walk"]');
    await page.locator('.walk-status', { hasText: 'You are in:' }).waitFor({ timeout: 10_000 });
    await waitForParam(page, 'view', /^walk$/);
    const before = param(page, 'cam');

    // Walk forward with the keyboard: the camera moves, at eye height.
    await page.focus('canvas');
    await page.keyboard.down('w');
    await page.waitForTimeout(1200);
    await page.keyboard.up('w');
    await page.waitForFunction((b) => new URL(location.href).searchParams.get('cam') !== b, before, { timeout: 5000 });
    const cam = param(page, 'cam')!.split(',').map(Number);
    expect(cam[1]).toBeCloseTo(1.6, 1);

    await page.click('[data-view="overview"]');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('view'));
    await page.close();
  });

  it('opens an exhibit from the list, and the same exhibit and view from its link', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'), { reducedMotion: true });
    const item = page.locator('.exhibit-list button').nth(2);
    const title = await item.locator('.exhibit-title').textContent();
    await item.click();
    await expect(page.locator('#exhibit-title').textContent()).resolves.toBe(title);
    await waitForParam(page, 'exhibit', /^h-/);
    await page.waitForTimeout(600); // the camera settles, then the address follows it
    const link = page.url();
    const cam = param(page, 'cam');
    await page.close();

    const { page: again } = await visitorOpens(browser, link, { reducedMotion: true });
    await expect(again.locator('#exhibit-title').textContent()).resolves.toBe(title);
    await again.waitForTimeout(600);
    expect(param(again, 'cam')).toBe(cam);
    await again.close();
  });

  it('searches the exhibits by title, room and tag', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'));
    const search = page.getByRole('searchbox');
    // The list follows the typing a moment later (a deferred render): wait for its count line.
    const countSays = (text: RegExp) => page.locator('#exhibit-count', { hasText: text }).waitFor({ timeout: 5000 });
    await search.fill('mousme');
    await countSays(/^1 of 18 exhibits$/);
    await expect(page.locator('.exhibit-list li').count()).resolves.toBe(1);
    await search.fill('landscape');
    await countSays(/of 18 exhibits/);
    expect(await page.locator('.exhibit-list li').count()).toBeGreaterThan(1);
    await search.fill('zzzz');
    await countSays(/No matches/);
    await expect(page.locator('#exhibit-count').textContent()).resolves.toBe('No matches');
    await page.close();
  });

  it('opens the default view with a notice for a link with unknown ids and absurd numbers', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'), { query: '?exhibit=h-nope&cam=1e400,2,3,4,5,6&tour=t-x&step=99&view=xray' });
    const notice = await page.locator('.link-notice').textContent();
    expect(notice).toContain('Part of the link was ignored');
    expect(notice).toContain('exhibit "h-nope"');
    expect(await page.locator('#exhibit-title').count()).toBe(0);
    expect(await page.locator('[data-view="overview"]').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('plays a guided tour to its second stop on its own (fake clock)', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'), { reducedMotion: true, prepare: (p) => p.clock.install() });
    await page.getByRole('button', { name: 'Start: Highlights' }).click();
    const status = page.getByTestId('tour-status');
    await expect(status.textContent()).resolves.toContain('Stop 1 of 6');
    const firstTitle = await page.locator('#exhibit-title').textContent();
    // Without sound the stop lasts its durationS; with narration it would wait for the recording's end.
    const mute = page.locator('.tour-mute');
    if (await mute.count()) await mute.click();
    await page.clock.fastForward(60_000);
    await page.waitForFunction(() => document.querySelector('[data-testid="tour-status"]')?.textContent?.includes('Stop 2 of 6'), null, { timeout: 10_000 });
    const secondTitle = await page.locator('#exhibit-title').textContent();
    expect(secondTitle).not.toBe(firstTitle);
    await waitForParam(page, 'step', /^2$/);
    await page.close();
  });

  it('switches the language of the interface and the texts', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'));
    await page.selectOption('.language-switch select', 'de');
    await expect(page.locator('h1').textContent()).resolves.toContain('Demo-Museum');
    await expect(page.getByRole('button', { name: 'Grundriss' }).count()).resolves.toBe(1);
    await expect(page.locator('.tour-panel h2').first().textContent()).resolves.toBe('Führungen');
    await waitForParam(page, 'lang', /^de$/);
    await page.close();
  });

  it('can be toured with the keyboard alone, and the 3D view does not trap the keyboard', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'), { reducedMotion: true });
    await tabTo(page, /Start: Highlights/);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('tour-status').textContent()).resolves.toContain('Stop 1 of 6');
    const first = await page.locator('#exhibit-title').textContent();
    await tabTo(page, /^Next ›$/);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('tour-status').textContent()).resolves.toContain('Stop 2 of 6');
    expect(await page.locator('#exhibit-title').textContent()).not.toBe(first);

    await page.focus('canvas');
    await page.keyboard.press('Tab');
    expect(await focused(page)).not.toMatch(/^canvas/);
    await page.close();
  });

  it('has no serious or critical accessibility violations on the main screens', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'), { reducedMotion: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.exhibit-list button').first().click();
    await page.locator('#exhibit-title').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('[data-view="plan"]');
    await page.locator('figure').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('[data-view="walk"]');
    await page.locator('.walk-status').waitFor();
    await page.getByRole('button', { name: 'Start: Highlights' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
