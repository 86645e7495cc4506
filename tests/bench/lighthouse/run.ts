/**
 * `npm run lighthouse` (also part of `npm run bench`): Lighthouse 12 (its npm
 * package, pinned to 12.2.3 because 13 needs Node 22) against the built app in
 * headless Chromium, and Chromium's own installability check of the web app
 * manifest (Lighthouse 12 no longer has a PWA category).
 *
 * Prints the category scores (median of three runs, mobile and desktop presets) and the installability
 * errors (none expected), and writes tests/bench/results/lighthouse.json.
 * Exit 1 only when something could not be measured.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { dirname, join, relative } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { APP, BUILD_ROOT, REPO_ROOT, buildTarget, closeServers, serveTarget, type ServedTarget } from '../targets.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from '../chromium.ts';

const RESULTS_FILE = join(REPO_ROOT, 'tests', 'bench', 'results', 'lighthouse.json');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = 3;

type Scores = Record<(typeof CATEGORIES)[number], number | null>;

type Preset = 'mobile' | 'desktop';

/** One Lighthouse run: `mobile` is Lighthouse's default (a mid-range phone, simulated slow 4G and 4× slower CPU), `desktop` its desktop preset. */
async function lighthouseRun(url: string, preset: Preset): Promise<{ preset: Preset; scores: Scores; failedAudits: string[] }> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, preset === 'desktop' ? desktopConfig : undefined);
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as Scores;
    // The audits that cost points outside performance, to act on.
    const failedAudits = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary')
      .map((a) => `${a.id}: ${a.title}`);
    return { preset, scores, failedAudits };
  } finally {
    await chrome.kill();
  }
}

/**
 * Chromium's installability verdict for the app's manifest and service worker
 * (DevTools protocol). A persistent profile, because Chromium never offers to
 * install from an incognito window, which is what a fresh Playwright context is.
 */
async function installabilityErrors(url: string): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'museum-visit-install-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS], viewport: { ...VIEWPORT } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 }).catch(() => undefined);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    return installabilityErrors.map((e) => e.errorId);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<number> {
  const errors: string[] = [];
  if (!process.argv.includes('--no-build')) await buildTarget(APP, 300_000);
  let served: ServedTarget | null = null;
  const runs: Awaited<ReturnType<typeof lighthouseRun>>[] = [];
  let installability: string[] | null = null;
  try {
    served = await serveTarget(APP, 30_000);
    for (const preset of ['mobile', 'desktop'] as const) for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(served.url, preset));
    installability = await installabilityErrors(served.url);
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  } finally {
    if (served) await closeServers([served]);
  }
  const scores = Object.fromEntries(
    (['mobile', 'desktop'] as const).map((preset) => {
      const mine = runs.filter((r) => r.preset === preset);
      return [preset, Object.fromEntries(CATEGORIES.map((c) => [c, mine.length ? Math.round(median(mine.map((r) => (r.scores[c] ?? NaN) * 100))) : null]))];
    }),
  ) as Record<Preset, Record<(typeof CATEGORIES)[number], number | null>>;
  console.log(`Lighthouse 12.2.3, median of ${RUNS} runs per preset, built app (${relative(REPO_ROOT, BUILD_ROOT)}/app), headless Chromium with software WebGL:`);
  console.log(`  ${'category'.padEnd(16)} mobile  desktop`);
  for (const c of CATEGORIES) console.log(`  ${c.padEnd(16)} ${String(scores.mobile[c] ?? '–').padStart(6)}  ${String(scores.desktop[c] ?? '–').padStart(7)}`);
  const failed = [...new Set(runs.flatMap((r) => r.failedAudits))];
  if (failed.length) console.log(`  failing audits: ${failed.join('; ')}`);
  console.log(`Installability (Chromium, Page.getInstallabilityErrors): ${installability === null ? 'not measured' : installability.length === 0 ? 'no error' : installability.join(', ')}`);
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, JSON.stringify({ schema: 1, finishedAt: new Date().toISOString(), runs, scores, installability, errors }, null, 2) + '\n');
  console.log(`wrote ${relative(process.cwd(), RESULTS_FILE)}`);
  for (const e of errors) console.error(`not measured: ${e}`);
  return errors.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`lighthouse failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
