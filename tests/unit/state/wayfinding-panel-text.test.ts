import { describe, expect, it } from 'vitest';
import { planRoute } from '../../../src/core/routing/router.ts';
import { describeRoute } from '../../../src/core/routing/instructions/index.ts';
import type { GuidanceState } from '../../../src/core/routing/guidance/index.ts';
import type { Route } from '../../../src/core/routing/types.ts';
import { createWayfindingStore, type WayfindingState } from '../../../src/state/wayfinding/wayfinding-store.ts';
import { searchDestinations, venueDestinations } from '../../../src/ui/wayfinding/destinations.ts';
import { currentStepIndex, floorChangePrompt, roundedMetres, walkingMinutes, wayfindingStatus } from '../../../src/ui/wayfinding/route-text.ts';
import { wayfindingStrings } from '../../../src/ui/wayfinding/wayfinding-strings.ts';
import { demoMuseum } from '../../helpers/fixtures.ts';

/**
 * What the wayfinding panel offers and says, worked out from the store's state:
 * the destinations a visitor can search, the current step, the floor-change
 * prompt and the status line. (The panel's pure helpers; the panel itself is
 * driven in tests/e2e/wayfinding.e2e.ts.)
 */

const demo = demoMuseum();
const en = wayfindingStrings('en');
const de = wayfindingStrings('de');
const destinations = venueDestinations(demo, 'en', en, [de, en]);
const keys = (query: string) => searchDestinations(destinations, query).map((d) => d.key);

describe('searching for a destination', () => {
  it('finds facilities in German and English whatever the visitor reads, and only those the museum has', () => {
    expect(keys('toilette')).toContain('facility:toilet');
    expect(keys('toilets')).toContain('facility:toilet');
    expect(keys('aufzug')).toEqual(['facility:elevator']);
    expect(keys('exit')).toContain('facility:exit'); // the foyer is the exit
    expect(destinations.some((d) => d.key === 'facility:info')).toBe(false);
  });

  it('finds exhibits by their title in any language, accents and ß folded', () => {
    expect(keys('weiss')).toEqual(['hotspot:h-girl-in-white']);
    expect(keys('girl white')).toEqual(['hotspot:h-girl-in-white']);
    expect(keys('olivenhain')).toEqual(['hotspot:h-olive-orchard']);
    expect(searchDestinations(destinations, 'mousme')[0]).toMatchObject({ label: 'Vincent van Gogh: La Mousmé', detail: 'Exhibit · Van Gogh: People' });
  });

  it('finds rooms by name, but not stairwells or lift shafts (the lift is a facility)', () => {
    expect(keys('atelier')).toEqual(['room:r-studio-og']);
    expect(keys('treppenhaus')).toEqual([]);
    expect(searchDestinations(destinations, 'studio')[0]!.detail).toBe('Room · First floor');
  });

  it('an empty query lists everything, facilities first', () => {
    const all = searchDestinations(destinations, '  ');
    expect(all).toHaveLength(destinations.length);
    expect(all[0]!.target.kind).toBe('facility');
  });
});

function routeTo(hotspot: string, stepFree = false): Route {
  const result = planRoute(demo, { kind: 'node', id: 'n-corridor-eg-2' }, { kind: 'hotspot', id: hotspot }, { stepFree });
  if (!result.ok) throw new Error(result.message);
  return result.route;
}
const route = routeTo('h-turner-dogana');
const steps = describeRoute(route, demo, 'en');
const guidance = (patch: Partial<GuidanceState>): GuidanceState => ({ phase: 'on-route', route, along: 0, remaining: route.length, fraction: 0, segmentIndex: 0, distanceFromRoute: 0, reroutes: 0, ...patch });
const floorChange = steps.findIndex((s) => s.kind === 'floor-change');
/** Route distance where the floor change starts. */
const changeAt = route.segments.slice(0, steps[floorChange]!.segments[0]).reduce((sum, s) => sum + s.length, 0);

