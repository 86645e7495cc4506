import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containsPoint } from '../../../src/core/geometry/polygon.ts';
import type { Route } from '../../../src/core/routing/index.ts';
import type { Venue } from '../../../src/core/venue/index.ts';
import { parsePlanPoint, parseRouteArgs, resolveFrom, resolveTo, routePath, type RouteOutput } from '../../../tools/route.ts';
import { fixturePath, ROOT } from '../../helpers/fixtures.ts';
import { runTool } from '../../helpers/run-tool.ts';

const DEMO = join(ROOT, 'scenes', 'demo-museum');
const demo = JSON.parse(readFileSync(join(DEMO, 'scene.json'), 'utf8')) as Venue;
const nodeAt = (id: string) => demo.navGraph!.nodes.find((n) => n.id === id)!.position;

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the CLI and, when it succeeds, parses its one JSON object. */
function route(...args: string[]): { code: number | null; stderr: string; out: RouteOutput | null } {
  const run = runTool('route.ts', args);
  return { code: run.code, stderr: run.stderr, out: run.code === 0 ? (JSON.parse(run.stdout) as RouteOutput) : null };
}

describe('npm run route in the demo museum', () => {
  it('leads from the foyer up to the cabinet by the stairs, or by the elevator when asked for step-free', () => {
    const stairs = route(DEMO, '--from', 'n-entrance', '--to', 'h-portrait-rejected', '--lang', 'en');
    const stepFree = route(DEMO, '--from', 'n-entrance', '--to', 'h-portrait-rejected', '--step-free', '--lang', 'en');
    for (const { code, stderr, out } of [stairs, stepFree]) {
      expect(code, stderr).toBe(0);
      expect(out!.floors).toEqual(['eg', 'og']);
      expect(out!.path[0]).toEqual([...nodeAt('n-entrance')]);
      expect(out!.path.at(-1)![1]).toBe(4.5);
      expect(out!.steps.at(-1)).toMatchObject({ kind: 'arrive', floor: 'og', distance: 0 });
      expect(out!.steps.at(-1)!.text).toMatch(/^You have arrived at “Anonymous Artist: Portrait of Vincent van Gogh”/);
      // The length is the walk along the path, plus what stairs and elevator count beyond their straight line.
      const polyline = out!.path.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0]! - out!.path[i]![0]!, p[1]! - out!.path[i]![1]!, p[2]! - out!.path[i]![2]!), 0);
      expect(out!.length).toBeGreaterThanOrEqual(polyline - 0.05);
      expect(out!.length).toBe(Math.round(out!.length * 100) / 100);
    }
    const kinds = (o: RouteOutput) => o.steps.filter((s) => s.kind === 'floor-change').map((s) => s.text);
    expect(kinds(stairs.out!)).toEqual(['Take the stairs up to the first floor.']);
    expect(kinds(stepFree.out!)).toEqual(['Take the elevator to the first floor.']);
    expect(stepFree.out!.length).toBeGreaterThan(stairs.out!.length);
  });

  it('finds the nearest toilet from a point in a gallery, in German by default', () => {
    const nearest = route(DEMO, '--from', '30,6@eg', '--to', 'toilet');
    expect(nearest.code, nearest.stderr).toBe(0);
    const end = nearest.out!.path.at(-1)!;
    const toilets = demo.rooms.filter((r) => r.kind === 'toilet' && r.floor === 'eg');
    expect(toilets.some((r) => containsPoint(r.outline, [end[0]!, end[2]!]))).toBe(true);
    expect(nearest.out!.path[0]).toEqual([30, 0, 6]);
    expect(nearest.out!.floors).toEqual(['eg']);
    expect(nearest.out!.steps.at(-1)!.text).toBe('Sie haben Toiletten (Erdgeschoss) erreicht.');
    const upstairs = route(DEMO, '--from', '30,6@eg', '--to', 'r-toilets-og');
    expect(upstairs.code).toBe(0);
    expect(upstairs.out!.length).toBeGreaterThan(nearest.out!.length);
  });

  it('prints path points without consecutive repeats, rounded to the centimetre', () => {
    const { out } = route(DEMO, '--from', 'h-self-portrait', '--to', 'r-cafe', '--lang', 'en');
    expect(out!.steps.at(-1)!.text).toBe('You have arrived at Café.');
    out!.path.forEach((p, i) => {
      expect(p).toHaveLength(3);
      for (const v of p) expect(Math.round(v * 100) / 100).toBe(v);
      if (i > 0) expect(p).not.toEqual(out!.path[i - 1]);
    });
  });
});

