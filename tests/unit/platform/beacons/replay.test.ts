import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Venue } from '../../../../src/core/venue/index.ts';
import type { TraceEvent } from '../../../../src/core/positioning/trace/events.ts';
import { createBeaconResolver } from '../../../../src/core/positioning/ble/resolve.ts';
import { createReplaySource } from '../../../../src/platform/beacons/replay.ts';
import { createSimulatedSource } from '../../../../src/platform/beacons/simulated.ts';
import type { BeaconSourceEvent } from '../../../../src/platform/beacons/source.ts';
import type { SourceTimers } from '../../../../src/platform/beacons/timers.ts';
import { demoMuseum } from '../../../helpers/fixtures.ts';

const venue = demoMuseum();

/** vitest's fake timers, with Date.now as the clock (it advances with them). */
const fakeTimers: SourceTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const sighting = (t: number, beaconId: string, rssi: number, phone?: number): TraceEvent => ({ kind: 'sighting', sighting: { t, beaconId, rssi }, ...(phone !== undefined && { phone }) });
const truth = (t: number, x: number): TraceEvent => ({ kind: 'truth', truth: { t, position: [x, 1.2, 0], floor: 'eg' } });
const step = (t: number): TraceEvent => ({ kind: 'motion', cue: { t, step: true, heading: 0 } });

const trace: TraceEvent[] = [truth(0, 0), sighting(100, 'b-01', -60), step(600), sighting(1000, 'b-02', -70), truth(1000, 1), sighting(5000, 'b-03', -80)];

