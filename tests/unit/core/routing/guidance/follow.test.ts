import { describe, expect, it, vi } from 'vitest';
import { createGuidance, type GuidanceState } from '../../../../../src/core/routing/guidance/guidance.ts';
import type { PositionFix } from '../../../../../src/core/positioning/types.ts';
import { corridorRoute, lShapedRoute, twoFloorRoute } from '../../../../fixtures/routing-guidance/routes.ts';
import { readWalkScript, walkFixes } from '../../../../fixtures/routing-guidance/walk-script.ts';

const fix = (t: number, x: number, z: number, floor = 'eg', accuracy = 2): PositionFix => ({ t, position: [x, z], floor, room: null, accuracy });

describe('following a visitor along the route', () => {
  it('never calls a dot jittering up to 2 m around the corridor off-route, whatever the jitter (30 seeds)', () => {
    const script = readWalkScript('corridor-jitter');
    for (let seed = 1; seed <= 30; seed++) {
      const reroute = vi.fn();
      const guidance = createGuidance(corridorRoute(), { reroute });
      const states = walkFixes(script, seed).map((f) => guidance.update(f));
      expect(states.filter((s) => s.phase === 'off-route'), `seed ${seed}`).toEqual([]);
      expect(reroute, `seed ${seed}`).not.toHaveBeenCalled();
      expect(Math.max(...states.map((s) => s.distanceFromRoute)), `seed ${seed}`).toBeGreaterThan(1);
      expect(states.at(-1)!.phase, `seed ${seed}`).toBe('arrived');
    }
  });

  it('moves the progress with the visitor, never more than 3 m back from its best', () => {
    const guidance = createGuidance(corridorRoute());
    const states = walkFixes(readWalkScript('corridor-jitter')).map((f) => guidance.update(f));
    let best = 0;
    for (const s of states) {
      expect(s.along).toBeGreaterThanOrEqual(best - 3);
      best = Math.max(best, s.along);
      expect(s.remaining).toBeCloseTo(30 - s.along, 9);
      expect(s.fraction).toBeCloseTo(s.along / 30, 9);
    }
    // Halfway through the walk (12.5 s at 1.2 m/s) the progress is about 15 m.
    const halfway = states[25]!;
    expect(halfway.along).toBeGreaterThan(12);
    expect(halfway.along).toBeLessThan(18);
  });

  it('goes round the corner of an L-shaped route: the current segment changes once, from the first to the second', () => {
    const guidance = createGuidance(lShapedRoute());
    const states = walkFixes(readWalkScript('l-corner')).map((f) => guidance.update(f));
    expect(states.some((s) => s.phase === 'off-route')).toBe(false);
    const segments = states.filter((s) => s.phase !== 'arrived').map((s) => s.segmentIndex);
    expect(segments[0]).toBe(0);
    expect(segments.at(-1)).toBe(1);
    expect(segments.filter((s, i) => i > 0 && s !== segments[i - 1]!)).toEqual([1]);
    expect(states.at(-1)!.phase).toBe('arrived');
  });

  it('keeps its progress when the visitor steps back 2 m to look again, and when they wander back down the corridor', () => {
    const guidance = createGuidance(corridorRoute());
    const fixes = walkFixes(readWalkScript('corridor-step-back'));
    let fed = 0;
    /** Feeds the script's fixes up to time `t` and returns the state then. */
    const at = (t: number): GuidanceState => {
      while (fed < fixes.length && fixes[fed]!.t <= t) guidance.update(fixes[fed++]!);
      return guidance.state;
    };
    const atFifteen = at(15_000);
    expect(atFifteen.along).toBeGreaterThan(14);
    const steppedBack = at(22_000);
    expect(steppedBack.phase).toBe('on-route');
    expect(steppedBack.along).toBeGreaterThan(12);
    expect(steppedBack.along).toBeLessThan(14.5);
    const wanderedBack = at(33_000);
    expect(wanderedBack.phase).toBe('on-route');
    // The dot is back at 5 m, but the progress holds within 3 m of the best reached.
    expect(wanderedBack.along).toBeGreaterThanOrEqual(atFifteen.along - 3);
  });

  it('does not move the dot down the route on a single glitch far ahead, but follows when the readings keep saying so', () => {
    const guidance = createGuidance(corridorRoute());
    for (let t = 0; t <= 3000; t += 500) guidance.update(fix(t, (t / 1000) * 1.2, 0));
    const before = guidance.state.along;
    expect(guidance.update(fix(3500, 22, 0)).along).toBe(before);
    expect(guidance.update(fix(4000, 4.5, 0)).along).toBeCloseTo(4.5, 9);
    // A real jump (say the fixes stopped for a while): held for 2 s, then taken.
    expect(guidance.update(fix(4500, 22, 0)).along).toBeCloseTo(4.5, 9);
    expect(guidance.update(fix(5500, 22.5, 0)).along).toBeCloseTo(4.5, 9);
    expect(guidance.update(fix(6500, 23, 0)).along).toBeCloseTo(23, 9);
  });

  it('crosses floors by the elevator without a stall or a detour, and shows the elevator while the visitor waits at its door', () => {
    const guidance = createGuidance(twoFloorRoute());
    const fixes = walkFixes(readWalkScript('two-floor-elevator'));
    const states = fixes.map((f) => guidance.update(f));
    expect(states.some((s) => s.phase === 'off-route')).toBe(false);
    expect(states[fixes.findIndex((f) => f.t === 11_500)]!.segmentIndex).toBe(1);
    // Right after coming out upstairs, the progress is past the ride (10 m + 15 m) at once.
    const upstairs = states[fixes.findIndex((f) => f.t === 12_000)]!;
    expect(upstairs.along).toBeGreaterThanOrEqual(25);
    expect(upstairs.segmentIndex).toBe(2);
    expect(states.at(-1)!.phase).toBe('arrived');
  });
});
