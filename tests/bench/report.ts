import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { KIB, type BundleReport } from './bundle-size.ts';
import { median, type FirstFrameResult, type Series } from './first-frame.ts';

/**
 * The benchmark's budgets, its printed tables and its JSON file. Budgets are
 * reported as pass/fail, never turned into a failing exit code: on a shared,
 * noisy machine a number over budget is information for a person, while a
 * measurement that could not be taken at all is an error.
 */

/** The limits the figures are judged against. */
export const BUDGETS = {
  /** Median first frame of the app, ms from navigation start. */
  firstFrameMs: 3000,
  /** Median app / median plain three.js page. */
  firstFrameRatio: 1.3,
  /** Initial JavaScript, gzip level 9, in KiB of 1024 bytes. */
  initialJsGzipKiB: 350,
} as const;

/** One budget's verdict; `pass` is null when its figure could not be measured. */
export interface BudgetCheck {
  check: string;
  value: number | null;
  limit: number;
  unit: 'ms' | '×' | 'KiB';
  pass: boolean | null;
}

/** Everything one run wrote to tests/bench/results/latest.json. */
export interface BenchResults {
  schema: 1;
  startedAt: string;
  finishedAt: string;
  git: { commit: string | null; dirty: boolean | null };
  machine: { cpus: number; cpuModel: string; loadAverageBefore: number[]; loadAverageAfter: number[]; node: string; chromium: string | null };
  options: { runs: number; warmup: number; visitTimeoutMs: number; build: boolean };
  bundle: (BundleReport & { outDir: string }) | null;
  /** The plain page's initial JavaScript, to read the first-frame ratio against (not budgeted). */
  plainInitialJs: BundleReport['initialJs'] | null;
  firstFrame: FirstFrameResult | null;
  budgets: BudgetCheck[];
  /** Measurements that could not be taken; any entry makes the process exit 1. */
  errors: string[];
}

/** Judges the measured figures against BUDGETS; an unmeasured figure is neither pass nor fail. */
export function checkBudgets(firstFrame: FirstFrameResult | null, bundle: BundleReport | null): BudgetCheck[] {
  const judge = (check: string, value: number | null, limit: number, unit: BudgetCheck['unit']): BudgetCheck => ({ check, value, limit, unit, pass: value === null ? null : value <= limit });
  return [
    judge('first frame, app median', firstFrame?.app.medianMs ?? null, BUDGETS.firstFrameMs, 'ms'),
    judge('first frame, app / plain three.js', firstFrame?.ratio ?? null, BUDGETS.firstFrameRatio, '×'),
    judge('initial JavaScript, gzip', bundle ? bundle.initialJs.gzipBytes / KIB : null, BUDGETS.initialJsGzipKiB, 'KiB'),
  ];
}

/** A plain-text table; columns listed in `right` are right-aligned (numbers). */
export function table(headers: string[], rows: string[][], right: ReadonlySet<number> = new Set()): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const ms = (n: number) => n.toFixed(0);
const kib = (bytes: number) => (bytes / KIB).toFixed(1);

function formatValue(value: number | null, unit: BudgetCheck['unit']): string {
  if (value === null) return 'not measured';
  if (unit === 'ms') return `${ms(value)} ms`;
  if (unit === '×') return `${value.toFixed(2)}×`;
  return `${value.toFixed(1)} KiB`;
}

function firstFrameTable(result: FirstFrameResult, baseline: BenchResults['plainInitialJs']): string {
  const dcl = (s: Series) => {
    const values = s.visits.map((v) => v.domContentLoadedMs).filter((v): v is number => v !== null);
    return values.length > 0 ? ms(median(values)) : '?';
  };
  const canvas = (s: Series) => {
    const c = s.visits[0]?.canvas;
    return c ? `${c.width}×${c.height}` : '?';
  };
  const row = (name: string, s: Series) => [name, ms(s.medianMs), ms(s.minMs), ms(s.maxMs), dcl(s), canvas(s), s.visits.map((v) => ms(v.readyMs)).join(' ')];
  const pairs = result.pairedRatios.map((r) => r.toFixed(2)).join(' ');
  const n = result.app.visits.length;
  return [
    `First frame with the demo scan: ms from navigation start to venue:ready (headless Chromium, SwiftShader;`,
    `${n} cold visit${n === 1 ? '' : 's'} per page, interleaved; ${result.warmupVisitsPerPage} warm-up visit(s) per page discarded)`,
    '',
    table(['page', 'median', 'min', 'max', 'DCL median', 'canvas', 'runs (ms, in order)'], [row('app', result.app), row('plain three.js', result.plain)], new Set([1, 2, 3, 4])),
    '',
    `ratio app / plain (medians): ${result.ratio.toFixed(2)}×   per pair: ${pairs}`,
    ...(baseline ? [`(plain page's JavaScript for comparison: ${kib(baseline.gzipBytes)} KiB gzip, ${kib(baseline.rawBytes)} KiB raw)`] : []),
  ].join('\n');
}

