/**
 * `npm run bench:repeat` (also part of `npm run bench`): the first frame of a
 * repeat visit with everything cached — the visitor came before, the service
 * worker holds the app shell and the venue's files, the browser its compiled
 * code. Each run: a fresh browser context, a first visit that waits until the
 * service worker controls the page and the scan is cached, then a second
 * navigation, timed from its navigation start to `venue:ready`.
 * Budget (issue 6): median ≤ 1000 ms. Writes tests/bench/results/repeat-visit.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { APP, REPO_ROOT, buildTarget, closeServers, serveTarget, type ServedTarget } from '../targets.ts';
import { freshContext, launchBenchBrowser, withTimeout } from '../chromium.ts';
import { median } from '../first-frame.ts';

const RESULTS_FILE = join(REPO_ROOT, 'tests', 'bench', 'results', 'repeat-visit.json');
const BUDGET_MS = 1000;
const TIMEOUT_MS = 60_000;

/** Resolves with performance.now() at `venue:ready`; installed before any page script runs. */
const READY_PROBE = `window.__ready = new Promise(function (resolve) {
  window.addEventListener('venue:ready', function () { resolve(performance.now()); }, { once: true });
});`;

async function readyAt(page: Page): Promise<number> {
  return withTimeout(page.evaluate('window.__ready') as Promise<number>, TIMEOUT_MS, 'waiting for venue:ready');
}

/**
 * Polls until the service worker controls the page and a venue cache holds the
 * scan. (`waitForFunction` cannot do this: it takes an async predicate's promise
 * for a truthy answer.)
 */
async function scanCached(page: Page): Promise<void> {
  for (;;) {
    const done = await page.evaluate(async () => {
      if (!navigator.serviceWorker?.controller) return false;
      for (const name of await caches.keys()) {
        if (!name.startsWith('museum-visit:venue:')) continue;
        const keys = await (await caches.open(name)).keys();
        if (keys.some((request) => new URL(request.url).pathname.endsWith('/scan.glb'))) return true;
      }
      return false;
    });
    if (done) return;
    await page.waitForTimeout(200);
  }
}

/** One repeat visit; returns the second visit's first-frame time and whether the scan came from a cache. */
async function repeatVisit(browser: Awaited<ReturnType<typeof launchBenchBrowser>>, served: ServedTarget): Promise<{ firstMs: number; repeatMs: number; scanFromNetwork: boolean }> {
  const context = await freshContext(browser);
  try {
    await context.addInitScript(READY_PROBE);
    const page = await context.newPage();
    await page.goto(served.url);
    const firstMs = await readyAt(page);
    // The first visit is over once the service worker controls the page and has stored the scan.
    await withTimeout(scanCached(page), TIMEOUT_MS, 'waiting for the service worker to control the page and cache the scan');
    let scanFromNetwork = false;
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.endsWith('/scan.glb') && !r.fromServiceWorker()) scanFromNetwork = true;
    });
    await page.goto(served.url);
    const repeatMs = await readyAt(page);
    return { firstMs, repeatMs, scanFromNetwork };
  } finally {
    await context.close();
  }
}

async function main(): Promise<number> {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
  if (!process.argv.includes('--no-build')) await buildTarget(APP, 300_000);
  const errors: string[] = [];
  const visits: Awaited<ReturnType<typeof repeatVisit>>[] = [];
  let served: ServedTarget | null = null;
  const browser = await launchBenchBrowser(60_000);
  try {
    served = await serveTarget(APP, 30_000);
    await repeatVisit(browser, served); // warm-up: the GPU process and the OS file cache
    for (let i = 0; i < runs; i++) visits.push(await repeatVisit(browser, served));
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  } finally {
    await browser.close();
    if (served) await closeServers([served]);
  }
  const repeat = visits.map((v) => v.repeatMs);
  const first = visits.map((v) => v.firstMs);
  const med = repeat.length ? median(repeat) : null;
  console.log(`Repeat visit with everything cached (service worker, HTTP and code caches), ${visits.length} runs after 1 warm-up, headless Chromium, software WebGL:`);
  console.log(`  first visit   median ${first.length ? Math.round(median(first)) : '–'} ms   (${first.map(Math.round).join(' ')})`);
  console.log(`  repeat visit  median ${med === null ? '–' : Math.round(med)} ms   (${repeat.map(Math.round).join(' ')})`);
  console.log(`  scan from the network on a repeat visit: ${visits.filter((v) => v.scanFromNetwork).length} of ${visits.length}`);
  console.log(`  budget ≤ ${BUDGET_MS} ms: ${med === null ? 'not measured' : med <= BUDGET_MS ? 'PASS' : 'FAIL'}`);
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, JSON.stringify({ schema: 1, finishedAt: new Date().toISOString(), budgetMs: BUDGET_MS, visits, medianRepeatMs: med, errors }, null, 2) + '\n');
  console.log(`wrote ${relative(process.cwd(), RESULTS_FILE)}`);
  for (const e of errors) console.error(`not measured: ${e}`);
  return errors.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:repeat failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
