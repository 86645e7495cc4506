import type { Hotspot, Venue } from '../../venue/schema.ts';
import type { PlanPoint, Point3 } from '../../geometry/types.ts';
import type { ResolvedSimulateOptions } from './options.ts';
import type { Random } from '../random.ts';
import { between, stream } from './random.ts';
import type { Segment, SegmentMode } from './timeline.ts';
import { NodeGrid } from './node-grid.ts';
import { buildWalkGraph, linkBetween, pathTo, shortestPaths, type WalkGraph } from './walk-graph.ts';

/**
 * Plans a simulated visit: where the visitor starts, which exhibits they walk to
 * (along shortest paths of the walking graph, so floors change only on stairs and
 * in lifts), how fast, and how long they stand at each. The result is a timeline
 * the radio and motion simulation then sample.
 */

/** A place the visitor stopped at. */
export interface WalkStop {
  /** The nav node stood on. */
  readonly node: string;
  /** The exhibit looked at, when the stop is one. */
  readonly hotspot?: string;
  readonly floor: string;
  /** When the visitor arrived and left, whole ms. */
  readonly arriveMs: number;
  readonly leaveMs: number;
}

/** The planned walk. */
export interface WalkPlan {
  /** Contiguous segments from 0 to `endMs`; empty when the venue has no walking graph. */
  readonly segments: readonly Segment[];
  readonly stops: readonly WalkStop[];
  /** When the walk ends, whole ms (at most the requested duration). */
  readonly endMs: number;
  /** What could not be done as asked, in words (unknown or unreachable stops, no walking graph). */
  readonly problems: readonly string[];
}

interface Target {
  readonly node: number;
  readonly hotspot?: Hotspot;
}

/** How strongly the random visitor prefers near exhibits: weight e^(−distance / this), metres. */
const NEARNESS_M = 25;

/** Where to look up standing places: nodes by position, and rooms' floors. */
interface NodeIndex {
  readonly grid: NodeGrid;
  readonly floorOfRoom: ReadonlyMap<string, string>;
  /** Rooms that have at least one node on their own floor. */
  readonly roomsWithNodes: ReadonlySet<string>;
}

function indexNodes(graph: WalkGraph, venue: Venue): NodeIndex {
  const floorOfRoom = new Map(venue.rooms.map((r) => [r.id, r.floor]));
  const roomsWithNodes = new Set<string>();
  for (const n of graph.nodes) if (n.room !== undefined && floorOfRoom.get(n.room) === n.floor) roomsWithNodes.add(n.room);
  return { grid: new NodeGrid(graph), floorOfRoom, roomsWithNodes };
}

/** The nav node a visitor stands on to look at a hotspot: the nearest one in its room, else on its floor. */
function standingNode(graph: WalkGraph, index: NodeIndex, hotspot: Hotspot): number | undefined {
  const floor = index.floorOfRoom.get(hotspot.room);
  if (floor === undefined) return undefined;
  const at: PlanPoint = [hotspot.position[0], hotspot.position[2]];
  // A node in another room is only a fallback: looking through a wall is no visit.
  if (index.roomsWithNodes.has(hotspot.room)) return index.grid.nearest(floor, at, (i) => graph.nodes[i]!.room === hotspot.room);
  return index.grid.nearest(floor, at);
}

/** Resolves a stop named by a nav node id or a hotspot id. */
function targetNamed(graph: WalkGraph, index: NodeIndex, venue: Venue, id: string): Target | undefined {
  const node = graph.indexOf.get(id);
  if (node !== undefined) return { node };
  const hotspot = venue.hotspots?.find((h) => h.id === id);
  if (!hotspot) return undefined;
  const standing = standingNode(graph, index, hotspot);
  return standing === undefined ? undefined : { node: standing, hotspot };
}

function pickWeighted(random: Random, candidates: readonly { target: Target; weight: number }[]): Target | undefined {
  const total = candidates.reduce((sum, c) => sum + c.weight, 0);
  if (!(total > 0)) return candidates[0]?.target;
  let r = random.next() * total;
  for (const c of candidates) {
    r -= c.weight;
    if (r < 0) return c.target;
  }
  return candidates.at(-1)?.target;
}