/** Files the app had loaded when its first frame was announced, over all measured visits. */
function scriptsOfFirstFrame(firstFrame: FirstFrameResult | null): Set<string> | null {
  return firstFrame ? new Set(firstFrame.app.visits.flatMap((v) => v.scripts)) : null;
}

function bundleTable(bundle: BundleReport & { outDir: string }, firstFrame: FirstFrameResult | null): string {
  const used = scriptsOfFirstFrame(firstFrame);
  const loadLabel = (a: BundleReport['assets'][number]) => {
    if (a.load !== 'lazy') return `initial (${a.load})`;
    return used?.has(a.file) ? 'lazy, needed by 1st frame' : 'lazy';
  };
  const rows = bundle.assets.map((a) => [a.file, a.type, loadLabel(a), kib(a.rawBytes), kib(a.gzipBytes)]);
  rows.push(['initial JavaScript total', 'js', `${bundle.initialJs.files} file(s)`, kib(bundle.initialJs.rawBytes), kib(bundle.initialJs.gzipBytes)]);
  if (used) {
    const needed = bundle.assets.filter((a) => a.type === 'js' && (a.load !== 'lazy' || used.has(a.file)));
    const sum = (key: 'rawBytes' | 'gzipBytes') => needed.reduce((total, a) => total + a[key], 0);
    rows.push(['JavaScript before the 1st frame', 'js', `${needed.length} file(s)`, kib(sum('rawBytes')), kib(sum('gzipBytes'))]);
  }
  return [
    `Files in ${bundle.outDir}/assets (KiB = 1024 bytes; gzip = zlib level 9; initial = entry script, modulepreload links and their static imports;`,
    `"needed by 1st frame" = a lazy chunk the app had fetched when it announced venue:ready)`,
    '',
    table(['file', 'type', 'load', 'raw KiB', 'gzip KiB'], rows, new Set([3, 4])),
  ].join('\n');
}

function budgetTable(budgets: readonly BudgetCheck[]): string {
  const rows = budgets.map((b) => [b.check, formatValue(b.value, b.unit), `≤ ${b.unit === '×' ? `${b.limit.toFixed(2)}×` : `${b.limit} ${b.unit}`}`, b.pass === null ? '—' : b.pass ? 'PASS' : 'FAIL']);
  return ['Budgets (reported, not enforced: the exit code only says whether everything could be measured)', '', table(['budget', 'value', 'limit', 'result'], rows, new Set([1]))].join('\n');
}

/** The human-readable report of a run: first frame, sizes, budgets, then any errors. */
export function formatReport(results: BenchResults): string {
  const parts: string[] = [];
  if (results.firstFrame) parts.push(firstFrameTable(results.firstFrame, results.plainInitialJs));
  if (results.bundle) parts.push(bundleTable(results.bundle, results.firstFrame));
  parts.push(budgetTable(results.budgets));
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  parts.push(
    `Machine: ${results.machine.cpus} × ${results.machine.cpuModel}; load average ${load(results.machine.loadAverageBefore)} before, ${load(results.machine.loadAverageAfter)} after; ` +
      `Node ${results.machine.node}; Chromium ${results.machine.chromium ?? '?'}; commit ${results.git.commit?.slice(0, 10) ?? '?'}${results.git.dirty ? ' (with uncommitted changes)' : ''}`,
  );
  if (results.errors.length > 0) parts.push(['Could not measure:', ...results.errors.map((e) => `  - ${e}`)].join('\n'));
  return parts.join('\n\n');
}

/** Writes the results as pretty JSON, creating the results folder if needed. */
export function writeResults(results: BenchResults, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}
