import type { Browser, Page } from 'playwright-core';
import { closeQuietly, freshContext, withTimeout } from './chromium.ts';
import type { ServedTarget } from './targets.ts';

/**
 * Measurement 1: the first frame with the demo scan on screen, counted from
 * navigation start. The app and the plain three.js page are visited alternately
 * in the same browser, each visit in a fresh context (cold HTTP and code caches),
 * so a machine that slows down for a while slows both down, not just one.
 */

/** One cold visit of one page. */
export interface Visit {
  /** `performance.now()` in the page's `venue:ready` listener: ms since navigation start. */
  readyMs: number;
  /** DOMContentLoaded end, for context (how much of the time is before the script ran). */
  domContentLoadedMs: number | null;
  /** Bytes of scan.glb as the server announced them (Content-Length). */
  scanBytes: number | null;
  /** Drawing-buffer size of the page's canvas: software rendering cost grows with it. */
  canvas: { width: number; height: number } | null;
  /**
   * Scripts the page had received when `venue:ready` arrived, as paths below the
   * server root (`assets/index-abc.js`): shows which lazy chunks the first frame needed.
   */
  scripts: string[];
}

/** Median, min and max of one page's measured visits (warm-up visits excluded). */
export interface Series {
  url: string;
  visits: Visit[];
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/** Both pages' series from one interleaved run, and how they compare. */
export interface FirstFrameResult {
  app: Series;
  plain: Series;
  /** median(app) / median(plain): the headline comparison. */
  ratio: number;
  /** app / plain of each interleaved pair, for judging how stable the ratio is. */
  pairedRatios: number[];
  warmupVisitsPerPage: number;
}

/** Options of a first-frame series. */
export interface FirstFrameOptions {
  runs: number;
  warmup: number;
  /** Per visit: navigation plus waiting for `venue:ready`. */
  timeoutMs: number;
}

/**
 * Installed before any page script runs, so an early `venue:ready` is not missed.
 * The time is taken first thing in the listener. A string rather than a function:
 * tsx may wrap functions in name-keeping helpers that do not exist in the page.
 */
const READY_PROBE = `
window.__bench = {
  done: new Promise(function (resolve) {
    window.addEventListener('venue:ready', function (e) {
      var at = performance.now();
      resolve({ at: at, venue: String((e.detail && e.detail.venue) || '') });
    }, { once: true });
    window.addEventListener('bench:error', function (e) {
      resolve({ at: performance.now(), venue: '', error: String((e.detail && e.detail.message) || 'unknown error') });
    }, { once: true });
  }),
};`;

/** What the page reports after `venue:ready`: canvas size, load timing, and any visible scan error. */
const AFTER_READY = `(() => {
  const canvas = document.querySelector('canvas');
  const nav = performance.getEntriesByType('navigation')[0];
  const scanError = document.querySelector('.scan-error, [data-bench-error]');
  return {
    canvas: canvas ? { width: canvas.width, height: canvas.height } : null,
    domContentLoadedMs: nav && nav.domContentLoadedEventEnd > 0 ? nav.domContentLoadedEventEnd : null,
    scanError: scanError ? (scanError.textContent || 'scan error shown').trim().slice(0, 300) : null,
  };
})()`;

/** The request that proves the demo scan itself was loaded (not the plan drawn as a fallback). */
const SCAN_PATH = '/scenes/demo-museum/scan.glb';

interface ReadyOutcome {
  at: number;
  venue: string;
  error?: string;
}

/** What went wrong on a page, gathered for an error message a person can act on. */
async function describePage(page: Page, problems: readonly string[]): Promise<string> {
  let text: string;
  try {
    text = await withTimeout(page.evaluate('document.body ? document.body.innerText.slice(0, 300) : ""') as Promise<string>, 2_000, 'reading the page');
  } catch {
    text = '(page did not answer)';
  }
  const said = text.replace(/\s+/g, ' ').trim();
  return [`page text: "${said}"`, ...problems.slice(0, 8)].join('; ');
}

/**
 * Visits `served` once in a fresh browser context and returns its first-frame
 * time. Throws (with what the page showed and logged) when the page times out,
 * reports an error, or draws something other than the demo scan.
 */
export async function measureVisit(browser: Browser, served: ServedTarget, expectedVenue: string, timeoutMs: number): Promise<Visit> {
  const context = await freshContext(browser);
  const problems: string[] = [];
  let scan: { status: number; bytes: number | null } | null = null;
  const scripts: string[] = [];
  try {
    context.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.request().resourceType() === 'script') scripts.push(path.replace(/^\//, ''));
      if (path.endsWith(SCAN_PATH)) {
        const length = r.headers()['content-length'];
        scan = { status: r.status(), bytes: length ? Number(length) : null };
      }
    });
    context.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? '?'})`));
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await page.addInitScript({ content: READY_PROBE });

    const what = `${served.target.name} page at ${served.url}`;
    let outcome: ReadyOutcome;
    try {
      await page.goto(served.url, { waitUntil: 'commit', timeout: timeoutMs });
      outcome = await withTimeout(page.evaluate('window.__bench.done') as Promise<ReadyOutcome>, timeoutMs, `waiting for venue:ready on the ${what}`);
    } catch (error) {
      const cause = (error instanceof Error ? error.message : String(error)).split(/\n(?:Browser logs|Call log):/, 1)[0]!.trim();
      throw new Error(`${cause} — ${await describePage(page, problems)}`, { cause: error });
    }
    // Taken at once: chunks fetched after the first frame are not what it needed.
    const scriptsBeforeReady = [...scripts];
    if (outcome.error) throw new Error(`the ${what} reported an error: ${outcome.error}`);
    if (outcome.venue !== expectedVenue) throw new Error(`the ${what} announced venue "${outcome.venue}", expected "${expectedVenue}"`);

    const after = (await withTimeout(page.evaluate(AFTER_READY), 5_000, `reading the ${what} after venue:ready`)) as {
      canvas: Visit['canvas'];
      domContentLoadedMs: number | null;
      scanError: string | null;
    };
    // venue:ready also fires when the app falls back to drawing the plan; that frame is not the one measured here.
    const seen = scan as { status: number; bytes: number | null } | null;
    if (after.scanError) throw new Error(`the ${what} showed a scan error: ${after.scanError}`);
    if (!seen) throw new Error(`the ${what} never requested ${SCAN_PATH}`);
    if (seen.status !== 200) throw new Error(`the ${what} got HTTP ${seen.status} for ${SCAN_PATH}`);
    return { readyMs: outcome.at, domContentLoadedMs: after.domContentLoadedMs, scanBytes: seen.bytes, canvas: after.canvas, scripts: scriptsBeforeReady };
  } finally {
    await closeQuietly(context);
  }
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function series(served: ServedTarget, visits: Visit[]): Series {
  const times = visits.map((v) => v.readyMs);
  return { url: served.url, visits, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times) };
}

/**
 * Visits app and plain page alternately: warm-up pairs first (discarded: the
 * first visit after launch also pays for starting the GPU process and filling the
 * OS file cache), then `runs` measured pairs. The order flips every pair (app
 * first, then plain first) so neither page always runs right after the other.
 */
export async function measureFirstFrames(browser: Browser, app: ServedTarget, plain: ServedTarget, options: FirstFrameOptions): Promise<FirstFrameResult> {
  const visits: Record<'app' | 'plain', Visit[]> = { app: [], plain: [] };
  const expected = { app: 'demo-museum', plain: 'plain' } as const;
  for (let i = 0; i < options.warmup + options.runs; i++) {
    const measured = i >= options.warmup;
    const order = i % 2 === 0 ? [app, plain] : [plain, app];
    for (const served of order) {
      const name = served.target.name;
      const visit = await measureVisit(browser, served, expected[name], options.timeoutMs);
      const label = measured ? `run ${i - options.warmup + 1}/${options.runs}` : `warm-up ${i + 1}/${options.warmup}`;
      console.log(`  ${name.padEnd(5)} ${label.padEnd(12)} ${visit.readyMs.toFixed(0).padStart(6)} ms`);
      if (measured) visits[name].push(visit);
    }
  }
  const appSeries = series(app, visits.app);
  const plainSeries = series(plain, visits.plain);
  return {
    app: appSeries,
    plain: plainSeries,
    ratio: appSeries.medianMs / plainSeries.medianMs,
    pairedRatios: visits.app.map((v, i) => v.readyMs / visits.plain[i]!.readyMs),
    warmupVisitsPerPage: options.warmup,
  };
}