/** Plans the walk for `venue` with resolved options. Never throws; problems are reported in the plan. */
export function planWalk(venue: Venue, options: ResolvedSimulateOptions): WalkPlan {
  const problems: string[] = [];
  const graph = buildWalkGraph(venue);
  if (graph.nodes.length === 0) return { segments: [], stops: [], endMs: 0, problems: ['the venue has no walking graph (navGraph): nowhere to walk'] };
  const random = stream(options.seed, 'route');
  const index = indexNodes(graph, venue);
  const duration = options.durationMs;

  // Where to start: as asked, else the entrance, else anywhere.
  let start: Target | undefined;
  if (options.start !== undefined) {
    start = targetNamed(graph, index, venue, options.start);
    if (!start) problems.push(`start ${JSON.stringify(options.start)} is neither a nav node nor a hotspot; starting elsewhere`);
  }
  if (!start) {
    const entrances = new Set(venue.rooms.filter((r) => r.kind === 'entrance').map((r) => r.id));
    const entrance = graph.nodes.findIndex((n) => n.room !== undefined && entrances.has(n.room));
    start = { node: entrance >= 0 ? entrance : Math.floor(random.next() * graph.nodes.length) };
  }

  const exhibits: Target[] = [];
  for (const h of venue.hotspots ?? []) {
    const node = standingNode(graph, index, h);
    if (node !== undefined) exhibits.push({ node, hotspot: h });
  }
  // Without exhibits the visitor wanders between random nodes.
  const candidates: Target[] = exhibits.length > 0 ? exhibits : graph.nodes.map((_, node) => ({ node }));
  const queue = options.stops ? [...options.stops] : undefined;
  const visited = new Set<Target>();

  const segments: Segment[] = [];
  const stops: WalkStop[] = [];
  let t = 0;
  let heading = 0;
  let current = start.node;
  const phoneAt = (node: number): Point3 => {
    const p = graph.nodes[node]!.position;
    return [p[0], p[1] + options.phoneHeight, p[2]];
  };
  const floorOf = (node: number): string => graph.nodes[node]!.floor;
  const add = (mode: SegmentMode, from: number, to: number, ms: number): void => {
    const a = phoneAt(from);
    const b = phoneAt(to);
    if (mode !== 'pause' && Math.hypot(b[0] - a[0], b[2] - a[2]) > 1e-6) heading = Math.atan2(b[2] - a[2], b[0] - a[0]);
    segments.push({ t0: t, t1: t + ms, from: a, to: b, fromFloor: floorOf(from), toFloor: floorOf(to), mode, heading });
    t += ms;
  };
  const pause = (ms: number, lookAt?: Hotspot): void => {
    if (lookAt) {
      const p = graph.nodes[current]!.position;
      const dx = lookAt.position[0] - p[0];
      const dz = lookAt.position[2] - p[2];
      if (Math.hypot(dx, dz) > 0.1) heading = Math.atan2(dz, dx);
    }
    add('pause', current, current, ms);
  };

  // The visitor stands a moment at the start, as someone does who has just opened the app.
  pause(between(random, 1000, 3000));
  while (t < duration) {
    let target: Target | undefined;
    const paths = shortestPaths(graph, current);
    if (queue) {
      const id = queue.shift();
      if (id === undefined) break;
      target = targetNamed(graph, index, venue, id);
      if (!target) {
        problems.push(`stop ${JSON.stringify(id)} is neither a nav node nor a hotspot; skipped`);
        continue;
      }
      if (!Number.isFinite(paths.distance[target.node]!)) {
        problems.push(`stop ${JSON.stringify(id)} cannot be reached on the walking graph; skipped`);
        continue;
      }
    } else {
      let open = candidates.filter((c) => c.node !== current && !visited.has(c) && Number.isFinite(paths.distance[c.node]!));
      if (open.length === 0) {
        visited.clear(); // seen everything: start a second round
        open = candidates.filter((c) => c.node !== current && Number.isFinite(paths.distance[c.node]!));
      }
      target = pickWeighted(random, open.map((c) => ({ target: c, weight: Math.exp(-paths.distance[c.node]! / NEARNESS_M) })));
      if (!target) {
        problems.push('no other stop can be reached from the start; the visitor stands still');
        break;
      }
      visited.add(target);
    }

    const speed = between(random, options.walkingSpeed[0], options.walkingSpeed[1]);
    const path = pathTo(paths, target.node) ?? [current];
    for (let i = 1; i < path.length && t < duration; i++) {
      const a = path[i - 1]!;
      const b = path[i]!;
      const link = linkBetween(graph, a, b);
      const pa = graph.nodes[a]!.position;
      const pb = graph.nodes[b]!.position;
      const planLength = Math.hypot(pb[0] - pa[0], pb[2] - pa[2]);
      const crossesFloors = floorOf(a) !== floorOf(b);
      // Lifts and escalators carry the visitor (no steps); their length is a time equivalent.
      const mode: SegmentMode = link?.kind === 'elevator' || link?.kind === 'escalator' ? 'elevator' : crossesFloors ? 'stairs' : 'walk';
      const length = mode === 'walk' ? planLength : (link?.length ?? planLength);
      const ms = (length / speed) * 1000;
      if (ms > 0) add(mode, a, b, ms);
      current = b;
    }
    if (current !== target.node || t >= duration) break; // time ran out on the way
    const arriveMs = t;
    pause(between(random, options.pauseS[0], options.pauseS[1]) * 1000, target.hotspot);
    stops.push({ node: graph.nodes[current]!.id, ...(target.hotspot && { hotspot: target.hotspot.id }), floor: floorOf(current), arriveMs: Math.round(arriveMs), leaveMs: Math.round(Math.min(t, duration)) });
  }
  // A random visit lasts exactly the requested time; one with a list of stops may end sooner.
  if (!queue && t < duration) pause(duration - t);
  const endMs = Math.round(Math.min(t, duration));
  return { segments, stops, endMs, problems };
}
