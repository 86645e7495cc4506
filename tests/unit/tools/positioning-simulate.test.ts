import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Venue } from '../../../src/core/venue/index.ts';
import { readTrace } from '../../../src/core/positioning/trace/read-trace.ts';
import { createBeaconResolver } from '../../../src/core/positioning/ble/resolve.ts';
import { parseSimulateArgs } from '../../../tools/positioning-simulate.ts';
import { walkableAreaOf } from '../../../src/core/geometry/walkable.ts';
import { fixturePath, ROOT } from '../../helpers/fixtures.ts';
import { runTool } from '../../helpers/run-tool.ts';

const demoDir = join(ROOT, 'scenes', 'demo-museum');
const demo = JSON.parse(readFileSync(join(demoDir, 'scene.json'), 'utf8')) as Venue;
const demoWalk = join(demoDir, 'traces', 'demo-walk.jsonl');

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('npm run positioning:simulate', () => {
  it('writes a trace to stdout, meta line first, that reads back without a dropped line', () => {
    const run = runTool('positioning-simulate.ts', [demoDir, '--seed', '3', '--duration', '20']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toEqual({ type: 'meta', version: 1, venue: 'demo-museum', source: 'simulated (seed 3)', license: 'MIT', note: expect.stringMatching(/simulated visit of 20\.0 s/) });
    const read = readTrace(run.stdout, createBeaconResolver(demo));
    expect(read.report.dropped).toBe(0);
    expect(read.report.truths).toBe(41);
    expect(read.report.sightings).toBeGreaterThan(500);
    expect(run.stderr).toMatch(/seed 3: 20\.0 s, \d+ sightings/);
  });

  it('comes out byte-identical for the same seed, and differs for another', () => {
    const a = runTool('positioning-simulate.ts', [demoDir, '--seed', '8', '--duration', '10']);
    const b = runTool('positioning-simulate.ts', [demoDir, '--seed', '8', '--duration', '10']);
    const c = runTool('positioning-simulate.ts', [demoDir, '--seed', '9', '--duration', '10']);
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(a.stdout === b.stdout).toBe(true);
    expect(a.stdout === c.stdout).toBe(false);
  });

  it('made the committed demo walk: the command in the tool’s header reproduces it byte for byte', () => {
    const header = readFileSync(join(ROOT, 'tools', 'positioning-simulate.ts'), 'utf8');
    const command = /npm run positioning:simulate -- (scenes\/demo-museum .*--out scenes\/demo-museum\/traces\/demo-walk\.jsonl)/.exec(header)![1]!;
    const args = command.split(/\s+/);
    const out = join(mkdtempSync(join(tmpdir(), 'simulate-')), 'demo-walk.jsonl');
    temps.push(join(out, '..'));
    args[args.indexOf('--out') + 1] = out;
    const run = runTool('positioning-simulate.ts', args);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out, 'utf8') === readFileSync(demoWalk, 'utf8'), 'scenes/demo-museum/traces/demo-walk.jsonl is stale: regenerate it with the command in tools/positioning-simulate.ts').toBe(true);
  });

  it('exits 2 on bad arguments and 1 on a venue it cannot read', () => {
    const missingDir = runTool('positioning-simulate.ts', ['--seed', '1']);
    expect(missingDir.code).toBe(2);
    expect(missingDir.stderr).toMatch(/name one venue folder\nusage: npm run positioning:simulate/);
    const noVenue = runTool('positioning-simulate.ts', ['/nonexistent/venue']);
    expect(noVenue.code).toBe(1);
    expect(noVenue.stderr).toMatch(/cannot read the venue \/nonexistent\/venue/);
    expect(parseSimulateArgs([demoDir, '--seed', 'abc'])).toMatch(/--seed needs a whole number/);
    expect(parseSimulateArgs([demoDir, '--seed', '99999999999'])).toMatch(/--seed needs a whole number/);
    expect(parseSimulateArgs([demoDir, '--duration', '-4'])).toMatch(/--duration needs seconds/);
    expect(parseSimulateArgs([demoDir, '--duration', 'NaN'])).toMatch(/--duration needs seconds/);
    expect(parseSimulateArgs([demoDir, '--duration'])).toMatch(/--duration needs seconds/);
    expect(parseSimulateArgs([demoDir, '--stops', ' , '])).toMatch(/--stops needs/);
    expect(parseSimulateArgs([demoDir, 'other'])).toMatch(/not 2/);
    expect(parseSimulateArgs([demoDir, '--frobnicate'])).toMatch(/unknown option --frobnicate/);
    expect(parseSimulateArgs([demoDir, '--seed', '7', '--stops', 'h-a,h-b', '--raw'])).toEqual({ dir: demoDir, seed: 7, durationS: 150, stops: ['h-a', 'h-b'], raw: true });
  });

  it('reports what it cannot do, e.g. stops the venue does not have', () => {
    const run = runTool('positioning-simulate.ts', [fixturePath('venues', 'tiny-gallery'), '--stops', 'h-portrait,h-nowhere', '--duration', '60']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/stop "h-nowhere" is neither a nav node nor a hotspot; skipped/);
    expect(run.stdout.split('\n').length).toBeGreaterThan(10);
  });
});

describe('the demo walk', () => {
  it('is a 2–3 minute walk through several rooms of both floors, small enough to fetch', () => {
    expect(statSync(demoWalk).size).toBeLessThan(1_500_000);
    const read = readTrace(readFileSync(demoWalk, 'utf8'), createBeaconResolver(demo));
    expect(read.report.dropped).toBe(0);
    expect(read.meta).toEqual(expect.objectContaining({ venue: 'demo-museum', source: expect.stringMatching(/^simulated \(seed \d+\)$/) }));
    const truth = read.events.flatMap((e) => (e.kind === 'truth' ? [e.truth] : []));
    const span = truth.at(-1)!.t - truth[0]!.t;
    expect(span).toBeGreaterThanOrEqual(120_000);
    expect(span).toBeLessThanOrEqual(180_000);
    expect(new Set(truth.map((p) => p.floor))).toEqual(new Set(['eg', 'og']));
    const roomsVisited = new Set(truth.map((p) => walkableAreaOf(demo, p.floor).roomAt([p.position[0], p.position[2]])?.id));
    expect(roomsVisited.has(undefined)).toBe(false);
    expect(roomsVisited.size).toBeGreaterThanOrEqual(5);
  });
});
