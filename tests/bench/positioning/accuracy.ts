import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Venue } from '../../../src/core/venue/schema.ts';
import { parseVenueText } from '../../../src/core/venue/index.ts';
import { METHODS, type MethodName } from '../../../src/core/positioning/types.ts';
import { createBeaconResolver } from '../../../src/core/positioning/ble/resolve.ts';
import { readTrace } from '../../../src/core/positioning/trace/read-trace.ts';
import type { TraceEvent } from '../../../src/core/positioning/trace/events.ts';
import { simulateWalk } from '../../../src/core/positioning/simulate/index.ts';
import { runEvaluation } from '../../../src/core/positioning/eval/run-evaluation.ts';
import type { EvaluationSummary } from '../../../src/core/positioning/eval/summary.ts';

/**
 * Every positioning method side by side on the same traces, as the README's
 * accuracy table shows: the three real UJI library traces without and with the
 * survey's calibration, and seeded simulated walks through the demo museum.
 */

/** One trace set: a venue and traces, optionally a survey (calibration and radio map). */
export interface TraceSet {
  readonly name: string;
  readonly venue: Venue;
  readonly traces: readonly { readonly name: string; readonly events: readonly TraceEvent[] }[];
  readonly survey?: readonly TraceEvent[];
}

export interface AccuracyRow {
  readonly set: string;
  readonly trace: string;
  readonly method: MethodName;
  readonly summary: EvaluationSummary;
}

/** The tracker's figures relative to the weighted centroid's on the same trace. */
export interface GoalCheck {
  readonly set: string;
  readonly trace: string;
  readonly meanRatio: number | null;
  readonly p90Ratio: number | null;
  readonly timeToFirstFixMs: number | null;
  readonly pass: boolean;
}

/** Goal of the issue: tracker errors at most 0.6× the weighted centroid's, first fix within 2 s. */
export const GOAL = { ratio: 0.6, timeToFirstFixMs: 2000 } as const;

function readVenue(dir: string): Venue {
  const { venue, problems } = parseVenueText(readFileSync(join(dir, 'scene.json'), 'utf8'));
  if (!venue) throw new Error(`${dir}: ${problems.map((p) => p.message).join('; ')}`);
  return venue;
}

function readEvents(path: string, venue: Venue): TraceEvent[] {
  return [...readTrace(readFileSync(path, 'utf8'), createBeaconResolver(venue)).events];
}

/** The UJI library sets (without and with survey); throws with a clear message when the shared data is missing. */
export function ujiSets(dataDir: string): TraceSet[] {
  const dir = join(dataDir, 'uji-library');
  if (!existsSync(join(dir, 'scene.json'))) throw new Error(`the UJI library data is missing at ${dir} (the shared data set beside the repository, ../shared/data)`);
  const venue = readVenue(dir);
  const traces = readdirSync(join(dir, 'traces'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => ({ name: f.replace(/\.jsonl$/, ''), events: readEvents(join(dir, 'traces', f), venue) }));
  const survey = readEvents(join(dir, 'survey.jsonl'), venue);
  return [
    { name: 'UJI library', venue, traces },
    { name: 'UJI library + survey', venue, traces, survey },
  ];
}

/** Seeded simulated walks through a venue (with the simulator's step cues). */
export function simulatedSet(venueDir: string, seeds: readonly number[]): TraceSet {
  const venue = readVenue(venueDir);
  return { name: 'demo museum, simulated', venue, traces: seeds.map((seed) => ({ name: `walk seed ${seed}`, events: simulateWalk(venue, { seed }) })) };
}

/** Runs every method that can run on each trace of each set. */
export function measureAccuracy(sets: readonly TraceSet[]): AccuracyRow[] {
  const rows: AccuracyRow[] = [];
  for (const set of sets) {
    for (const method of METHODS) {
      if (method === 'fingerprint' && !set.survey) continue;
      const result = runEvaluation({ venue: set.venue, traces: set.traces, method, now: () => performance.now(), ...(set.survey && { survey: set.survey }) });
      for (const t of result.perTrace) rows.push({ set: set.name, trace: t.name, method, summary: t.summary });
    }
  }
  return rows;
}

/** Checks the goal on every trace of the given sets. */
export function checkGoal(rows: readonly AccuracyRow[], sets: readonly string[]): GoalCheck[] {
  const find = (set: string, trace: string, method: MethodName) => rows.find((r) => r.set === set && r.trace === trace && r.method === method)?.summary;
  const checks: GoalCheck[] = [];
  for (const row of rows) {
    if (row.method !== 'tracker' || !sets.includes(row.set)) continue;
    const base = find(row.set, row.trace, 'wcentroid');
    const ratio = (a: number | null, b: number | null | undefined) => (a !== null && b ? Number((a / b).toFixed(2)) : null);
    const meanRatio = ratio(row.summary.meanError, base?.meanError);
    const p90Ratio = ratio(row.summary.p90Error, base?.p90Error);
    const ttff = row.summary.timeToFirstFixMs;
    const pass = meanRatio !== null && p90Ratio !== null && ttff !== null && meanRatio <= GOAL.ratio && p90Ratio <= GOAL.ratio && ttff <= GOAL.timeToFirstFixMs;
    checks.push({ set: row.set, trace: row.trace, meanRatio, p90Ratio, timeToFirstFixMs: ttff, pass });
  }
  return checks;
}