function recorder() {
  const events: BeaconSourceEvent[] = [];
  return {
    events,
    listener: (e: BeaconSourceEvent) => void events.push(e),
    statuses: () => events.flatMap((e) => (e.type === 'status' ? [e.status.state] : [])),
    sightings: () => events.flatMap((e) => (e.type === 'sighting' ? [e.sighting] : [])),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 50_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('replaying a trace', () => {
  it('plays each event when its moment comes, on the caller’s clock, and reports the end', async () => {
    const r = recorder();
    const source = createReplaySource({ events: trace }, r.listener, { timers: fakeTimers });
    await source.start();
    expect(r.statuses()).toEqual(['starting', 'running']);
    // The first sighting (trace t = 100) plays at once: the replay starts with the first event.
    expect(r.sightings()).toEqual([{ t: 50_000, beaconId: 'b-01', rssi: -60 }]);
    vi.advanceTimersByTime(499);
    expect(r.events.filter((e) => e.type === 'motion')).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(r.events.filter((e) => e.type === 'motion')).toEqual([{ type: 'motion', cue: { t: 50_500, step: true, heading: 0 } }]);
    vi.advanceTimersByTime(400);
    expect(r.sightings().map((s) => s.t)).toEqual([50_000, 50_900]);
    vi.advanceTimersByTime(3999);
    expect(r.sightings()).toHaveLength(2);
    expect(r.statuses()).toEqual(['starting', 'running']);
    vi.advanceTimersByTime(1);
    expect(r.sightings().at(-1)).toEqual({ t: 54_900, beaconId: 'b-03', rssi: -80 });
    expect(r.statuses()).toEqual(['starting', 'running', 'stopped']);
    // Truth is not an event of the source, but kept for tests and overlays.
    expect(r.events.some((e) => (e as { type: string }).type === 'truth')).toBe(false);
    expect(source.truth.map((p) => p.t)).toEqual([0, 1000]);
  });

  it('plays faster with a speed factor', async () => {
    const r = recorder();
    const source = createReplaySource({ events: trace }, r.listener, { timers: fakeTimers, speed: 4 });
    await source.start();
    vi.advanceTimersByTime(1225);
    expect(r.sightings().map((s) => s.t)).toEqual([50_000, 50_225, 51_225]);
    expect(r.statuses().at(-1)).toBe('stopped');
    expect(source.clockTimeOf(1000)).toBeNull(); // no longer playing
  });

  it('starts over when looping, with time running on', async () => {
    const r = recorder();
    const source = createReplaySource({ events: trace }, r.listener, { timers: fakeTimers, loop: true });
    await source.start();
    vi.advanceTimersByTime(4900 + 1000);
    const times = r.sightings().map((s) => s.t);
    expect(times).toEqual([50_000, 50_900, 54_900, 55_900]); // the second pass starts 1 s after the first ended
    expect(r.statuses()).toEqual(['starting', 'running']);
    vi.advanceTimersByTime(10_000);
    const all = r.sightings().map((s) => s.t);
    for (let i = 1; i < all.length; i++) expect(all[i]!).toBeGreaterThan(all[i - 1]!);
    source.stop();
    expect(r.statuses()).toEqual(['starting', 'running', 'stopped']);
  });

  it('stops at once and for good, however often it is stopped', async () => {
    const r = recorder();
    const source = createReplaySource({ events: trace }, r.listener, { timers: fakeTimers });
    await source.start();
    source.stop();
    source.stop();
    vi.advanceTimersByTime(10_000);
    expect(r.sightings()).toHaveLength(1);
    expect(r.statuses()).toEqual(['starting', 'running', 'stopped']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('lets a listener stop it in the middle of a burst of events', async () => {
    const burst = [sighting(0, 'b-01', -60), sighting(0, 'b-02', -61), sighting(0, 'b-03', -62)];
    const seen: string[] = [];
    const source = createReplaySource(
      { events: burst },
      (e) => {
        if (e.type !== 'sighting') return;
        seen.push(e.sighting.beaconId);
        source.stop();
      },
      { timers: fakeTimers },
    );
    await source.start();
    expect(seen).toEqual(['b-01']);
  });

  it('reads a trace file’s text against the venue, and reports what it dropped', async () => {
    const text = [
      '{"type":"meta","version":1,"venue":"demo-museum"}',
      '{"type":"adv","t":0,"beacon":"b-01","rssi":-60}',
      '{"type":"adv","t":10,"beacon":"b-nope","rssi":-60}',
      'not json',
      '{"type":"truth","t":20,"position":[1,1.2,2],"floor":"eg"}',
      '{"type":"adv","t":200,"beacon":"b-02","rssi":-65}',
    ].join('\n');
    const r = recorder();
    const source = createReplaySource({ text, resolver: createBeaconResolver(venue) }, r.listener, { timers: fakeTimers });
    expect(source.report).toBeNull(); // read at the first start
    await source.start();
    vi.advanceTimersByTime(200);
    expect(r.sightings().map((s) => s.beaconId)).toEqual(['b-01', 'b-02']);
    expect(source.report?.sightings).toBe(2);
    expect(source.report?.dropped).toBe(2);
    expect(source.truth).toEqual([{ t: 20, position: [1, 1.2, 2], floor: 'eg' }]);
  });

  it('says there is nothing to play when the trace has no sightings of the venue’s beacons', async () => {
    const r = recorder();
    const source = createReplaySource({ text: '{"type":"adv","t":0,"beacon":"elsewhere","rssi":-60}\n', resolver: createBeaconResolver(venue) }, r.listener, { timers: fakeTimers });
    await source.start();
    expect(r.events.at(-1)).toEqual({ type: 'status', status: expect.objectContaining({ state: 'unavailable', reason: 'no-beacons' }) });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('plays one phone of a survey with several', async () => {
    const r = recorder();
    const survey = [sighting(0, 'b-01', -60, 2), sighting(0, 'b-02', -60, 1), sighting(100, 'b-03', -60, 2), sighting(100, 'b-04', -60, 1)];
    await createReplaySource({ events: survey }, r.listener, { timers: fakeTimers }).start();
    vi.advanceTimersByTime(100);
    expect(r.sightings().map((s) => s.beaconId)).toEqual(['b-01', 'b-03']);
    const other = recorder();
    await createReplaySource({ events: survey }, other.listener, { timers: fakeTimers, phone: 1 }).start();
    vi.advanceTimersByTime(100);
    expect(other.sightings().map((s) => s.beaconId)).toEqual(['b-02', 'b-04']);
  });

  it('uses the page’s clock and timers by default', async () => {
    vi.useFakeTimers({ now: 0, toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
    const r = recorder();
    await createReplaySource({ events: trace }, r.listener).start();
    const start = r.sightings()[0]!.t;
    vi.advanceTimersByTime(900);
    expect(r.sightings().map((s) => s.t - start)).toEqual([0, 900]);
  });
});

describe('the simulator source', () => {
  it('plays a seeded simulated walk, the same for the same seed', async () => {
    const a = recorder();
    const b = recorder();
    const sa = createSimulatedSource(venue, a.listener, { timers: fakeTimers, speed: 10, walk: { seed: 4, durationMs: 30_000 } });
    const sb = createSimulatedSource(venue, b.listener, { timers: fakeTimers, speed: 10, walk: { seed: 4, durationMs: 30_000 } });
    expect(sa.visit).toBeNull();
    await sa.start();
    await sb.start();
    vi.advanceTimersByTime(3001);
    expect(a.statuses()).toEqual(['starting', 'running', 'stopped']);
    expect(a.sightings().length).toBeGreaterThan(300);
    expect(a.sightings().map((s) => [s.beaconId, s.rssi])).toEqual(b.sightings().map((s) => [s.beaconId, s.rssi]));
    expect(a.sightings().length).toBe(sa.visit!.events.filter((e) => e.kind === 'sighting').length);
    expect(sa.truth).toEqual(sa.visit!.truth);
    expect(sa.truth).toHaveLength(61);
  });

  it('says why it cannot run in a venue without a walking graph', async () => {
    const r = recorder();
    const { navGraph: _navGraph, ...rest } = venue;
    await createSimulatedSource(rest as Venue, r.listener, { timers: fakeTimers }).start();
    expect(r.events.at(-1)).toEqual({ type: 'status', status: { state: 'unavailable', reason: 'no-beacons', message: expect.stringMatching(/walking graph/) } });
  });
});
