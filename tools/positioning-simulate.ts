/**
 * `npm run positioning:simulate -- <venue dir> [--seed N] [--duration S] [--stops id,id,…] [--raw] [--out file.jsonl]`
 *
 * Writes a simulated beacon trace (SCENE-FORMAT.md, "Trace"): a visitor walking the
 * venue's walking graph from exhibit to exhibit, with the sightings, step cues and
 * ground truth their phone would record (src/core/positioning/simulate). The meta
 * line comes first. Without `--out` the trace goes to stdout; a summary goes to stderr.
 * `--raw` writes advertisements as `raw` lines (the beacons' Eddystone/iBeacon
 * bytes) instead of resolved `adv` lines, so reading the trace exercises the parser.
 *
 * Exit codes: 0 written; 1 the venue cannot be read or walked, or the file cannot
 * be written; 2 bad arguments.
 *
 * The demo museum's walk (scenes/demo-museum/traces/demo-walk.jsonl) is made with:
 *
 *   npm run positioning:simulate -- scenes/demo-museum --seed 11 --duration 150 --raw --out scenes/demo-museum/traces/demo-walk.jsonl
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { formatProblem, type Venue } from '../src/core/venue/index.ts';
import { simulateVisit, MAX_DURATION_MS, type SimulatedVisit } from '../src/core/positioning/simulate/index.ts';
import { rawTraceLine, traceMetaLine, writeTraceLine } from '../src/core/positioning/trace/write-trace.ts';
import { identityRecords } from '../src/core/positioning/ble/encode.ts';
import { DEFAULT_TX_POWER } from '../src/core/positioning/radio/path-loss.ts';
import { loadCliVenue, runCli } from './lib/cli.ts';

const USAGE = 'usage: npm run positioning:simulate -- <venue dir> [--seed N] [--duration S] [--stops id,id,…] [--raw] [--out file.jsonl]';

/** Parsed command line. */
export interface SimulateArgs {
  dir: string;
  seed: number;
  durationS: number;
  stops?: string[];
  raw: boolean;
  out?: string;
}

/** Parses the arguments, or returns the message explaining what is wrong. */
export function parseSimulateArgs(argv: readonly string[]): SimulateArgs | string {
  const positional: string[] = [];
  const args: Partial<SimulateArgs> & { raw: boolean } = { raw: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string | undefined => argv[++i];
    switch (a) {
      case '--seed': {
        const v = value();
        if (v === undefined || !/^\d{1,10}$/.test(v) || Number(v) > 0xffffffff) return `--seed needs a whole number from 0 to ${0xffffffff}, not ${JSON.stringify(v ?? '')}`;
        args.seed = Number(v);
        break;
      }
      case '--duration': {
        const v = value();
        const n = Number(v);
        if (v === undefined || v.trim() === '' || !Number.isFinite(n) || n <= 0 || n * 1000 > MAX_DURATION_MS) return `--duration needs seconds, more than 0 and at most ${MAX_DURATION_MS / 1000}, not ${JSON.stringify(v ?? '')}`;
        args.durationS = n;
        break;
      }
      case '--stops': {
        const v = value();
        const ids = v?.split(',').map((s) => s.trim()).filter((s) => s !== '') ?? [];
        if (ids.length === 0) return '--stops needs a comma-separated list of hotspot or nav node ids';
        args.stops = ids;
        break;
      }
      case '--out': {
        const v = value();
        if (v === undefined || v === '') return '--out needs a file name';
        args.out = v;
        break;
      }
      case '--raw':
        args.raw = true;
        break;
      default:
        if (a.startsWith('-')) return `unknown option ${a}`;
        positional.push(a);
    }
  }
  if (positional.length !== 1) return positional.length === 0 ? 'name one venue folder' : `name one venue folder, not ${positional.length}`;
  return { dir: positional[0]!, seed: args.seed ?? 1, durationS: args.durationS ?? 150, raw: args.raw, ...(args.stops && { stops: args.stops }), ...(args.out !== undefined && { out: args.out }) };
}

