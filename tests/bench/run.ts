import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { measureBundle } from './bundle-size.ts';
import { closeQuietly, launchBenchBrowser, withTimeout } from './chromium.ts';
import { measureFirstFrames, type FirstFrameResult } from './first-frame.ts';
import { checkBudgets, formatReport, writeResults, type BenchResults } from './report.ts';
import { APP, PLAIN, REPO_ROOT, buildTarget, closeServers, serveTarget, type ServedTarget } from './targets.ts';

/**
 * `npm run bench`: builds the app and the plain three.js baseline once, measures
 * the app's initial JavaScript and both pages' first frame in real headless
 * Chromium, prints the tables and writes tests/bench/results/latest.json.
 *
 * Exit code 0 when every figure was measured (whether or not it is within
 * budget), 1 when something could not be measured, 130 when interrupted.
 *
 * Options (after `npm run bench --`): --runs N (measured visits per page, 5),
 * --warmup N (discarded visits per page, 1), --timeout MS (per visit, 60000),
 * --no-build (reuse tests/bench/.build from an earlier run, for quick iteration).
 */

const RESULTS_FILE = join(REPO_ROOT, 'tests', 'bench', 'results', 'latest.json');
const BUILD_TIMEOUT_MS = 300_000;
const SERVER_TIMEOUT_MS = 30_000;
const LAUNCH_TIMEOUT_MS = 60_000;

function readOptions(): BenchResults['options'] {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '1' },
      timeout: { type: 'string', default: '60000' },
      'no-build': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const int = (name: string, text: string, min: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got "${text}"`);
    return n;
  };
  return { runs: int('runs', values.runs, 1), warmup: int('warmup', values.warmup, 0), visitTimeoutMs: int('timeout', values.timeout, 1000), build: !values['no-build'] };
}

/** The commit measured, and whether the tree had changes (it usually does while people work). */
function gitState(): BenchResults['git'] {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain').length > 0 };
  } catch {
    return { commit: null, dirty: null };
  }
}

/** An error as one readable line: Playwright appends its whole browser log, which buries the cause. */
function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\n(?:Browser logs|Call log):/, 1)[0]!.trim();
}

/** Set by Ctrl-C / SIGTERM: the run is abandoned, and its half-taken figures are not written. */
let interrupted = false;

/** What must be closed however the run ends: filled in as things start. */
const open: { browser?: Browser; servers: ServedTarget[] } = { servers: [] };

async function cleanUp(): Promise<void> {
  const browser = open.browser;
  open.browser = undefined;
  const servers = open.servers.splice(0);
  await closeQuietly(browser, 15_000);
  await closeServers(servers);
}

/** Serves both builds, starts Chromium, and runs the interleaved first-frame series. */
async function firstFrames(options: BenchResults['options']): Promise<{ result: FirstFrameResult; chromium: string }> {
  const app = await serveTarget(APP, SERVER_TIMEOUT_MS);
  open.servers.push(app);
  const plain = await serveTarget(PLAIN, SERVER_TIMEOUT_MS);
  open.servers.push(plain);
  console.log(`serving app at ${app.url} and plain three.js at ${plain.url}`);
  const browser = await withTimeout(launchBenchBrowser(LAUNCH_TIMEOUT_MS), LAUNCH_TIMEOUT_MS + 5_000, 'launching Chromium');
  open.browser = browser;
  console.log(`first frame: ${options.warmup} warm-up + ${options.runs} measured visit(s) per page, Chromium ${browser.version()}`);
  const result = await measureFirstFrames(browser, app, plain, { runs: options.runs, warmup: options.warmup, timeoutMs: options.visitTimeoutMs });
  return { result, chromium: browser.version() };
}

async function main(): Promise<number> {
  const options = readOptions();
  const startedAt = new Date().toISOString();
  const loadAverageBefore = loadavg();
  const errors: string[] = [];
  let bundle: BenchResults['bundle'] = null;
  let plainInitialJs: BenchResults['plainInitialJs'] = null;
  let firstFrame: FirstFrameResult | null = null;
  let chromium: string | null = null;

  let built = true;
  if (options.build) {
    try {
      await buildTarget(APP, BUILD_TIMEOUT_MS);
      await buildTarget(PLAIN, BUILD_TIMEOUT_MS);
    } catch (error) {
      built = false;
      errors.push(`build failed: ${message(error)}`);
    }
  }

  if (built) {
    try {
      bundle = { outDir: relative(REPO_ROOT, APP.outDir), ...measureBundle(APP.outDir) };
    } catch (error) {
      errors.push(`initial JavaScript: ${message(error)}`);
    }
    try {
      plainInitialJs = measureBundle(PLAIN.outDir).initialJs;
    } catch (error) {
      // Context only, not a budgeted figure: say so, but do not fail the run.
      console.warn(`plain page size not measured: ${message(error)}`);
    }
    try {
      ({ result: firstFrame, chromium } = await firstFrames(options));
    } catch (error) {
      errors.push(`first frame: ${message(error)}`);
      chromium = open.browser?.version() ?? null;
    } finally {
      await cleanUp();
    }
  }

  const results: BenchResults = {
    schema: 1,
    startedAt,
    finishedAt: new Date().toISOString(),
    git: gitState(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? '?', loadAverageBefore, loadAverageAfter: loadavg(), node: process.version, chromium },
    options,
    bundle,
    plainInitialJs,
    firstFrame,
    budgets: checkBudgets(firstFrame, bundle),
    errors,
  };
  if (interrupted) return 130;
  console.log('\n' + formatReport(results) + '\n');
  writeResults(results, RESULTS_FILE);
  console.log(`wrote ${relative(process.cwd(), RESULTS_FILE)}`);
  return errors.length > 0 ? 1 : 0;
}

// Ctrl-C or a CI cancel must not leave Chromium or a preview server behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: closing the browser and servers…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(`bench: ${message(error)}`);
    await cleanUp();
    process.exit(1);
  },
);
