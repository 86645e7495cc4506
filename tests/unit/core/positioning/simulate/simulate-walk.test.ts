import { describe, expect, it } from 'vitest';
import type { Venue } from '../../../../../src/core/venue/index.ts';
import { simulateVisit, simulateWalk, walkerStateAt, type SimulatedVisit } from '../../../../../src/core/positioning/simulate/index.ts';
import { writeTraceLine } from '../../../../../src/core/positioning/trace/write-trace.ts';
import { beaconMap } from '../../../../../src/core/positioning/radio/beacon-map.ts';
import { expectedRssi } from '../../../../../src/core/positioning/radio/path-loss.ts';
import { walkableAreaOf } from '../../../../../src/core/geometry/walkable.ts';
import type { TraceEvent } from '../../../../../src/core/positioning/trace/events.ts';
import { demoMuseum } from '../../../../helpers/fixtures.ts';

const venue = demoMuseum();
const beacons = beaconMap(venue);
const elevation = new Map(venue.floors.map((f) => [f.id, f.elevation]));

const sightings = (events: readonly TraceEvent[]) => events.flatMap((e) => (e.kind === 'sighting' ? [e.sighting] : []));
const cues = (events: readonly TraceEvent[]) => events.flatMap((e) => (e.kind === 'motion' ? [e.cue] : []));
const timeOf = (e: TraceEvent): number => (e.kind === 'sighting' ? e.sighting.t : e.kind === 'motion' ? e.cue.t : e.truth.t);

/** 3D distance from the phone (as the simulation's timeline has it) to a beacon at time t. */
function distanceAt(visit: SimulatedVisit, beaconId: string, t: number): number {
  const b = beacons.get(beaconId)!;
  const phone = walkerStateAt(visit.segments, t).position;
  return Math.hypot(b.position[0] - phone[0], (elevation.get(b.floor) ?? 0) + b.heightAboveFloor - phone[1], b.position[1] - phone[2]);
}

/** Plan distance from p to the segment ab. */
function toSegment(p: readonly [number, number], a: readonly [number, number], b: readonly [number, number]): number {
  const dx = b[0] - a[0];
  const dz = b[1] - a[1];
  const len2 = dx * dx + dz * dz;
  const f = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / len2));
  return Math.hypot(p[0] - (a[0] + f * dx), p[1] - (a[1] + f * dz));
}

const seeds = [1, 7, 11, 23];
const visits = new Map(seeds.map((seed) => [seed, simulateVisit(venue, { seed })]));

