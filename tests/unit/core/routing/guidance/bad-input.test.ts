import { describe, expect, it } from 'vitest';
import { createGuidance } from '../../../../../src/core/routing/guidance/guidance.ts';
import { DEFAULT_GUIDANCE_THRESHOLDS, resolveGuidanceThresholds } from '../../../../../src/core/routing/guidance/thresholds.ts';
import type { PositionFix } from '../../../../../src/core/positioning/types.ts';
import type { Route } from '../../../../../src/core/routing/types.ts';
import { corridorRoute, lShapedRoute, twoFloorRoute } from '../../../../fixtures/routing-guidance/routes.ts';
import { readWalkScript, walkFixes } from '../../../../fixtures/routing-guidance/walk-script.ts';

const good: PositionFix = { t: 0, position: [1, 0], floor: 'eg', room: null, accuracy: 2 };
/** Fixes with a field missing or not a finite number, as a broken estimator or a bad replay might give. */
const badFixes = (t: number): PositionFix[] => [
  { ...good, t, position: [Number.NaN, 0] },
  { ...good, t, position: [3, Number.POSITIVE_INFINITY] },
  { ...good, t, floor: undefined as unknown as string },
  { ...good, t: Number.NaN },
  { ...good, t, accuracy: Number.NaN },
  { ...good, t, accuracy: -1 },
  { ...good, t, position: undefined as unknown as PositionFix['position'] },
  null as unknown as PositionFix,
];

describe('bad fixes', () => {
  it('ignores fixes with NaN or missing fields: the state stays the very same, and they are counted', () => {
    const fixes = walkFixes(readWalkScript('corridor-detour'));
    const clean = createGuidance(corridorRoute());
    const messy = createGuidance(corridorRoute());
    let ignored = 0;
    for (const fix of fixes) {
      clean.update(fix);
      messy.update(fix);
      for (const bad of badFixes(fix.t + 100)) {
        const before = messy.state;
        expect(messy.update(bad)).toBe(before);
        expect(messy.state).toBe(before);
        ignored++;
      }
    }
    expect(messy.ignoredFixes).toBe(ignored);
    expect(clean.ignoredFixes).toBe(0);
    expect(messy.state).toEqual(clean.state);
  });

  it('ignores a fix older than the last one taken', () => {
    const guidance = createGuidance(corridorRoute());
    guidance.update({ ...good, t: 5000, position: [5, 0] });
    const before = guidance.state;
    expect(guidance.update({ ...good, t: 4000, position: [20, 9] })).toBe(before);
    expect(guidance.ignoredFixes).toBe(1);
  });

  it('never reports NaN, on any route and script', () => {
    const runs: [Route, string][] = [
      [corridorRoute(), 'corridor-jitter'],
      [corridorRoute(), 'corridor-detour'],
      [lShapedRoute(), 'l-corner'],
      [twoFloorRoute(), 'two-floor-elevator'],
    ];
    for (const [route, script] of runs) {
      const guidance = createGuidance(route);
      for (const fix of walkFixes(readWalkScript(script))) {
        const s = guidance.update(fix);
        for (const value of [s.along, s.remaining, s.fraction, s.segmentIndex, s.reroutes]) expect(Number.isFinite(value), script).toBe(true);
        expect(Number.isNaN(s.distanceFromRoute), script).toBe(false);
      }
    }
  });

  it('measures a segment with a broken length by its straight length instead', () => {
    const route = corridorRoute();
    const broken: Route = { ...route, segments: [{ ...route.segments[0]!, length: Number.NaN }] };
    const state = createGuidance(broken).update({ ...good, position: [4, 0] });
    expect(state.along).toBeCloseTo(4, 9);
    expect(state.remaining).toBeCloseTo(26, 9);
  });
});

describe('thresholds', () => {
  it('keeps the defaults for anything not overridden, and for overrides that are not finite, non-negative numbers', () => {
    const resolved = resolveGuidanceThresholds({
      offRouteHoldMs: 1000,
      onRouteHoldMs: Number.NaN,
      maxStepBack: -2,
      offRouteDistance: { min: 6 },
      arrivalDistance: { perAccuracy: Number.POSITIVE_INFINITY },
    });
    expect(resolved).toEqual({ ...DEFAULT_GUIDANCE_THRESHOLDS, offRouteHoldMs: 1000, offRouteDistance: { min: 6, perAccuracy: 1.5 } });
  });
});
