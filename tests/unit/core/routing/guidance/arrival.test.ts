import { describe, expect, it } from 'vitest';
import { createGuidance, type Guidance, type GuidanceState } from '../../../../../src/core/routing/guidance/guidance.ts';
import type { PlanPoint } from '../../../../../src/core/geometry/types.ts';
import { corridorRoute, hairpinRoute, routeThrough, twoFloorRoute } from '../../../../fixtures/routing-guidance/routes.ts';

/** Feeds a fix every 500 ms from `from` to `to` (inclusive) at one place; returns the states. */
function stay(guidance: Guidance, from: number, to: number, at: PlanPoint, floor = 'eg', accuracy = 2): GuidanceState[] {
  const states: GuidanceState[] = [];
  for (let t = from; t <= to; t += 500) states.push(guidance.update({ t, position: at, floor, room: null, accuracy }));
  return states;
}

/** Walks the corridor from 0 to `x` at 1 m per 500 ms fix, starting at t = 0; returns the time of the last fix. */
function walkTo(guidance: Guidance, x: number): number {
  for (let i = 0; i <= x; i++) guidance.update({ t: i * 500, position: [i, 0], floor: 'eg', room: null, accuracy: 2 });
  return x * 500;
}

describe('arriving', () => {
  it('announces arrival after the visitor has stayed near the destination for 1.5 s, not at the first close fix', () => {
    const guidance = createGuidance(corridorRoute());
    const t = walkTo(guidance, 25);
    expect(guidance.state.phase).toBe('on-route');
    const near = stay(guidance, t + 500, t + 3000, [29, 1]);
    expect(near.slice(0, 3).map((s) => s.phase)).toEqual(['on-route', 'on-route', 'on-route']);
    expect(near[3]).toMatchObject({ phase: 'arrived', along: 30, remaining: 0, fraction: 1, segmentIndex: 0 });
  });

  it('stays arrived when the visitor then walks off, even to another floor', () => {
    const guidance = createGuidance(corridorRoute());
    const t = walkTo(guidance, 25);
    stay(guidance, t + 500, t + 3000, [29, 1]);
    const arrived = guidance.state;
    expect(arrived.phase).toBe('arrived');
    expect(stay(guidance, t + 3500, t + 15_000, [10, 12]).every((s) => s === arrived)).toBe(true);
    expect(stay(guidance, t + 15_500, t + 20_000, [30, 0], 'og').every((s) => s === arrived)).toBe(true);
  });

  it('is not fooled by a glitch that puts the dot at the destination for a second', () => {
    const guidance = createGuidance(corridorRoute());
    const t = walkTo(guidance, 5);
    stay(guidance, t + 500, t + 1500, [30, 0]);
    const after = stay(guidance, t + 2000, t + 6000, [6, 0]);
    expect(after.every((s) => s.phase === 'on-route')).toBe(true);
    expect(after.at(-1)!.along).toBeCloseTo(6, 9);
  });

  it('wants the destination’s floor: standing right below it is not arriving', () => {
    const guidance = createGuidance(twoFloorRoute());
    expect(stay(guidance, 0, 10_000, [10, 12], 'eg').some((s) => s.phase === 'arrived')).toBe(false);
  });

  it('widens the arrival circle for an uncertain dot: 4.5 m from the destination is there with a 5 m fix, not with a 2 m one', () => {
    // The hairpin starts 3 m from where it ends: a dot at its start is near the destination but has 43 m of route ahead.
    const sure = createGuidance(hairpinRoute());
    const unsure = createGuidance(hairpinRoute());
    expect(stay(sure, 0, 5000, [0, -1.5], 'eg', 2).at(-1)!.phase).toBe('on-route');
    expect(stay(unsure, 0, 5000, [0, -1.5], 'eg', 5).at(-1)!.phase).toBe('arrived');
  });

  it('arrives on a route of no length (the visitor asked for where they stand) once they stay there', () => {
    const guidance = createGuidance(routeThrough([{ at: [3, 3] }]));
    const states = stay(guidance, 0, 2000, [3.5, 3]);
    expect(states[0]!.phase).toBe('on-route');
    expect(states.at(-1)!).toMatchObject({ phase: 'arrived', fraction: 1, remaining: 0 });
  });
});