describe('a simulated visit of the demo museum', () => {
  it('comes out identical for the same seed, line for line', () => {
    const a = simulateWalk(venue, { seed: 42, durationMs: 60_000 });
    const b = simulateWalk(venue, { seed: 42, durationMs: 60_000 });
    expect(a.length).toBeGreaterThan(1000);
    expect(a.map(writeTraceLine)).toEqual(b.map(writeTraceLine));
  });

  it('differs for different seeds: another route, other readings', () => {
    const a = simulateVisit(venue, { seed: 1 });
    const b = simulateVisit(venue, { seed: 2 });
    expect(a.stops.map((s) => s.hotspot)).not.toEqual(b.stops.map((s) => s.hotspot));
    expect(sightings(a.events).slice(0, 50)).not.toEqual(sightings(b.events).slice(0, 50));
  });

  it('is in time order, lasts the requested time and samples the truth every 500 ms', () => {
    for (const visit of visits.values()) {
      const times = visit.events.map(timeOf);
      for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThanOrEqual(times[i - 1]!);
      expect(visit.durationMs).toBe(150_000);
      expect(visit.truth).toHaveLength(301);
      expect(visit.truth.every((p, i) => p.t === i * 500)).toBe(true);
      expect(visit.events.filter((e) => e.kind === 'truth')).toHaveLength(visit.truth.length);
    }
  });

  it('keeps the visitor in walkable space and walks through doors, never through walls', () => {
    for (const visit of visits.values()) {
      visit.truth.forEach((p, i) => {
        const area = walkableAreaOf(venue, p.floor);
        const here = [p.position[0], p.position[2]] as const;
        expect(area.roomAt(here), `t=${p.t} ${p.floor} ${here.join(',')}`).toBeDefined();
        expect(area.canStand(here), `t=${p.t}`).toBe(true);
        const prev = visit.truth[i - 1];
        if (prev && prev.floor === p.floor) {
          const reached = area.reach([prev.position[0], prev.position[2]], here);
          expect(Math.hypot(reached[0] - here[0], reached[1] - here[1]), `t=${p.t}: blocked between truth points`).toBeLessThan(1e-6);
        }
      });
    }
  });

  it('changes floor only on a stairs or lift edge of the walking graph', () => {
    const nodes = new Map(venue.navGraph!.nodes.map((n) => [n.id, n]));
    const connectors = venue.navGraph!.edges
      .filter((e) => e.kind === 'stairs' || e.kind === 'elevator')
      .map((e) => [nodes.get(e.from)!.position, nodes.get(e.to)!.position] as const)
      .map(([a, b]) => [[a[0], a[2]], [b[0], b[2]]] as const);
    let changes = 0;
    for (const visit of visits.values()) {
      for (let i = 1; i < visit.truth.length; i++) {
        const a = visit.truth[i - 1]!;
        const b = visit.truth[i]!;
        const onConnector = (p: typeof a) => connectors.some(([from, to]) => toSegment([p.position[0], p.position[2]], from, to) < 0.3);
        const between = (p: typeof a) => venue.floors.every((f) => Math.abs(p.position[1] - f.elevation - 1.2) > 0.01);
        if (a.floor !== b.floor) {
          changes++;
          expect(onConnector(a) && onConnector(b), `floor change at t=${b.t}`).toBe(true);
        }
        // Between floors (on the stairs, in the lift) the visitor is on a connector too.
        if (between(b)) expect(onConnector(b), `t=${b.t} at y=${b.position[1]}`).toBe(true);
      }
    }
    expect(changes, 'these seeds visit both floors').toBeGreaterThanOrEqual(seeds.length);
  });

  it('walks at 1.1–1.3 m/s and pauses at exhibits', () => {
    for (const visit of visits.values()) {
      let fastest = 0;
      for (let i = 1; i < visit.truth.length; i++) {
        const a = visit.truth[i - 1]!.position;
        const b = visit.truth[i]!.position;
        fastest = Math.max(fastest, Math.hypot(b[0] - a[0], b[2] - a[2]) / 0.5);
      }
      expect(fastest).toBeLessThanOrEqual(1.3 + 0.01);
      expect(fastest).toBeGreaterThanOrEqual(1.1 - 0.01);
      expect(visit.stops.length).toBeGreaterThanOrEqual(2);
      for (const stop of visit.stops) {
        expect(stop.hotspot).toBeDefined();
        const still = visit.truth.filter((p) => p.t > stop.arriveMs && p.t < stop.leaveMs);
        expect(stop.leaveMs - stop.arriveMs).toBeGreaterThanOrEqual(Math.min(6000, 150_000 - stop.arriveMs) - 1);
        for (const p of still) expect(p.position).toEqual(still[0]!.position);
      }
    }
  });

  it('hears nearer beacons louder: mean RSSI falls with distance', () => {
    const bins = [0, 3, 6, 10, 15, 25];
    const sum: number[] = new Array(bins.length - 1).fill(0);
    const count: number[] = new Array(bins.length - 1).fill(0);
    for (const visit of visits.values()) {
      for (const s of sightings(visit.events)) {
        const d = distanceAt(visit, s.beaconId, s.t);
        const bin = bins.findIndex((edge, i) => d >= edge && d < (bins[i + 1] ?? Infinity));
        if (bin < 0 || bin >= sum.length) continue;
        sum[bin]! += s.rssi;
        count[bin]!++;
      }
    }
    const means = sum.map((s, i) => s / count[i]!);
    for (const c of count) expect(c).toBeGreaterThan(100);
    for (let i = 1; i < means.length; i++) expect(means[i], `bin ${bins[i]}–${bins[i + 1]} m vs the one before: ${means.map((m) => m.toFixed(1)).join(', ')}`).toBeLessThan(means[i - 1]!);
  });

  it('reports whole dBm above the sensitivity floor and loses a good share of advertisements', () => {
    const visit = visits.get(1)!;
    const heard = sightings(visit.events);
    for (const s of heard) {
      expect(Number.isInteger(s.rssi)).toBe(true);
      expect(s.rssi).toBeGreaterThanOrEqual(-100);
      expect(s.rssi).toBeLessThan(-20);
    }
    const sent = [...beacons.values()].reduce((n) => n + visit.durationMs / 300, 0); // every demo beacon advertises every 300 ms
    expect(heard.length / sent).toBeLessThan(0.75);
    expect(heard.length / sent).toBeGreaterThan(0.2);
  });

  it('shadows beacons behind the walker by 5–10 dB', () => {
    // Without noise and random losses, what remains besides path loss is the body (and the floor slab).
    const visit = simulateVisit(venue, { seed: 5, noiseSigmaDb: 0, dropout: 0, farDropout: 0 });
    const ahead: number[] = [];
    const behind: number[] = [];
    for (const s of sightings(visit.events)) {
      const b = beacons.get(s.beaconId)!;
      const state = walkerStateAt(visit.segments, s.t);
      if (state.floor !== b.floor) continue;
      const dx = b.position[0] - state.position[0];
      const dz = b.position[1] - state.position[2];
      if (Math.hypot(dx, dz) < 1) continue;
      const cos = (Math.cos(state.heading) * dx + Math.sin(state.heading) * dz) / Math.hypot(dx, dz);
      const residual = s.rssi - expectedRssi(b, distanceAt(visit, s.beaconId, s.t));
      if (cos > 0.2) ahead.push(residual);
      if (cos < -0.9) behind.push(residual);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(ahead.length).toBeGreaterThan(100);
    expect(behind.length).toBeGreaterThan(100);
    expect(Math.abs(mean(ahead))).toBeLessThan(0.6); // rounding only
    expect(mean(behind)).toBeLessThan(-9);
    expect(Math.min(...behind)).toBeGreaterThanOrEqual(-10.5);
  });

  it('hears beacons of the floor above or below through the slab, and none two floors away', () => {
    const withBasement: Venue = {
      ...venue,
      floors: [...venue.floors, { id: 'ug', name: { de: 'UG', en: 'Basement' }, elevation: -4.5, height: 4.5 }],
      beacons: [...venue.beacons!, { id: 'b-basement', floor: 'ug', position: [7, -2, 6] }],
    };
    const visit = simulateVisit(withBasement, { seed: 11, noiseSigmaDb: 0, dropout: 0, farDropout: 0 });
    const basement = sightings(visit.events).filter((s) => s.beaconId === 'b-basement');
    expect(basement.length).toBeGreaterThan(10);
    for (const s of basement) expect(walkerStateAt(visit.segments, s.t).floor).toBe('eg');
    expect(visit.truth.some((p) => p.floor === 'og')).toBe(true);
    // Through one slab: 18 dB below free-space path loss, plus at most 10 dB of body.
    for (const s of sightings(visit.events)) {
      const state = walkerStateAt(visit.segments, s.t);
      if (state.floor === beacons.get(s.beaconId)?.floor || s.beaconId === 'b-basement') continue;
      const residual = s.rssi - expectedRssi(beacons.get(s.beaconId)!, distanceAt(visit, s.beaconId, s.t));
      expect(residual).toBeLessThanOrEqual(-17.5);
      expect(residual).toBeGreaterThanOrEqual(-28.5);
    }
  });

  it('detects a step about every 0.6 s while walking, none while standing, with a noisy but right heading', () => {
    const visit = visits.get(11)!;
    const steps = cues(visit.events);
    expect(steps.length).toBeGreaterThan(50);
    let headingError = 0;
    for (const cue of steps) {
      expect(cue.step).toBe(true);
      const state = walkerStateAt(visit.segments, cue.t);
      expect(['walk', 'stairs']).toContain(state.mode);
      const diff = Math.atan2(Math.sin(cue.heading! - state.heading), Math.cos(cue.heading! - state.heading));
      headingError += Math.abs(diff);
    }
    expect(headingError / steps.length).toBeGreaterThan(0.05); // noisy…
    expect(headingError / steps.length).toBeLessThan(0.3); // …but about right
    const gaps = steps.slice(1).map((c, i) => c.t - steps[i]!.t).filter((g) => g < 1000);
    const meanGap = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(meanGap).toBeGreaterThan(550);
    expect(meanGap).toBeLessThan(650);
    for (const stop of visit.stops) expect(steps.filter((c) => c.t > stop.arriveMs + 1 && c.t < stop.leaveMs - 1)).toEqual([]);
  });

  it('visits the stops it is given, in order, and ends after the last', () => {
    const visit = simulateVisit(venue, { seed: 3, stops: ['h-self-portrait', 'h-hogarth-pug', 'n-foyer-5'], pauseS: [2, 2] });
    expect(visit.stops.map((s) => s.hotspot ?? s.node)).toEqual(['h-self-portrait', 'h-hogarth-pug', 'n-foyer-5']);
    expect(visit.stops.map((s) => s.floor)).toEqual(['eg', 'og', 'eg']);
    expect(visit.durationMs).toBe(visit.stops.at(-1)!.leaveMs);
    expect(visit.durationMs).toBeLessThan(150_000);
    expect(visit.problems).toEqual([]);
  });
});

describe('the simulator with bad input', () => {
  it('reports stops it cannot find or reach instead of throwing', () => {
    const island: Venue = {
      ...venue,
      navGraph: { nodes: [...venue.navGraph!.nodes, { id: 'n-island', floor: 'eg', position: [3, 0, 3], room: 'r-foyer' }], edges: venue.navGraph!.edges },
    };
    const visit = simulateVisit(island, { seed: 1, stops: ['no-such-thing', 'n-island', 'h-la-mousme'], start: 'nowhere' });
    expect(visit.problems.join('\n')).toMatch(/nowhere/);
    expect(visit.problems.join('\n')).toMatch(/"no-such-thing" is neither/);
    expect(visit.problems.join('\n')).toMatch(/"n-island" cannot be reached/);
    expect(visit.stops.map((s) => s.hotspot)).toEqual(['h-la-mousme']);
  });

  it('makes nothing, and says why, for a venue without a walking graph', () => {
    const { navGraph: _navGraph, ...rest } = venue;
    const visit = simulateVisit(rest as Venue, { seed: 1 });
    expect(visit.events).toEqual([]);
    expect(visit.problems.join('\n')).toMatch(/no walking graph/);
  });

  it('walks without sightings, and says so, in a venue without beacons', () => {
    const visit = simulateVisit({ ...venue, beacons: [] }, { seed: 1, durationMs: 20_000 });
    expect(sightings(visit.events)).toEqual([]);
    expect(visit.truth.length).toBe(41);
    expect(visit.problems.join('\n')).toMatch(/no beacons/);
  });

  it('never produces NaN, whatever the options', () => {
    const visit = simulateVisit(venue, {
      seed: Number.NaN,
      durationMs: Number.POSITIVE_INFINITY,
      walkingSpeed: [Number.NaN, 2],
      noiseSigmaDb: -5,
      dropout: 7,
      stepIntervalMs: 0,
      stepJitterMs: 10_000,
      truthIntervalMs: -1,
    });
    const numbers = visit.events.flatMap((e) => (e.kind === 'sighting' ? [e.sighting.t, e.sighting.rssi] : e.kind === 'motion' ? [e.cue.t, e.cue.heading ?? 0] : [e.truth.t, ...e.truth.position]));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every(Number.isFinite)).toBe(true);
  });
});
