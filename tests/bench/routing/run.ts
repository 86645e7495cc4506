/**
 * `npm run bench:routing` (also part of `npm run bench`): routes on a generated
 * 50 000-node, five-floor venue with the app's router and with ngraph.path's A*
 * on the same graph, in the same run. Both must find routes of equal length;
 * the table gives median and max milliseconds per route and the time ratio.
 * Writes tests/bench/results/routing.json. The goal (≤ 10 ms per route) is
 * reported as pass/fail; the exit code is 1 only when the two disagree on a
 * route (a correctness failure, not a slow afternoon).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import createGraph from 'ngraph.graph';
import { aStar } from 'ngraph.path';
import { buildRoutingGraph, routingGraphOf, ARC_AGAINST_ONE_WAY, type RoutingGraph } from '../../../src/core/routing/graph.ts';
import { findPath } from '../../../src/core/routing/astar.ts';
import { createHeuristic, type Heuristic } from '../../../src/core/routing/heuristic.ts';
import { planRoute } from '../../../src/core/routing/router.ts';
import { seededRandom } from '../../../src/core/positioning/random.ts';
import { table } from '../report.ts';
import { generateVenue } from './generate.ts';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const RESULTS_FILE = join(REPO_ROOT, 'tests', 'bench', 'results', 'routing.json');
const GOAL_MS = 10;
const PAIRS = 50;
const WARMUP = 20;
const SEED = 1;

const median = (v: readonly number[]) => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (v: number, d = 2) => v.toFixed(d);

interface NodeData { readonly index: number }
interface LinkData { readonly cost: number }

/** The same graph for ngraph: the same nodes, one directed link per arc the router may use, the same costs. */
function toNgraph(graph: RoutingGraph) {
  const g = createGraph<NodeData, LinkData>();
  for (let i = 0; i < graph.nodeCount; i++) g.addNode(i, { index: i });
  for (let u = 0; u < graph.nodeCount; u++) {
    for (let k = graph.firstArc[u]!; k < graph.firstArc[u + 1]!; k++) {
      if (graph.arcFlags[k]! & ARC_AGAINST_ONE_WAY) continue;
      // Parallel edges: keep the cheapest, as a shortest path would.
      const v = graph.arcTarget[k]!;
      const existing = g.getLink(u, v);
      if (existing && existing.data.cost <= graph.arcCost[k]!) continue;
      if (existing) g.removeLink(existing);
      g.addLink(u, v, { cost: graph.arcCost[k]! });
    }
  }
  return g;
}

interface PairResult {
  readonly from: string;
  readonly to: string;
  readonly floors: string;
  readonly length: number;
  readonly ngraphLength: number;
  readonly expanded: number;
  readonly planRouteMs: number;
  readonly findPathMs: number;
  readonly ngraphMs: number;
}

