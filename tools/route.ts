/**
 * `npm run route -- <venue dir> --from <node id | hotspot id | x,z@floor> --to <hotspot id | room id | facility kind | node id> [--step-free] [--lang de|en]`
 *
 * Plans a route in a venue bundle and prints ONE JSON object on stdout:
 * `{ length, floors, steps, path }` — length in metres (to the centimetre), the
 * floors in visiting order, the spoken steps (as `describeRoute` words them) and
 * the route as a polyline of `[x, y, z]` points (to the centimetre).
 *
 * Exit codes: 0 with a route; 1 when there is no route (the reason in words on
 * stderr) or the venue cannot be read; 2 for a usage error (missing --from/--to,
 * a malformed `x,z@floor`, an unknown --lang or option).
 */
import { formatProblem, type Venue } from '../src/core/venue/index.ts';
import { FACILITY_KINDS, planRoute, type FacilityKind, type NoRouteReason, type Route, type RouteOrigin, type RouteTarget } from '../src/core/routing/index.ts';
import { describeRoute, instructionLanguage, INSTRUCTION_LANGUAGES, type InstructionLanguage, type RouteStep } from '../src/core/routing/instructions/index.ts';
import type { Point3 } from '../src/core/geometry/types.ts';
import { loadCliVenue, runCli } from './lib/cli.ts';

export const USAGE =
  'usage: npm run route -- <venue dir> --from <node id | hotspot id | x,z@floor> --to <hotspot id | room id | facility kind | node id> [--step-free] [--lang de|en]\n' +
  `  facility kinds: ${FACILITY_KINDS.join(', ')}`;

/** The command line, parsed. */
export interface RouteArgs {
  venueDir: string;
  from: string;
  to: string;
  stepFree: boolean;
  /** Undefined: the venue's default language (when instructions exist for it). */
  lang?: InstructionLanguage;
}

export type ParsedArgs = { ok: true; args: RouteArgs } | { ok: true; help: true } | { ok: false; message: string };

/** Parses the arguments after `route`; a usage error comes back as a message, never thrown. */
export function parseRouteArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const values: Partial<Record<'from' | 'to' | 'lang', string>> = {};
  let stepFree = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: true, help: true };
    if (arg === '--step-free') {
      stepFree = true;
      continue;
    }
    const option = /^--(from|to|lang)(?:=(.*))?$/.exec(arg);
    if (option) {
      const name = option[1] as 'from' | 'to' | 'lang';
      const value = option[2] ?? argv[++i];
      if (value === undefined || value === '') return { ok: false, message: `--${name} needs a value` };
      if (values[name] !== undefined) return { ok: false, message: `--${name} given twice` };
      values[name] = value;
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) return { ok: false, message: `unknown option ${arg}` };
    positional.push(arg);
  }
  if (positional.length !== 1) return { ok: false, message: positional.length === 0 ? 'missing the venue folder' : `one venue folder only (got ${positional.join(', ')})` };
  if (values.from === undefined) return { ok: false, message: 'missing --from' };
  if (values.to === undefined) return { ok: false, message: 'missing --to' };
  if (values.lang !== undefined && !(INSTRUCTION_LANGUAGES as readonly string[]).includes(values.lang)) {
    return { ok: false, message: `unknown --lang "${values.lang}" (one of ${INSTRUCTION_LANGUAGES.join(', ')})` };
  }
  if (/[,@]/.test(values.from) && parsePlanPoint(values.from) === null) {
    return { ok: false, message: `--from "${values.from}" is not a position: write x,z@floor, e.g. 12.5,4@eg` };
  }
  return {
    ok: true,
    args: { venueDir: positional[0]!, from: values.from, to: values.to, stepFree, ...(values.lang !== undefined && { lang: values.lang as InstructionLanguage }) },
  };
}