/** The trace's lines (meta first), joined with newlines and ending with one. */
export function traceText(venue: Venue, visit: SimulatedVisit, args: Pick<SimulateArgs, 'seed' | 'raw'>): string {
  const floors = [...new Set(visit.truth.map((p) => p.floor))];
  const stops = visit.stops.map((s) => s.hotspot ?? s.node);
  const lines = [
    traceMetaLine({
      venue: venue.id,
      source: `simulated (seed ${args.seed})`,
      license: 'MIT',
      note:
        `A simulated visit of ${(visit.durationMs / 1000).toFixed(1)} s made by tools/positioning-simulate.ts (src/core/positioning/simulate, default radio model: ` +
        `log-distance path loss per beacon, 4 dB noise, body shadowing, dropouts, -100 dBm sensitivity). Floors: ${floors.join(', ')}. Stops: ${stops.join(', ') || 'none'}.`,
    }),
  ];
  const beacons = new Map((venue.beacons ?? []).map((b) => [b.id, b]));
  for (const event of visit.events) {
    if (args.raw && event.kind === 'sighting') {
      const beacon = beacons.get(event.sighting.beaconId);
      const records = beacon?.identity && identityRecords(beacon.identity, beacon.txPower ?? DEFAULT_TX_POWER);
      if (records) {
        // identityRecords writes hex strings keyed "0xfeaa" / "0x004c": exactly a raw line's records.
        const hex = (r: unknown): Record<string, string> | undefined => (r ? (r as Record<string, string>) : undefined);
        const serviceData = hex(records.serviceData);
        const manufacturerData = hex(records.manufacturerData);
        lines.push(rawTraceLine({ t: event.sighting.t, rssi: event.sighting.rssi, ...(serviceData && { serviceData }), ...(manufacturerData && { manufacturerData }) }));
        continue;
      }
    }
    lines.push(writeTraceLine(event));
  }
  return lines.join('\n') + '\n';
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.error(USAGE);
    return 0;
  }
  const args = parseSimulateArgs(argv);
  if (typeof args === 'string') {
    console.error(`positioning:simulate: ${args}\n${USAGE}`);
    return 2;
  }
  const loaded = await loadCliVenue(args.dir, { matchFolderName: true });
  if ('problems' in loaded) {
    console.error(`positioning:simulate: cannot read the venue ${args.dir}:`);
    for (const p of loaded.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  const { venue } = loaded;
  const visit = simulateVisit(venue, { seed: args.seed, durationMs: args.durationS * 1000, ...(args.stops && { stops: args.stops }) });
  for (const problem of visit.problems) console.error(`positioning:simulate: ${problem}`);
  if (visit.events.length === 0) {
    console.error(`positioning:simulate: nothing to simulate in ${args.dir}`);
    return 1;
  }
  const text = traceText(venue, visit, args);
  if (args.out !== undefined) {
    try {
      await mkdir(dirname(resolve(args.out)), { recursive: true });
      await writeFile(args.out, text);
    } catch (error) {
      console.error(`positioning:simulate: cannot write ${args.out}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  } else {
    process.stdout.write(text);
  }
  const count = (kind: string) => visit.events.filter((e) => e.kind === kind).length;
  console.error(
    `positioning:simulate: ${venue.id}, seed ${args.seed}: ${(visit.durationMs / 1000).toFixed(1)} s, ${count('sighting')} sightings, ${count('motion')} steps, ${count('truth')} truth points; ` +
      `floors ${[...new Set(visit.truth.map((p) => p.floor))].join(', ')}; stops ${visit.stops.map((s) => s.hotspot ?? s.node).join(', ') || 'none'}` +
      (args.out !== undefined ? `; wrote ${args.out} (${Buffer.byteLength(text)} bytes)` : ''),
  );
  return 0;
}

runCli(import.meta.url, 'positioning-simulate.ts', 'positioning:simulate', main);