function main(): number {
  const loadBefore = loadavg();
  const t0 = performance.now();
  const generated = generateVenue(SEED);
  const generateMs = performance.now() - t0;
  const t1 = performance.now();
  const built = buildRoutingGraph(generated.venue);
  const buildMs = performance.now() - t1;
  const graph = routingGraphOf(generated.venue); // what planRoute uses: built once, cached
  const t2 = performance.now();
  const ng = toNgraph(graph);
  const ngraphBuildMs = performance.now() - t2;
  // The same admissible heuristic for both (heuristic.ts), built per search inside the timed part for both.
  let heuristic: Heuristic = () => 0;
  const ngraphFinder = aStar<NodeData, LinkData>(ng, {
    oriented: true,
    heuristic: (a) => heuristic(a.data.index),
    distance: (_a, _b, link) => link.data.cost,
  });
  const ngraphLength = (path: readonly { id: string | number }[]): number => {
    let sum = 0;
    for (let i = path.length - 1; i > 0; i--) sum += ng.getLink(path[i]!.id, path[i - 1]!.id)!.data.cost;
    return path.length === 0 ? Infinity : sum;
  };

  const random = seededRandom(SEED + 1);
  const pairs: [number, number][] = [];
  let unreachable = 0;
  while (pairs.length < WARMUP + PAIRS) {
    const a = Math.floor(random.next() * graph.nodeCount);
    const b = Math.floor(random.next() * graph.nodeCount);
    if (a === b) continue;
    if (!findPath(graph, a, [b])) {
      unreachable++;
      continue;
    }
    pairs.push([a, b]);
  }

  const results: PairResult[] = [];
  const errors: string[] = [];
  pairs.forEach(([a, b], i) => {
    const from = graph.ids[a]!;
    const to = graph.ids[b]!;
    // Alternate which runs first, so neither always gets the warmer cache.
    const runOurs = () => {
      const s = performance.now();
      const r = planRoute(generated.venue, { kind: 'node', id: from }, { kind: 'node', id: to });
      return { ms: performance.now() - s, r };
    };
    const runNgraph = () => {
      const s = performance.now();
      heuristic = createHeuristic(graph, [b]);
      const p = ngraphFinder.find(a, b);
      return { ms: performance.now() - s, p };
    };
    const first = i % 2 === 0 ? runOurs() : null;
    const theirs = runNgraph();
    const ours = first ?? runOurs();
    const s = performance.now();
    const core = findPath(graph, a, [b]);
    const findPathMs = performance.now() - s;
    if (i < WARMUP) return;
    if (!ours.r.ok || !core) {
      errors.push(`no route ${from} → ${to}: ${ours.r.ok ? '' : ours.r.message}`);
      return;
    }
    const length = ours.r.route.length;
    const theirLength = ngraphLength(theirs.p);
    if (!(Math.abs(length - theirLength) <= 1e-6 * Math.max(1, length))) errors.push(`lengths differ ${from} → ${to}: ours ${length}, ngraph.path ${theirLength}`);
    results.push({
      from, to, floors: ours.r.route.floors.join('→'), length, ngraphLength: theirLength, expanded: core.expanded,
      planRouteMs: ours.ms, findPathMs, ngraphMs: theirs.ms,
    });
  });

  const summary = (pick: (r: PairResult) => number) => ({ median: median(results.map(pick)), max: Math.max(...results.map(pick)) });
  const ours = summary((r) => r.planRouteMs);
  const core = summary((r) => r.findPathMs);
  const theirs = summary((r) => r.ngraphMs);
  const ratios = results.map((r) => r.ngraphMs / r.planRouteMs);
  const pass = ours.max <= GOAL_MS;

  console.log(`Routing on a generated venue: ${generated.nodes} nodes on 5 floors, ${generated.edges} edges (${generated.stairs} stair flights, ${generated.elevators} lift runs, ${generated.oneWay} one-way)`);
  console.log(`generated in ${fmt(generateMs, 0)} ms; routing graph built in ${fmt(buildMs, 0)} ms (once per venue); ngraph graph built in ${fmt(ngraphBuildMs, 0)} ms`);
  console.log(`${PAIRS} seeded random node pairs (after ${WARMUP} warm-up routes; ${unreachable} unreachable pairs redrawn), same heuristic and edge costs for both\n`);
  console.log(
    table(
      ['', 'median ms', 'max ms'],
      [
        ['planRoute (node → node, full Route object)', fmt(ours.median), fmt(ours.max)],
        ['  of which the A* search (findPath)', fmt(core.median), fmt(core.max)],
        ['ngraph.path aStar (oriented)', fmt(theirs.median), fmt(theirs.max)],
        ['ngraph.path / planRoute', `${fmt(theirs.median / ours.median)}×`, ''],
      ],
      new Set([1, 2]),
    ),
  );
  console.log(`\nper-route ratio ngraph / ours: median ${fmt(median(ratios))}×, min ${fmt(Math.min(...ratios))}×, max ${fmt(Math.max(...ratios))}×`);
  console.log(`route lengths: median ${fmt(median(results.map((r) => r.length)), 1)} m; nodes expanded: median ${median(results.map((r) => r.expanded))}, max ${Math.max(...results.map((r) => r.expanded))}`);
  console.log(`equal lengths (1e-6 relative): ${results.length - errors.filter((e) => e.startsWith('lengths')).length}/${results.length}`);
  console.log(`goal: every route ≤ ${GOAL_MS} ms: ${pass ? 'PASS' : 'FAIL'} (max ${fmt(ours.max)} ms)`);

  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverageBefore: loadBefore, loadAverageAfter: loadavg(), node: process.version };
  const graphInfo = { nodes: generated.nodes, edges: generated.edges, stairs: generated.stairs, elevators: generated.elevators, oneWay: generated.oneWay, seed: SEED, generateMs, buildMs, ngraphBuildMs, skippedNodes: built.skippedNodes, skippedEdges: built.skippedEdges };
  writeFileSync(
    RESULTS_FILE,
    JSON.stringify({ schema: 1, finishedAt: new Date().toISOString(), machine, graph: graphInfo, goalMs: GOAL_MS, pass, planRoute: ours, findPath: core, ngraph: theirs, ratio: theirs.median / ours.median, routes: results, errors }, null, 2) + '\n',
  );
  console.log(`\nwrote ${relative(process.cwd(), RESULTS_FILE)}`);
  for (const e of errors) console.error(`error: ${e}`);
  return errors.length > 0 ? 1 : 0;
}

process.exit(main());
