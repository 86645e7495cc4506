import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';

/** The system Chromium (Debian's package); Playwright's own browser download does not work here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium with WebGL in software (SwiftShader) and without the
 * background services that would try to reach Google.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--no-first-run',
    ],
  });
}

/** Every request a page makes, and the console errors it logs, for assertions after a journey. */
export interface PageRecorder {
  requests: string[];
  consoleErrors: string[];
}

export function recordPage(page: Page): PageRecorder {
  const recorder: PageRecorder = { requests: [], consoleErrors: [] };
  page.on('request', (r: Request) => recorder.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') recorder.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => recorder.consoleErrors.push(`uncaught: ${e.message}`));
  return recorder;
}

/** Requests that went anywhere but this machine (blob: and data: stay in the page). */
export function requestsLeavingLocalhost(urls: readonly string[]): string[] {
  return urls.filter((u) => {
    const url = new URL(u);
    if (url.protocol === 'blob:' || url.protocol === 'data:') return false;
    return !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  });
}

/**
 * Installs a listener before the app starts, so a `venue:ready` that fires early is
 * not missed; `waitForVenueReady` then resolves with the venue id it announced.
 */
export async function listenForVenueReady(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __venueReady?: Promise<string> };
    w.__venueReady = new Promise((resolve) => {
      window.addEventListener('venue:ready', (e) => resolve((e as CustomEvent<{ venue: string }>).detail.venue), { once: true });
    });
  });
}

export async function waitForVenueReady(page: Page, timeoutMs = 60_000): Promise<string> {
  return page.evaluate(
    (ms) =>
      Promise.race([
        (window as unknown as { __venueReady: Promise<string> }).__venueReady,
        new Promise<string>((_, reject) => setTimeout(() => reject(new Error(`no venue:ready within ${ms} ms`)), ms)),
      ]),
    timeoutMs,
  );
}

/**
 * Waits until the side panel (exhibit, tours, exhibit list) has arrived: it is its
 * own chunk, fetched after the building's first frame. A page without a side panel
 * (a venue that failed to open) has nothing to wait for.
 */
export async function sidePanelShown(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const panel = document.querySelector('.side-panel');
    return !panel || panel.children.length > 0;
  });
}

/**
 * A visitor opens the app (optionally with a query such as `?venue=x`) in a browser
 * set to `locale`, and waits until the venue has been drawn and its side panel is there.
 */
export async function visitorOpens(
  browser: Browser,
  baseUrl: string,
  options: { locale?: string; query?: string; viewport?: { width: number; height: number }; reducedMotion?: boolean; prepare?: (page: Page) => Promise<unknown> } = {},
): Promise<{ page: Page; recorder: PageRecorder; venue: string }> {
  // A context of its own (axe-core needs one), closed with the page.
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    ...(options.viewport && { viewport: options.viewport }),
    ...(options.reducedMotion && { reducedMotion: 'reduce' as const }),
  });
  const page = await context.newPage();
  page.on('close', () => {
    context.close().catch(() => undefined); // the browser may be closing already
  });
  const recorder = recordPage(page);
  await options.prepare?.(page);
  await listenForVenueReady(page);
  await page.goto(`${baseUrl}${options.query ?? ''}`);
  const venue = await waitForVenueReady(page);
  await sidePanelShown(page);
  return { page, recorder, venue };
}
