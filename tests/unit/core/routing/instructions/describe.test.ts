import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeRoute, instructionLanguage, type RouteStep } from '../../../../../src/core/routing/instructions/index.ts';
import { planRoute } from '../../../../../src/core/routing/index.ts';
import type { Route, RouteSegment } from '../../../../../src/core/routing/types.ts';
import type { Venue } from '../../../../../src/core/venue/index.ts';
import { fixturePath, demoMuseum } from '../../../../helpers/fixtures.ts';

/** The golden museum (see tests/fixtures/routing-instructions/README.md). */
const golden = JSON.parse(readFileSync(fixturePath('routing-instructions', 'venue.json'), 'utf8')) as Venue;
const demo = demoMuseum();

type Stop = readonly [x: number, z: number, room: string];

/** A ground-floor route through `stops` to the hotspot `to` (or a node when null). */
function walkTo(stops: readonly Stop[], to: string | null, origin: Route['origin'] = { kind: 'node', id: 'n0' }): Route {
  const segments: RouteSegment[] = [];
  for (let i = 0; i + 1 < stops.length; i++) {
    const [x0, z0, room] = stops[i]!;
    const [x1, z1] = stops[i + 1]!;
    segments.push({ kind: 'walk', from: [x0, 0, z0], to: [x1, 0, z1], fromFloor: 'eg', toFloor: 'eg', fromNode: `n${i}`, toNode: `n${i + 1}`, length: Math.hypot(x1 - x0, z1 - z0), room });
  }
  const [x, z, room] = stops[stops.length - 1]!;
  return {
    origin,
    destination: { target: to ? { kind: 'hotspot', id: to } : { kind: 'node', id: 'end' }, position: [x, 0, z], floor: 'eg', room, hotspot: to },
    segments,
    length: segments.reduce((sum, s) => sum + s.length, 0),
    floors: ['eg'],
    stepFree: false,
  };
}

const texts = (steps: RouteStep[]) => steps.map((s) => s.text);

describe('turn-by-turn instructions', () => {
  it('tell a visitor walking the corridor which exhibits they pass, one per step, the nearest, never twice', () => {
    // East along the corridor (z 3) past the display case (2 m away) and the map (2.8 m), then back west (z 2.4) past both again.
    const route = walkTo([[12, 3, 'r-corridor'], [36, 3, 'r-corridor'], [36, 2.4, 'r-corridor'], [14, 2.4, 'r-corridor']], null);
    const steps = describeRoute(route, golden, 'en');
    expect(steps.map((s) => s.kind)).toEqual(['start', 'u-turn', 'arrive']);
    expect(steps[0]!.text).toBe('Walk 25 m through Corridor, past “Display case with a city model”.');
    expect(steps[1]!.text).toBe('Turn around, then go straight ahead for 25 m through Corridor, past “Historic city map”.');
  });

  it('do not name the destination or the starting exhibit as something passed on the way', () => {
    const route = walkTo([[20, 2.5, 'r-corridor'], [30, 2.5, 'r-corridor'], [38.6, 3, 'r-corridor']], 'h-poster', { kind: 'hotspot', id: 'h-vitrine' });
    const [walk] = describeRoute(route, golden, 'de');
    expect(walk!.text).toContain('vorbei an „Historischer Stadtplan“');
    expect(walk!.text).not.toContain('Vitrine');
    expect(walk!.text).not.toContain('Eröffnungsplakat');
  });

  it('say on which side the exhibit is at the end of the walk', () => {
    const east = (endX: number) => walkTo([[26, 9, 'r-hall-3'], [endX, 9, 'r-hall-3']], 'h-bust');
    expect(describeRoute(east(32), golden, 'en').at(-1)!.text).toBe('You have arrived at “Bust of a woman”, on your left.');
    // Walking north (z falling) towards the bust on the north wall; then walking south, away from it.
    const towards = walkTo([[33, 12, 'r-hall-3'], [33, 6, 'r-hall-3']], 'h-bust');
    expect(describeRoute(towards, golden, 'en').at(-1)!.text).toBe('You have arrived at “Bust of a woman”, ahead of you.');
    const away = walkTo([[33, 5, 'r-hall-3'], [33, 11, 'r-hall-3']], 'h-bust');
    expect(describeRoute(away, golden, 'de').at(-1)!.text).toBe('Sie haben „Büste einer Frau“ erreicht, hinter Ihnen.');
  });

  it('fall back to the venue default language for other visitors, and to it for names a language lacks', () => {
    expect(instructionLanguage('de-AT', 'en')).toBe('de');
    expect(instructionLanguage('fr', 'de')).toBe('de');
    expect(instructionLanguage('fr', 'it')).toBe('en');
    const route = walkTo([[12, 9, 'r-gallery-2'], [20, 9, 'r-gallery-2']], null);
    expect(describeRoute(route, golden, 'fr')[0]!.text).toBe('Gehen Sie 8 m durch Galerie 2.');
    const germanOnly = { ...golden, rooms: golden.rooms.map((r) => (r.id === 'r-gallery-2' ? { ...r, name: { de: 'Galerie 2' } } : r)) };
    expect(describeRoute(route, germanOnly, 'en')[0]!.text).toBe('Walk 8 m through Galerie 2.');
  });

  it('name floors by their level when the venue leaves them unnamed', () => {
    const unnamed = { ...golden, floors: golden.floors.map((f) => ({ ...f, name: {} })) };
    const route = walkTo([[30, 2, 'r-corridor'], [41.5, 2, 'r-stairs-eg']], null);
    const up: Route = {
      ...route,
      segments: [...route.segments, { kind: 'stairs', from: [41.5, 0, 2], to: [43, 4.5, 2], fromFloor: 'eg', toFloor: 'og', fromNode: 'a', toNode: 'b', length: 9, room: 'r-stairs-eg' }],
    };
    expect(texts(describeRoute(up, unnamed, 'en'))).toContain('Take the stairs up to the 1st floor.');
    expect(texts(describeRoute(up, unnamed, 'de'))).toContain('Nehmen Sie die Treppe nach oben ins 1. Obergeschoss.');
  });

  it('announce arrival at once for a route that has no segments', () => {
    const here = walkTo([[20, 9, 'r-gallery-2']], null);
    expect(describeRoute(here, golden, 'de')).toEqual([
      { kind: 'arrive', text: 'Sie haben Ihr Ziel erreicht.', distance: 0, floor: 'eg', position: [20, 0, 9], segments: [0, -1] },
    ]);
  });

  it('never throw or say NaN for a broken route or one that does not fit the venue', () => {
    const route = walkTo([[0, 0, 'nowhere'], [5, 0, 'nowhere'], [5, 9, 'r-unknown']], 'h-missing');
    const broken: Route = {
      ...route,
      destination: { ...route.destination, position: [Number.NaN, 0, 0], floor: 'floor-x' },
      segments: [
        ...route.segments.map((s, i) => (i === 1 ? { ...s, to: [Number.NaN, Number.NaN, Number.NaN] as const, length: -1 } : s)),
        { kind: 'elevator', from: [5, 0, 9], to: [5, 30, 9], fromFloor: 'eg', toFloor: 'floor-x', fromNode: null, toNode: null, length: Number.NaN, room: null },
      ],
    };
    for (const lang of ['de', 'en']) {
      const steps = describeRoute(broken, golden, lang);
      expect(steps.at(-1)!.kind).toBe('arrive');
      for (const step of steps) {
        expect(step.position.every(Number.isFinite)).toBe(true);
        expect(Number.isFinite(step.distance)).toBe(true);
        expect(step.text).not.toMatch(/NaN|undefined|null/);
      }
      expect(texts(steps).join(' ')).toMatch(lang === 'de' ? /Aufzug zur Ebene „floor-x“/ : /elevator to floor-x/);
    }
  });
});

