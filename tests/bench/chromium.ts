import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * The browser side of the benchmark: one headless Chromium for the whole run, a
 * fresh context per measured visit, and a timeout wrapper that turns "hangs
 * forever" into an error that says what was being waited for.
 *
 * This deliberately does not reuse tests/e2e/support: the benchmark's launch
 * flags are part of what its numbers mean, so they are pinned here, and the e2e
 * helpers may change for reasons that have nothing to do with timing.
 */

/** The system Chromium (Debian's package); Playwright's own browser download does not work here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags of every benchmark run. SwiftShader renders WebGL on the CPU, so the
 * numbers are comparable between machines without GPUs (and CI), and the
 * background services are off so that no Google request competes for the core.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * Viewport and scale of every visit. deviceScaleFactor 1 pins the canvas size:
 * a software renderer's cost grows with the pixel count, so it must not vary.
 */
export const VIEWPORT = { width: 1280, height: 720 } as const;

/** Raised when something the benchmark waits for does not happen in time. */
export class BenchTimeoutError extends Error {
  override name = 'BenchTimeoutError';
}

/**
 * Races `work` against a timer. On timeout it rejects with a BenchTimeoutError
 * naming `what`, and the timer never keeps the process alive on success.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BenchTimeoutError(`${what}: no result within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Launches headless Chromium with the benchmark's flags; fails clearly when it is not installed. */
export async function launchBenchBrowser(timeoutMs: number): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS], timeout: timeoutMs });
}

/**
 * A new, empty browser context: its own HTTP cache, V8 code cache and storage, so
 * every visit downloads and compiles everything as a first-time visitor would.
 */
export function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { ...VIEWPORT }, deviceScaleFactor: 1, locale: 'en-GB' });
}

/**
 * Closes a context without letting a second failure hide the first one: a
 * context of a crashed page may refuse to close, and that is not the news.
 */
export async function closeQuietly(target: { close(): Promise<unknown> } | undefined, timeoutMs = 10_000): Promise<void> {
  if (!target) return;
  try {
    await withTimeout(target.close(), timeoutMs, 'closing');
  } catch {
    // Already reported (or irrelevant): the caller is cleaning up after an error.
  }
}
