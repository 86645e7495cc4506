import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser, visitorOpens } from './support/browser.ts';
import { focused, tabTo } from './support/keyboard.ts';

/**
 * The on-site visitor finds their way: a destination upstairs, the route in
 * words, on the plan and in 3D, a simulated walk along it (the dot moving by the
 * beacons a simulated phone hears), a wrong turn and the new way, the arrival;
 * the step-free preference kept across visits; all by keyboard too. Ids are the
 * demo museum's (scenes/demo-museum/scene.json).
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TURNER = 'J. M. W. Turner: The Dogano, San Giorgio, Citella, from the Steps of the Europa';

const panel = (page: Page) => page.locator('section.wayfinding-panel');
const status = (page: Page) => page.locator('.wayfinding-status');
const steps = (page: Page) => page.locator('ol.wayfinding-steps > li');

/** Opens the panel with its header button; the destination field has the focus. */
async function openPanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Find your way' }).click();
  await page.getByRole('combobox', { name: 'Where to?' }).waitFor();
}

/** Types into "Where to?" and chooses the first suggestion with the keyboard. */
async function chooseDestination(page: Page, query: string): Promise<void> {
  const field = page.getByRole('combobox', { name: 'Where to?' });
  await field.fill(query);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await steps(page).first().waitFor();
}

/** Presses Tab until the focused element's label (its `<label>`, aria-label or text) matches, as a keyboard user would. */
async function tabToLabelled(page: Page, name: RegExp, limit = 10): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? `${el.labels?.[0]?.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}` : '';
    });
    if (name.test(label)) return;
  }
  throw new Error(`Tab never reached ${name} within ${limit} presses`);
}

