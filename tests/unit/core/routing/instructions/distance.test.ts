import { describe, expect, it } from 'vitest';
import { FEW_STEPS_BELOW, spokenDistance } from '../../../../../src/core/routing/instructions/distance.ts';

describe('distances as a guide would say them', () => {
  it('rounds to whole metres under 10 m, to 5 m under 50 m, to 10 m beyond', () => {
    const said = (m: number) => spokenDistance(m).metres;
    expect([said(3.4), said(9.4), said(9.6)]).toEqual([3, 9, 10]);
    expect([said(12.4), said(12.5), said(47), said(49.9)]).toEqual([10, 15, 45, 50]);
    expect([said(54), said(55), said(123), said(1004)]).toEqual([50, 60, 120, 1000]);
  });

  it('says "a few steps" under 2 m and never 0 m for a walk that exists', () => {
    expect(FEW_STEPS_BELOW).toBe(2);
    expect(spokenDistance(0.1)).toEqual({ metres: 1, fewSteps: true });
    expect(spokenDistance(1.99).fewSteps).toBe(true);
    expect(spokenDistance(2)).toEqual({ metres: 2, fewSteps: false });
    for (let m = 0.01; m < 200; m += 0.37) expect(spokenDistance(m).metres).toBeGreaterThan(0);
  });

  it('never says less for a longer walk', () => {
    let previous = 0;
    for (let m = 0; m < 300; m += 0.05) {
      const said = spokenDistance(m).metres;
      expect(said).toBeGreaterThanOrEqual(previous);
      previous = said;
    }
  });

  it('treats nonsense as no walk at all instead of passing NaN on', () => {
    for (const bad of [Number.NaN, -3, Number.POSITIVE_INFINITY, 0]) expect(spokenDistance(bad)).toEqual({ metres: 0, fewSteps: false });
  });
});
