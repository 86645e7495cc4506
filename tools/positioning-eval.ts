/**
 * `npm run positioning:eval -- <venue dir> <trace.jsonl>... [--method M] [--survey <survey.jsonl>] [--seed N]`
 *
 * Scores a positioning method on recorded (or simulated) traces, as SCENE-FORMAT.md
 * says: at each truth line, the latest estimate from the advertisements heard up
 * to then. Prints exactly one JSON object on stdout:
 * `{ method, traces, fixes, meanError, medianError, p90Error, maxError, floorAccuracy,
 *    roomAccuracy, timeToFirstFixMs, advertisementsPerSecond }`
 * — errors in metres (planar, [x, z]), accuracies as shares 0…1, time to first fix
 * in ms (mean over the traces), and advertisements per second the method processed
 * on this machine. Per-trace figures and what each trace reader dropped go to stderr.
 *
 * Methods: nearest, wcentroid, trilateration, fingerprint (needs --survey), tracker
 * (the default). With --survey, every method runs on beacon radio models calibrated
 * from the survey (reported separately from uncalibrated figures in the README).
 *
 * Exit codes: 0 scored; 1 unreadable input (missing file, invalid venue, method that
 * cannot run); 2 usage.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatProblem, type Venue } from '../src/core/venue/index.ts';
import { createBeaconResolver } from '../src/core/positioning/ble/resolve.ts';
import { formatTraceReport, readTrace } from '../src/core/positioning/trace/read-trace.ts';
import type { TraceEvent } from '../src/core/positioning/trace/events.ts';
import { METHODS, type MethodName } from '../src/core/positioning/types.ts';
import { EvaluationInputError, runEvaluation } from '../src/core/positioning/eval/run-evaluation.ts';
import { CliError, loadCliVenue, runCli } from './lib/cli.ts';

const USAGE = `usage: npm run positioning:eval -- <venue dir> <trace.jsonl>... [--method ${METHODS.join('|')}] [--survey <survey.jsonl>] [--seed N]`;

interface Args {
  venueDir: string;
  traces: string[];
  method: MethodName;
  survey?: string;
  seed: number;
}

/** Reads the command line; throws a CliError with code 2 for anything it cannot use. */
export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  let method: MethodName = 'tracker';
  let survey: string | undefined;
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CliError(`${arg} needs a value\n${USAGE}`, 2);
      return v;
    };
    if (arg === '--method') {
      const m = value();
      if (!(METHODS as readonly string[]).includes(m)) throw new CliError(`unknown method "${m}": use one of ${METHODS.join(', ')}`, 2);
      method = m as MethodName;
    } else if (arg === '--survey') survey = value();
    else if (arg === '--seed') {
      seed = Number(value());
      if (!Number.isInteger(seed)) throw new CliError(`--seed needs an integer\n${USAGE}`, 2);
    } else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}\n${USAGE}`, 2);
    else positional.push(arg);
  }
  const [venueDir, ...traces] = positional;
  if (!venueDir || traces.length === 0) throw new CliError(USAGE, 2);
  return { venueDir, traces, method, seed, ...(survey !== undefined && { survey }) };
}

async function readVenue(dir: string): Promise<Venue> {
  const loaded = await loadCliVenue(dir);
  if ('venue' in loaded) return loaded.venue;
  throw new CliError(`${dir}: not a usable venue:\n${loaded.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`, 1);
}

/** Reads a trace file; its dropped lines are reported on stderr, never fatal. */
async function readTraceFile(path: string, venue: Venue): Promise<TraceEvent[]> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${path}: cannot read (${error.code === 'ENOENT' ? 'no such file' : error.message})`, 1);
  });
  const { events, report } = readTrace(text, createBeaconResolver(venue));
  console.error(`${path}: ${formatTraceReport(report)}`);
  return [...events];
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  const venue = await readVenue(args.venueDir);
  const traces = [];
  for (const path of args.traces) traces.push({ name: basename(path), events: await readTraceFile(path, venue) });
  const survey = args.survey === undefined ? undefined : await readTraceFile(args.survey, venue);
  try {
    const result = runEvaluation({ venue, traces, method: args.method, seed: args.seed, now: () => performance.now(), ...(survey && { survey }) });
    for (const { name, summary: s } of result.perTrace) {
      console.error(`${name}: ${s.fixes} fixes, mean ${s.meanError ?? '–'} m, p90 ${s.p90Error ?? '–'} m, floor ${s.floorAccuracy ?? '–'}, room ${s.roomAccuracy ?? '–'}, first fix ${s.timeToFirstFixMs ?? '–'} ms`);
    }
    if (result.calibration) console.error(`calibrated from the survey: ${result.calibration.survey.points} points, ${result.calibration.survey.sightings} sightings`);
    console.log(JSON.stringify(result.summary));
    return 0;
  } catch (error) {
    if (error instanceof EvaluationInputError) throw new CliError(error.message, 1);
    throw error;
  }
}

runCli(import.meta.url, 'positioning-eval.ts', 'positioning:eval', main);