const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?`;
const POSITION = new RegExp(String.raw`^\s*(${NUMBER})\s*,\s*(${NUMBER})\s*@\s*([A-Za-z0-9][A-Za-z0-9._:-]*)\s*$`);

/** Parses `x,z@floor`, or null when it is not one (non-finite numbers included). */
export function parsePlanPoint(text: string): { position: readonly [number, number]; floor: string } | null {
  const match = POSITION.exec(text);
  if (!match) return null;
  const x = Number(match[1]);
  const z = Number(match[2]);
  return Number.isFinite(x) && Number.isFinite(z) ? { position: [x, z], floor: match[3]! } : null;
}

/** `--from`: a node id if the venue has it, else a hotspot id, else `x,z@floor`; null when it is none of them. */
export function resolveFrom(venue: Venue, from: string): RouteOrigin | null {
  if (venue.navGraph?.nodes.some((n) => n.id === from)) return { kind: 'node', id: from };
  if (venue.hotspots?.some((h) => h.id === from)) return { kind: 'hotspot', id: from };
  const point = parsePlanPoint(from);
  return point ? { kind: 'point', position: point.position, floor: point.floor } : null;
}

/** `--to`: a hotspot id, else a room id, else a facility kind, else a node id; null when it is none of them. */
export function resolveTo(venue: Venue, to: string): RouteTarget | null {
  if (venue.hotspots?.some((h) => h.id === to)) return { kind: 'hotspot', id: to };
  if (venue.rooms.some((r) => r.id === to)) return { kind: 'room', id: to };
  if ((FACILITY_KINDS as readonly string[]).includes(to)) return { kind: 'facility', facility: to as FacilityKind };
  if (venue.navGraph?.nodes.some((n) => n.id === to)) return { kind: 'node', id: to };
  return null;
}

/** Every reason there may be no route, in words for the person at the terminal. */
export const NO_ROUTE_WORDS: Readonly<Record<NoRouteReason, string>> = {
  'unknown-origin': 'the starting point is not in this venue',
  'unknown-target': 'the destination is not in this venue',
  'no-graph': 'the venue has no walking graph to route on',
  'off-graph': 'the starting point cannot reach the walking graph without crossing a wall',
  'stairs-only': 'the destination is only reachable by stairs or escalators, and a step-free route was asked for',
  'one-way': 'the destination is only reachable against a one-way passage',
  unreachable: 'the destination cannot be reached from the starting point',
  'no-facility': 'the venue has no facility of that kind',
};

/** The JSON the CLI prints. */
export interface RouteOutput {
  length: number;
  floors: string[];
  steps: (Omit<RouteStep, 'position' | 'segments'> & { position: number[]; segments: number[] })[];
  path: number[][];
}

const cm = (v: number): number => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
};
const cmPoint = (p: Point3): number[] => p.map(cm);

/**
 * The route as a polyline: every segment's start and the last segment's end,
 * rounded to the centimetre, without consecutive repeats. A route without
 * segments is the destination alone.
 */
export function routePath(route: Route): number[][] {
  const points = route.segments.length === 0 ? [route.destination.position] : [...route.segments.map((s) => s.from), route.segments[route.segments.length - 1]!.to];
  const path: number[][] = [];
  for (const p of points.map(cmPoint)) {
    const last = path[path.length - 1];
    if (!last || last.some((v, i) => v !== p[i])) path.push(p);
  }
  return path;
}

/** Builds the CLI's JSON for a planned route. */
export function routeOutput(route: Route, venue: Venue, lang: string): RouteOutput {
  return {
    length: cm(route.length),
    floors: [...route.floors],
    steps: describeRoute(route, venue, lang).map((s) => ({ kind: s.kind, text: s.text, distance: s.distance, floor: s.floor, position: cmPoint(s.position), segments: [...s.segments] })),
    path: routePath(route),
  };
}

/** The output as JSON laid out for reading: one step and one path point per line. */
export function formatOutput(output: RouteOutput): string {
  const list = (items: readonly unknown[]) => (items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`);
  return `{\n  "length": ${JSON.stringify(output.length)},\n  "floors": ${JSON.stringify(output.floors)},\n  "steps": ${list(output.steps)},\n  "path": ${list(output.path)}\n}`;
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseRouteArgs(argv);
  if (parsed.ok && 'help' in parsed) {
    console.log(USAGE);
    return 0;
  }
  if (!parsed.ok) {
    console.error(`route: ${parsed.message}\n${USAGE}`);
    return 2;
  }
  const { args } = parsed;
  const loaded = await loadCliVenue(args.venueDir);
  if ('problems' in loaded) {
    const problems = loaded.problems.filter((p) => p.severity === 'error').map((p) => `  ${formatProblem(p)}`);
    console.error(`route: cannot open the venue in ${args.venueDir}${loaded.notFound ? ' (no scene.json there)' : ''}:\n${problems.join('\n')}`);
    return 1;
  }
  const { venue } = loaded;
  const origin = resolveFrom(venue, args.from);
  if (!origin) {
    console.error(`route: no route: ${NO_ROUTE_WORDS['unknown-origin']} ("${args.from}" is no node or hotspot id of ${venue.id}, nor x,z@floor)`);
    return 1;
  }
  const target = resolveTo(venue, args.to);
  if (!target) {
    console.error(`route: no route: ${NO_ROUTE_WORDS['unknown-target']} ("${args.to}" is no hotspot, room or node id of ${venue.id}, nor a facility kind: ${FACILITY_KINDS.join(', ')})`);
    return 1;
  }
  const result = planRoute(venue, origin, target, { stepFree: args.stepFree });
  if (!result.ok) {
    console.error(`route: no route from ${args.from} to ${args.to}${args.stepFree ? ' (step-free)' : ''}: ${NO_ROUTE_WORDS[result.reason] ?? result.reason} (${result.message})`);
    return 1;
  }
  const lang = args.lang ?? instructionLanguage(venue.defaultLanguage, venue.defaultLanguage);
  console.log(formatOutput(routeOutput(result.route, venue, lang)));
  return 0;
}

runCli(import.meta.url, 'route.ts', 'route', main);