describe('instructions for routes the router plans in the demo museum', () => {
  const plan = (stepFree: boolean) => {
    const result = planRoute(demo, { kind: 'node', id: 'n-entrance' }, { kind: 'hotspot', id: 'h-portrait-rejected' }, { stepFree });
    if (!result.ok) throw new Error(result.message);
    return result.route;
  };

  it('take the stairs, or the elevator when step-free, to the cabinet upstairs', () => {
    const byStairs = texts(describeRoute(plan(false), demo, 'en'));
    const stepFree = texts(describeRoute(plan(true), demo, 'en'));
    expect(byStairs).toContain('Take the stairs up to the first floor.');
    expect(stepFree).toContain('Take the elevator to the first floor.');
    expect(stepFree.join(' ')).not.toContain('stairs');
    expect(byStairs.at(-1)).toMatch(/^You have arrived at “Anonymous Artist: Portrait of Vincent van Gogh”/);
    expect(texts(describeRoute(plan(true), demo, 'de'))).toContain('Nehmen Sie den Aufzug ins 1. Obergeschoss.');
  });

  it('cover every segment once, in order, with steps that start where their segments start', () => {
    for (const stepFree of [false, true]) {
      const route = plan(stepFree);
      const steps = describeRoute(route, demo, 'de');
      const moving = steps.filter((s) => s.kind !== 'arrive');
      moving.forEach((step, k) => {
        expect(step.segments[0]).toBe(k === 0 ? 0 : moving[k - 1]!.segments[1] + 1);
        expect(step.position).toEqual(route.segments[step.segments[0]]!.from);
        expect(step.floor).toBe(route.segments[step.segments[0]]!.fromFloor);
      });
      expect(moving.at(-1)!.segments[1]).toBe(route.segments.length - 1);
      const walked = moving.reduce((sum, s) => sum + s.distance, 0);
      const length = route.segments.filter((s) => s.fromFloor === s.toFloor).reduce((sum, s) => sum + s.length, 0);
      expect(Math.abs(walked - length)).toBeLessThan(0.25 * length);
    }
  });
});
