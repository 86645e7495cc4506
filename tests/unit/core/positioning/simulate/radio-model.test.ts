import { describe, expect, it } from 'vitest';
import { bodyShadow, deriveSeed, lossProbability, resolveSimulateOptions, simulateVisit, SIMULATE_DEFAULTS } from '../../../../../src/core/positioning/simulate/index.ts';
import { demoMuseum } from '../../../../helpers/fixtures.ts';

const venue = demoMuseum();

describe('the simulated radio', () => {
  it('puts the body in the way only of beacons behind the walker', () => {
    const east = 0; // walking along +x
    expect(bodyShadow(east, 5, 0, 5, 10)).toBe(0); // ahead
    expect(bodyShadow(east, 0, 5, 5, 10)).toBe(0); // beside
    expect(bodyShadow(east, -5, 0, 5, 10)).toBeCloseTo(10); // straight behind
    expect(bodyShadow(east, -5, 5, 5, 10)).toBeCloseTo(5 + 5 * Math.SQRT1_2); // behind, 45° off
    expect(bodyShadow(Math.PI / 2, 0, -5, 5, 10)).toBeCloseTo(10); // walking along +z, beacon towards −z
    expect(bodyShadow(east, -0.1, 0, 5, 10)).toBe(0); // right overhead
  });

  it('loses more advertisements near the sensitivity floor', () => {
    expect(lossProbability(40, 0.25, 0.5)).toBeCloseTo(0.25);
    expect(lossProbability(10, 0.25, 0.5)).toBeCloseTo(0.25 + 0.75 * 0.5 * 0.5);
    expect(lossProbability(0, 0.25, 0.5)).toBeCloseTo(0.625);
    expect(lossProbability(-5, 0.25, 0.5)).toBeCloseTo(0.625);
  });

  it('fills in documented defaults and refuses values that would break the walk', () => {
    expect(resolveSimulateOptions()).toEqual(SIMULATE_DEFAULTS);
    const r = resolveSimulateOptions({ durationMs: -5, walkingSpeed: [1.4, 0.9], noiseSigmaDb: Number.NaN, dropout: 2, seed: -1 });
    expect(r.durationMs).toBe(0);
    expect(r.walkingSpeed).toEqual([0.9, 1.4]);
    expect(r.noiseSigmaDb).toBe(SIMULATE_DEFAULTS.noiseSigmaDb);
    expect(r.dropout).toBeLessThan(1);
    expect(r.seed).toBe(0xffffffff);
  });

  it('draws each part from its own stream: another beacon leaves the route and the other beacons untouched', () => {
    const plain = simulateVisit(venue, { seed: 9, durationMs: 40_000 });
    const more = simulateVisit({ ...venue, beacons: [{ id: 'b-extra', floor: 'eg', position: [7, 2.8, 6] }, ...venue.beacons!] }, { seed: 9, durationMs: 40_000 });
    const of = (v: typeof plain, id: string) => v.events.flatMap((e) => (e.kind === 'sighting' && e.sighting.beaconId === id ? [e.sighting] : []));
    expect(more.truth).toEqual(plain.truth);
    expect(of(more, 'b-01')).toEqual(of(plain, 'b-01'));
    expect(of(more, 'b-extra').length).toBeGreaterThan(0);
    expect(deriveSeed(9, 'radio:b-01')).not.toBe(deriveSeed(9, 'radio:b-02'));
    expect(deriveSeed(9, 'route')).not.toBe(deriveSeed(10, 'route'));
  });
});