/** axe-core on the wayfinding panel: serious and critical violations, with where they are. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('.wayfinding-panel').include('.wayfinding-toggle').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('an on-site visitor finds their way', () => {
  it('asks the way to an exhibit upstairs: the steps, the route on the plan; a simulated walk with a wrong turn is re-routed and arrives', async () => {
    const { page, recorder } = await visitorOpens(browser, inject('baseUrl'), { reducedMotion: true });
    await openPanel(page);
    // Start in the ground-floor corridor (no position is known yet), a short walk from the stairs.
    await page.getByLabel('From', { exact: true }).selectOption('room:r-corridor-eg');
    await chooseDestination(page, 'dogana');

    await status(page).filter({ hasText: `Route to ${TURNER}.` }).waitFor();
    expect(await page.locator('.wayfinding-summary').textContent()).toMatch(/^\d+ m, about 1 min.*Floors: Ground floor → First floor$/);
    const texts = await steps(page).allTextContents();
    expect(texts.length).toBeGreaterThanOrEqual(4);
    expect(texts).toContain('Take the stairs up to the first floor.Floor: First floor');
    expect(texts.at(-1)).toMatch(/^You have arrived at “J\. M\. W\. Turner/);

    // The route on the mini-map (all floors shown: the lowest), with the stairs marked.
    await page.locator('.mini-map .plan-route[data-floor="eg"] .plan-route__ahead').waitFor();
    expect(await page.locator('.mini-map .plan-route__change[data-to-floor="og"]').count()).toBe(1);
    // …and on the full plan, on each floor; upstairs it ends at the exhibit.
    await page.click('[data-view="plan"]');
    await page.locator('.full-plan .plan-route[data-floor="eg"] .plan-route__ahead').waitFor();
    await page.locator('.full-plan .plan-floors__button', { hasText: 'First floor' }).click();
    await page.locator('.full-plan .plan-route[data-floor="og"] .plan-route__destination').waitFor();
    expect(await page.locator('.full-plan .plan-route').getAttribute('aria-label')).toBe(`Your route to ${TURNER}`);
    await page.click('[data-view="overview"]');
    await page.click('[data-floor=""]'); // all floors

    // A simulated visitor walks the route (three times faster than real time, to keep the test short):
    // the dot appears, the current step moves on, the stairs are announced.
    await page.getByLabel('Speed').selectOption('3');
    await page.click('[data-simulate="route"]');
    await page.locator('.mini-map .plan-visitor').waitFor({ timeout: 10_000 });
    await status(page).filter({ hasText: `On your way to ${TURNER}.` }).waitFor({ timeout: 10_000 });
    await page.locator('.wayfinding-prompt[role="alert"]', { hasText: 'Take the stairs up to the first floor.' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('ol.wayfinding-steps > li[aria-current="step"]').count()).toBe(1);

    // Again, with a wrong turn on the way: the guidance notices, finds a new way, and the visitor still arrives.
    await page.click('[data-simulate="detour"]');
    await page.locator('.wayfinding-reroutes[data-reroutes]').waitFor({ timeout: 20_000 });
    expect(await page.locator('.wayfinding-reroutes').textContent()).toMatch(/^Re-routed (once|\d+ times)$/);
    expect(await status(page).textContent()).toMatch(/^(Off route — here is a new way\.|On your way to .*)$/);
    await status(page).filter({ hasText: `Arrived at ${TURNER}.` }).waitFor({ timeout: 40_000 });
    expect(await status(page).getAttribute('data-phase')).toBe('arrived');
    expect(await page.locator('ol.wayfinding-steps > li').last().getAttribute('aria-current')).toBe('step');
    // The dot is upstairs, where the exhibit is.
    expect(await page.locator('.mini-map .plan-route').getAttribute('data-floor')).toBe('og');
    expect(await page.locator('.mini-map .plan-visitor').getAttribute('data-room')).toBe('r-gallery-4');
    expect(recorder.consoleErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it('wants a step-free route: the lift instead of the stairs, and the choice survives a reload', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'), { reducedMotion: true });
    await openPanel(page);
    const stepFree = page.getByRole('checkbox', { name: 'Step-free (no stairs or escalators)' });
    expect(await stepFree.isChecked()).toBe(false);
    await stepFree.check();
    await chooseDestination(page, 'hogarth');
    expect(await steps(page).allTextContents()).toContain('Take the elevator to the first floor.Floor: First floor');
    expect(await page.locator('.wayfinding-summary').textContent()).toContain('(step-free)');

    await page.reload();
    await page.locator('.mini-map').waitFor({ timeout: 15_000 });
    await openPanel(page);
    expect(await page.getByRole('checkbox', { name: 'Step-free (no stairs or escalators)' }).isChecked()).toBe(true);
    await chooseDestination(page, 'hogarth');
    expect((await steps(page).allTextContents()).some((t) => t.startsWith('Take the elevator'))).toBe(true);

    // Large text, remembered the same way; and the steps in German.
    await page.getByRole('checkbox', { name: 'Large text' }).check();
    expect(await panel(page).getAttribute('class')).toContain('wayfinding-panel--large');
    await page.locator('.language-switch select').selectOption('de');
    await page.getByRole('combobox', { name: 'Wohin?' }).waitFor();
    await steps(page).filter({ hasText: 'Nehmen Sie den Aufzug ins 1. Obergeschoss.' }).waitFor({ timeout: 5000 });
    await page.reload();
    await page.locator('.mini-map').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Weg finden' }).click();
    await page.getByRole('checkbox', { name: 'Große Schrift' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Große Schrift' }).isChecked()).toBe(true);
    await page.close();
  });

  it('uses the panel by keyboard alone, and axe finds nothing serious in it', async () => {
    const { page } = await visitorOpens(browser, inject('baseUrl'), { reducedMotion: true });
    await tabTo(page, /Find your way/);
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Where to?' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');

    // Type, move through the suggestions with the arrow keys, choose with Enter.
    await page.keyboard.type('toil');
    const field = page.getByRole('combobox', { name: 'Where to?' });
    await page.keyboard.press('ArrowDown');
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    const active = await field.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`[id="${active}"]`).getAttribute('data-destination')).toBe('facility:toilet');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    await status(page).filter({ hasText: /^Route to Toilets \(ground floor\)\./ }).waitFor();

    // The start, then step-free, by keyboard: the route is planned again each time.
    await tabToLabelled(page, /^From/);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => (document.activeElement as HTMLSelectElement).value !== '');
    await tabToLabelled(page, /^Step-free/);
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: 'Step-free (no stairs or escalators)' }).isChecked()).toBe(true);
    expect(await steps(page).count()).toBeGreaterThan(1);
    expect(await seriousViolations(page)).toEqual([]);

    // Escape closes the panel and gives the focus back to its button; the route stays on the map.
    await page.keyboard.press('Escape');
    await panel(page).waitFor({ state: 'detached' });
    expect(await focused(page)).toMatch(/^button: .*Find your way/);
    expect(await page.getByRole('button', { name: 'Find your way' }).getAttribute('data-routed')).toBe('true');
    await page.locator('.mini-map .plan-route').waitFor();
    await page.close();
  });
});