describe('following the route in the panel', () => {
  it('marks the step that covers the guidance’s segment, and the arrival once arrived', () => {
    expect(currentStepIndex(steps, null)).toBe(-1);
    expect(currentStepIndex(steps, guidance({}))).toBe(0);
    const later = steps[floorChange + 1]!;
    expect(currentStepIndex(steps, guidance({ segmentIndex: later.segments[0] }))).toBe(floorChange + 1);
    expect(currentStepIndex(steps, guidance({ phase: 'arrived', segmentIndex: route.segments.length - 1 }))).toBe(steps.length - 1);
  });

  it('prompts for the stairs a few metres before them and while on them, not at the start', () => {
    const before = steps[floorChange - 1]!;
    expect(floorChangePrompt(steps, guidance({}), route)).toBeNull();
    const near = guidance({ segmentIndex: before.segments[1], along: changeAt - 3 });
    expect(floorChangePrompt(steps, near, route)?.text).toBe('Take the stairs up to the first floor.');
    const far = guidance({ segmentIndex: before.segments[0], along: Math.max(0, changeAt - 20) });
    expect(floorChangePrompt(steps, far, route)).toBeNull();
    // The progress lags, but the dot is at the foot of the stairs: prompt anyway.
    const fix = { t: 1, position: [steps[floorChange]!.position[0], steps[floorChange]!.position[2]] as const, floor: 'eg', room: null, accuracy: 2 };
    expect(floorChangePrompt(steps, { ...far, segmentIndex: before.segments[0] }, route, fix)?.kind).toBe('floor-change');
    const on = guidance({ segmentIndex: steps[floorChange]!.segments[0], along: changeAt + 1 });
    expect(floorChangePrompt(steps, on, route)?.kind).toBe('floor-change');
    expect(floorChangePrompt(steps, guidance({ phase: 'arrived' }), route)).toBeNull();
  });

  it('says the lift in a step-free route', () => {
    const lift = routeTo('h-turner-dogana', true);
    expect(describeRoute(lift, demo, 'de').find((s) => s.kind === 'floor-change')?.text).toBe('Nehmen Sie den Aufzug ins 1. Obergeschoss.');
  });
});

describe('the status line', () => {
  const state = (patch: Partial<WayfindingState>): WayfindingState => ({ ...createWayfindingStore().getState(), venueId: demo.id, ...patch });
  const target = { kind: 'hotspot', id: 'h-turner-dogana' } as const;
  const title = 'J. M. W. Turner: The Dogano, San Giorgio, Citella, from the Steps of the Europa';

  it('tells each phase of the walk, in words that change only when the phase does', () => {
    expect(wayfindingStatus(state({}), demo, 'en', en)).toBe('Choose where you want to go.');
    expect(wayfindingStatus(state({ destination: target, route }), demo, 'en', en)).toBe(`Route to ${title}. The steps are below.`);
    const walking = (g: Partial<GuidanceState>) => wayfindingStatus(state({ destination: target, route, guidance: guidance(g) }), demo, 'en', en);
    expect(walking({ along: 10 })).toBe(`On your way to ${title}.`);
    expect(walking({ along: 11 })).toBe(walking({ along: 10 }));
    expect(walking({ phase: 'off-route' })).toBe('Off route — finding a new way …');
    expect(walking({ reroutes: 1, along: 2 })).toBe('Off route — here is a new way.');
    expect(walking({ reroutes: 1, along: 20 })).toBe(`On your way to ${title}.`);
    expect(walking({ phase: 'arrived' })).toBe(`Arrived at ${title}.`);
    expect(walking({ phase: 'off-route', noRoute: { reason: 'off-graph', message: '' } })).toMatch(/^Off route\. There is no way from here: No path can be reached/);
  });

  it('gives the reason when there is no route, in German too', () => {
    const none = state({ destination: { kind: 'room', id: 'r-studio-og' }, result: { ok: false, reason: 'stairs-only', message: 'only by stairs' } });
    expect(wayfindingStatus(none, demo, 'en', en)).toBe('No route: This destination is only reachable by stairs. Switch off “Step-free” to see that way.');
    expect(wayfindingStatus(none, demo, 'de', de)).toMatch(/^Kein Weg gefunden: Das Ziel ist nur über Treppen erreichbar/);
  });
});

describe('numbers as people say them', () => {
  it('rounds lengths and minutes sensibly and never says NaN', () => {
    expect(roundedMetres(12.4)).toBe(12);
    expect(roundedMetres(61)).toBe(60);
    expect(roundedMetres(Number.NaN)).toBe(0);
    expect(walkingMinutes(61)).toBe(1);
    expect(walkingMinutes(150)).toBe(3);
    expect(walkingMinutes(Number.POSITIVE_INFINITY)).toBe(1);
  });
});