describe('npm run route with bad input', () => {
  it('exits 1 with the reason in words when there is no route', () => {
    const tiny = fixturePath('venues', 'tiny-gallery');
    const stairsOnly = route(tiny, '--from', 'n-entrance', '--to', 'h-portrait', '--step-free');
    expect(stairsOnly.code).toBe(1);
    expect(stairsOnly.stderr).toContain('only reachable by stairs or escalators');
    const noFacility = route(tiny, '--from', 'n-entrance', '--to', 'cafe');
    expect(noFacility.code).toBe(1);
    expect(noFacility.stderr).toContain('the venue has no facility of that kind');
  });

  it('exits 1 for a starting point off the walking graph or not in the venue at all', () => {
    const outside = route(DEMO, '--from', '-50,-50@eg', '--to', 'toilet');
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain('cannot reach the walking graph');
    const unknown = route(DEMO, '--from', 'n-nowhere', '--to', 'h-nothing');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('the starting point is not in this venue');
  });

  it('exits 1 when the venue folder is missing or its scene.json is broken', () => {
    const missing = route('/no/such/venue', '--from', 'a', '--to', 'b');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot open the venue in /no/such/venue (no scene.json there)');
    const dir = join(mkdtempSync(join(tmpdir(), 'route-')), 'tiny-gallery');
    temps.push(dir);
    cpSync(fixturePath('venues', 'tiny-gallery'), dir, { recursive: true });
    writeFileSync(join(dir, 'scene.json'), readFileSync(join(dir, 'scene.json'), 'utf8').replace('"room": "r-gallery"', '"room": "r-x"'));
    const invalid = route(dir, '--from', 'n-entrance', '--to', 'n-gallery');
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('unknown room "r-x"');
  });

  it('exits 2 for usage errors, naming the problem', () => {
    const usage = (...args: string[]) => runTool('route.ts', args);
    const cases: [string[], string][] = [
      [[DEMO, '--to', 'toilet'], 'missing --from'],
      [[DEMO, '--from', 'n-entrance'], 'missing --to'],
      [[DEMO, '--from', '3,4', '--to', 'toilet'], 'is not a position'],
      [[DEMO, '--from', 'n-entrance', '--to', 'toilet', '--lang', 'fr'], 'unknown --lang "fr"'],
    ];
    for (const [args, message] of cases) {
      const run = usage(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('usage: npm run route');
      expect(run.stdout).toBe('');
    }
  });
});

describe('reading the command line', () => {
  it('accepts options in any order, with = or a separate value', () => {
    expect(parseRouteArgs(['--to=toilet', 'scenes/x', '--step-free', '--from', '-3.5,4@eg', '--lang', 'en'])).toEqual({
      ok: true,
      args: { venueDir: 'scenes/x', from: '-3.5,4@eg', to: 'toilet', stepFree: true, lang: 'en' },
    });
    expect(parseRouteArgs(['--help'])).toEqual({ ok: true, help: true });
  });

  it('refuses what it cannot use', () => {
    const message = (argv: string[]) => {
      const parsed = parseRouteArgs(argv);
      return parsed.ok ? 'ok' : parsed.message;
    };
    expect(message(['--from', 'a', '--to', 'b'])).toBe('missing the venue folder');
    expect(message(['x', 'y', '--from', 'a', '--to', 'b'])).toBe('one venue folder only (got x, y)');
    expect(message(['x', '--from', 'a', '--to', 'b', '--fast'])).toBe('unknown option --fast');
    expect(message(['x', '--from', 'a', '--from', 'c', '--to', 'b'])).toBe('--from given twice');
    expect(message(['x', '--from'])).toBe('--from needs a value');
    expect(message(['x', '--from', '1,2@', '--to', 'b'])).toContain('is not a position');
  });

  it('reads x,z@floor positions and nothing else', () => {
    expect(parsePlanPoint('12.5,-4@eg')).toEqual({ position: [12.5, -4], floor: 'eg' });
    expect(parsePlanPoint(' 1e1 , .5 @ og ')).toEqual({ position: [10, 0.5], floor: 'og' });
    for (const bad of ['1,2', '1@eg', 'a,b@eg', '1,2,3@eg', '1,2@', 'Infinity,2@eg', '1e999,2@eg']) expect(parsePlanPoint(bad), bad).toBeNull();
  });

  it('resolves --from as node, then hotspot, then position, and --to as hotspot, room, facility, then node', () => {
    expect(resolveFrom(demo, 'n-entrance')).toEqual({ kind: 'node', id: 'n-entrance' });
    expect(resolveFrom(demo, 'h-self-portrait')).toEqual({ kind: 'hotspot', id: 'h-self-portrait' });
    expect(resolveFrom(demo, '1,2@og')).toEqual({ kind: 'point', position: [1, 2], floor: 'og' });
    expect(resolveFrom(demo, 'r-cafe')).toBeNull();
    expect(resolveTo(demo, 'h-olive-orchard')).toEqual({ kind: 'hotspot', id: 'h-olive-orchard' });
    expect(resolveTo(demo, 'r-cafe')).toEqual({ kind: 'room', id: 'r-cafe' });
    expect(resolveTo(demo, 'cafe')).toEqual({ kind: 'facility', facility: 'cafe' });
    expect(resolveTo(demo, 'n-shop-5')).toEqual({ kind: 'node', id: 'n-shop-5' });
    expect(resolveTo(demo, 'sauna')).toBeNull();
  });

  it('draws the path from segment starts and the last end, dropping repeats', () => {
    const at = (x: number, z: number) => [x, 0, z] as const;
    const seg = (from: readonly [number, number, number], to: readonly [number, number, number]) => ({ kind: 'walk' as const, from, to, fromFloor: 'eg', toFloor: 'eg', fromNode: null, toNode: null, length: 1, room: null });
    const r = { segments: [seg(at(0, 0), at(1.004, 0)), seg(at(1.004, 0), at(1.001, 0)), seg(at(1.001, 0), at(2, 0.333))], destination: { position: at(2, 0.333) } } as unknown as Route;
    expect(routePath(r)).toEqual([[0, 0, 0], [1, 0, 0], [2, 0, 0.33]]);
    expect(routePath({ ...r, segments: [] })).toEqual([[2, 0, 0.33]]);
  });
});
