/**
 * `npm run bench:positioning` (also part of `npm run bench`): accuracy of every
 * positioning method on real and simulated traces, and the tracker's speed.
 * Prints the tables and writes tests/bench/results/positioning.json. The goals
 * (issue 4) are reported as pass/fail; the exit code is 1 only when something
 * could not be measured (for example the shared data set is missing).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from '../report.ts';
import { checkGoal, GOAL, measureAccuracy, simulatedSet, ujiSets, type TraceSet } from './accuracy.ts';
import { measureSpeed } from './speed.ts';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const DATA = join(REPO_ROOT, '..', 'shared', 'data');
const RESULTS_FILE = join(REPO_ROOT, 'tests', 'bench', 'results', 'positioning.json');
const SPEED_GOAL = 10_000;

const fmt = (v: number | null, digits = 2) => (v === null ? '–' : v.toFixed(digits));
const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(0)} %`);

function main(): number {
  const errors: string[] = [];
  const sets: TraceSet[] = [];
  try {
    sets.push(...ujiSets(DATA));
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  sets.push(simulatedSet(join(REPO_ROOT, 'scenes', 'demo-museum'), [1, 2, 3]));
  const loadBefore = loadavg();

  const rows = measureAccuracy(sets);
  console.log('Positioning accuracy: planar error in metres at each truth line (mean / 90th percentile), floor and room hits, time to first fix\n');
  console.log(
    table(
      ['trace set', 'trace', 'method', 'fixes', 'mean', 'p90', 'max', 'floor', 'room', 'first fix'],
      rows.map((r) => [r.set, r.trace, r.method, String(r.summary.fixes), fmt(r.summary.meanError), fmt(r.summary.p90Error), fmt(r.summary.maxError), pct(r.summary.floorAccuracy), pct(r.summary.roomAccuracy), `${fmt(r.summary.timeToFirstFixMs, 0)} ms`]),
      new Set([3, 4, 5, 6, 7, 8, 9]),
    ),
  );

  const real = sets.filter((s) => s.name.startsWith('UJI')).map((s) => s.name);
  const goal = checkGoal(rows, real);
  console.log(`\nGoal on every real trace: tracker mean and p90 ≤ ${GOAL.ratio}× the weighted centroid's; first fix ≤ ${GOAL.timeToFirstFixMs} ms\n`);
  console.log(table(['trace set', 'trace', 'mean ratio', 'p90 ratio', 'first fix', 'result'], goal.map((g) => [g.set, g.trace, fmt(g.meanRatio), fmt(g.p90Ratio), `${fmt(g.timeToFirstFixMs, 0)} ms`, g.pass ? 'PASS' : 'FAIL']), new Set([2, 3, 4])));

  const speedVenue = sets[0]?.venue ?? sets.at(-1)!.venue;
  const speed = measureSpeed(speedVenue);
  console.log(`\nSpeed (${speedVenue.id}, ${speed.beacons} beacons, ${speed.sightings} sightings over ${speed.traceSeconds} s of walking at 200 per second, estimate asked 10× per second, best of 5, one core):`);
  console.log(`  tracker   ${speed.tracker.advertisementsPerSecond} advertisements/s, ${speed.tracker.msPerUpdate} ms per filter update (${speed.tracker.particles} particles, ${speed.tracker.updates} updates)  goal ≥ ${SPEED_GOAL}/s: ${speed.tracker.advertisementsPerSecond >= SPEED_GOAL ? 'PASS' : 'FAIL'}`);
  console.log(`  wcentroid ${speed.wcentroid.advertisementsPerSecond} advertisements/s (reference, same stream, same run)`);

  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverageBefore: loadBefore, loadAverageAfter: loadavg(), node: process.version };
  writeFileSync(RESULTS_FILE, JSON.stringify({ schema: 1, finishedAt: new Date().toISOString(), machine, accuracy: rows, goal, speed, errors }, null, 2) + '\n');
  console.log(`\nwrote ${relative(process.cwd(), RESULTS_FILE)}`);
  for (const e of errors) console.error(`not measured: ${e}`);
  return errors.length > 0 ? 1 : 0;
}

process.exit(main());
