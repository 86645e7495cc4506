import { describe, expect, it } from 'vitest';
import type { BeaconSighting, MotionCue, PositionFix } from '../../../src/core/positioning/types.ts';
import type { PlanPoint } from '../../../src/core/geometry/types.ts';
import { createTracker } from '../../../src/core/positioning/tracker/tracker.ts';
import { beaconMap } from '../../../src/core/positioning/radio/beacon-map.ts';
import { simulateVisit } from '../../../src/core/positioning/simulate/index.ts';
import type { BeaconSource, BeaconSourceKind, BeaconSourceListener } from '../../../src/platform/beacons/source.ts';
import { createPositionStore, placeVisitor } from '../../../src/state/position-store.ts';
import { createPositioningSession, type SessionClock, type SessionTracker, type SourceOpener } from '../../../src/state/positioning/session.ts';
import { fixInRoom } from '../../../src/state/positioning/placement.ts';
import { demoMuseum } from '../../helpers/fixtures.ts';

const demo = demoMuseum();

/** A clock moved by hand, with interval timers that fire as it passes them. */
function manualClock(): SessionClock & { advance(ms: number): void; timers(): number } {
  let now = 1000;
  const intervals = new Map<number, { every: number; next: number; callback: () => void }>();
  let ids = 0;
  return {
    now: () => now,
    every(ms, callback) {
      const id = ++ids;
      intervals.set(id, { every: ms, next: now + ms, callback });
      return () => intervals.delete(id);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...intervals.values()].filter((i) => i.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        now = due.next;
        due.next += due.every;
        due.callback();
      }
      now = end;
    },
    timers: () => intervals.size,
  };
}

/** A source the test drives: it records start/stop and hands out its listener. */
function fakeSource(kind: BeaconSourceKind) {
  const source = {
    kind,
    started: 0,
    stopped: 0,
    listener: null as BeaconSourceListener | null,
    start() {
      this.started++;
      this.listener?.({ type: 'status', status: { state: 'running' } });
      return Promise.resolve();
    },
    stop() {
      this.stopped++;
    },
    sight(sighting: BeaconSighting) {
      this.listener?.({ type: 'sighting', sighting });
    },
  };
  return source;
}

/** Opens fake sources, keeping each one for the test to drive. */
function fakeOpener() {
  const opened: ReturnType<typeof fakeSource>[] = [];
  const open: SourceOpener = (kind, listener) => {
    const s = fakeSource(kind);
    s.listener = listener;
    opened.push(s);
    return Promise.resolve(s as BeaconSource);
  };
  return { open, opened };
}

/** A tracker that answers with the last sighting's beacon position, and records what it was told. */
function recordingTracker(): SessionTracker & { sightings: BeaconSighting[]; cues: MotionCue[]; placed: { position: PlanPoint; floor: string }[]; resets: number } {
  const beacons = beaconMap(demo);
  let fix: PositionFix | null = null;
  const t = {
    sightings: [] as BeaconSighting[],
    cues: [] as MotionCue[],
    placed: [] as { position: PlanPoint; floor: string }[],
    resets: 0,
    sight(s: BeaconSighting) {
      t.sightings.push(s);
      const b = beacons.get(s.beaconId);
      if (b) fix = { t: s.t, position: b.position, floor: b.floor, room: null, accuracy: 3 };
    },
    move(cue: MotionCue) {
      t.cues.push(cue);
    },
    estimate: () => fix,
    placeAt(time: number, position: PlanPoint, floor: string, accuracy = 1.5) {
      t.placed.push({ position, floor });
      fix = { t: time, position, floor, room: null, accuracy };
    },
    reset() {
      t.resets++;
      fix = null;
    },
  };
  return t;
}

function setUp(tracker: SessionTracker = recordingTracker()) {
  const store = createPositionStore();
  const clock = manualClock();
  const sources = fakeOpener();
  const session = createPositioningSession({ venue: demo, tracker, openSource: sources.open, store, clock });
  return { store, clock, sources, session };
}

describe('a positioning session turns beacon sightings into "you are here"', () => {
  it('follows a simulated visit of the demo museum through the real tracker, about ten times a second', async () => {
    const tracker = createTracker(demo, beaconMap(demo), { seed: 7 });
    const { store, clock, sources, session } = setUp(tracker);
    await session.start('simulation');
    const source = sources.opened[0]!;
    expect(store.getState()).toMatchObject({ venueId: demo.id, source: 'simulation', status: { state: 'running' }, fix: null });

    const visit = simulateVisit(demo, { seed: 3, durationMs: 40_000 });
    const origin = clock.now();
    const fixes: PositionFix[] = [];
    store.subscribe((s, before) => {
      if (s.fix && s.fix !== before.fix) fixes.push(s.fix);
    });
    for (const event of visit.events) {
      const at = origin + (event.kind === 'sighting' ? event.sighting.t : event.kind === 'motion' ? event.cue.t : event.truth.t);
      if (at > clock.now()) clock.advance(at - clock.now());
      if (event.kind === 'sighting') source.sight({ ...event.sighting, t: at });
      else if (event.kind === 'motion') source.listener?.({ type: 'motion', cue: { ...event.cue, t: at } });
    }
    clock.advance(200);

    // One write per tick at most (the tracker itself updates every 250 ms).
    const ticks = Math.floor((clock.now() - origin) / 100);
    expect(fixes.length).toBeGreaterThan(20);
    expect(fixes.length).toBeLessThanOrEqual(ticks);
    for (const f of fixes) {
      expect(Number.isFinite(f.position[0]) && Number.isFinite(f.position[1]) && f.accuracy > 0).toBe(true);
    }
    expect(store.getState().via).toBe('beacons');
    // The last dot is near where the simulated visitor ended up.
    const truth = visit.truth.at(-1)!;
    const last = store.getState().fix!;
    expect(last.floor).toBe(truth.floor);
    expect(Math.hypot(last.position[0] - truth.position[0], last.position[1] - truth.position[2])).toBeLessThan(6);
    expect(store.getState().beaconsHeard).toBeGreaterThan(2);
    expect(store.getState().sightingsPerSecond).toBeGreaterThan(5);
  });

  it('passes motion cues on and writes a fix only when the tracker has a new one', async () => {
    const tracker = recordingTracker();
    const { store, clock, sources, session } = setUp(tracker);
    await session.start('bluetooth');
    const source = sources.opened[0]!;
    let writes = 0;
    store.subscribe((s, before) => {
      if (s.fix !== before.fix) writes++;
    });
    clock.advance(500);
    expect(store.getState().fix).toBeNull();
    expect(writes).toBe(0);

    source.sight({ t: clock.now(), beaconId: 'b-01', rssi: -60 });
    source.listener?.({ type: 'motion', cue: { t: clock.now(), step: true, heading: 0 } });
    clock.advance(1000); // ten ticks, one new fix
    expect(writes).toBe(1);
    expect(store.getState().fix?.position).toEqual(beaconMap(demo).get('b-01')!.position);
    expect(tracker.cues).toHaveLength(1);
  });

  it('stop releases the source and the timer, and the dot disappears', async () => {
    const { store, clock, sources, session } = setUp();
    await session.start('simulation');
    const source = sources.opened[0]!;
    source.sight({ t: clock.now(), beaconId: 'b-03', rssi: -65 });
    clock.advance(200);
    expect(store.getState().fix).not.toBeNull();
    expect(clock.timers()).toBe(1);

    session.stop();
    expect(source.stopped).toBe(1);
    expect(clock.timers()).toBe(0);
    expect(store.getState()).toMatchObject({ fix: null, via: null, source: null, status: { state: 'idle' } });
    // Whatever the stopped source still says is ignored.
    source.sight({ t: clock.now(), beaconId: 'b-03', rssi: -65 });
    clock.advance(500);
    expect(store.getState().fix).toBeNull();
  });

  it('choosing another source stops the first and starts the tracker afresh', async () => {
    const tracker = recordingTracker();
    const { store, sources, session } = setUp(tracker);
    await session.start('replay');
    await session.start('simulation');
    expect(sources.opened.map((s) => [s.kind, s.started, s.stopped])).toEqual([
      ['replay', 1, 1],
      ['simulation', 1, 0],
    ]);
    expect(tracker.resets).toBe(2);
    expect(store.getState().source).toBe('simulation');
  });

  it('keeps the last dot when a replay ends by itself, and says so', async () => {
    const { store, clock, sources, session } = setUp();
    await session.start('replay');
    const source = sources.opened[0]!;
    source.sight({ t: clock.now(), beaconId: 'b-05', rssi: -62 });
    clock.advance(300);
    const fix = store.getState().fix;
    source.listener?.({ type: 'status', status: { state: 'stopped' } });
    expect(store.getState()).toMatchObject({ source: 'replay', status: { state: 'stopped' } });
    expect(store.getState().fix).toBe(fix);
    expect(clock.timers()).toBe(0);
  });

  it('reports a source that cannot run, and keeps where the visitor said they are', async () => {
    const store = createPositionStore();
    const cafe = fixInRoom(demo, 'r-cafe', 0)!;
    placeVisitor(demo.id, cafe, 'room', store);
    const session = createPositioningSession({
      venue: demo,
      tracker: recordingTracker(),
      store,
      clock: manualClock(),
      openSource: () => Promise.resolve({ state: 'unavailable', reason: 'no-trace', message: 'This museum has no recorded demo walk.' }),
    });
    await session.start('replay');
    expect(store.getState()).toMatchObject({ fix: cafe, via: 'room', status: { state: 'unavailable', reason: 'no-trace' } });
    expect(session.activeSource).toBeNull();
  });

  it('a Bluetooth scan started after a QR code starts from the exhibit; a room picked later re-seeds it', async () => {
    const tracker = recordingTracker();
    const { store, session } = setUp(tracker);
    const foyer = fixInRoom(demo, 'r-foyer', 0)!;
    placeVisitor(demo.id, foyer, 'qr', store);
    await session.start('bluetooth');
    expect(tracker.placed).toEqual([{ position: foyer.position, floor: 'eg' }]);
    // The placed position is shown as the visitor's, not as a beacon fix.
    expect(store.getState()).toMatchObject({ via: 'qr', fix: foyer });

    const cafe = fixInRoom(demo, 'r-cafe', 0)!;
    placeVisitor(demo.id, cafe, 'room', store);
    expect(tracker.placed.at(-1)).toEqual({ position: cafe.position, floor: 'eg' });
    expect(session.activeSource).toBe('bluetooth');
  });

  it('a simulated walk started after a room was picked replaces that position with its own', async () => {
    const { store, clock, sources, session } = setUp();
    placeVisitor(demo.id, fixInRoom(demo, 'r-cafe', 0)!, 'room', store);
    await session.start('simulation');
    expect(store.getState()).toMatchObject({ fix: null, via: null });
    sources.opened[0]!.sight({ t: clock.now(), beaconId: 'b-02', rssi: -60 });
    clock.advance(100);
    expect(store.getState().via).toBe('beacons');
  });

  it('a room picked during a simulated walk stops the walk: the dot stays where the visitor said', async () => {
    const { store, clock, sources, session } = setUp();
    await session.start('simulation');
    const cafe = fixInRoom(demo, 'r-cafe', 0)!;
    placeVisitor(demo.id, cafe, 'room', store);
    expect(sources.opened[0]!.stopped).toBe(1);
    expect(clock.timers()).toBe(0);
    expect(store.getState()).toMatchObject({ fix: cafe, via: 'room', source: null, status: { state: 'idle' } });
  });

  it('a start superseded while its source was opening leaves that source stopped', async () => {
    const store = createPositionStore();
    const opened: ReturnType<typeof fakeSource>[] = [];
    let release: () => void = () => undefined;
    const slow: SourceOpener = (kind, listener) =>
      new Promise((resolve) => {
        const s = fakeSource(kind);
        s.listener = listener;
        opened.push(s);
        release = () => resolve(s as BeaconSource);
      });
    const session = createPositioningSession({ venue: demo, tracker: recordingTracker(), store, clock: manualClock(), openSource: slow });
    const first = session.start('replay');
    const releaseFirst = release;
    session.stop();
    releaseFirst();
    await first;
    expect(opened[0]!.started).toBe(0);
    expect(opened[0]!.stopped).toBe(1);
    expect(store.getState().status).toEqual({ state: 'idle' });
  });

  it('dispose stops the source and no longer follows placements', async () => {
    const tracker = recordingTracker();
    const { store, clock, sources, session } = setUp(tracker);
    await session.start('bluetooth');
    session.dispose();
    expect(sources.opened[0]!.stopped).toBe(1);
    expect(clock.timers()).toBe(0);
    placeVisitor(demo.id, fixInRoom(demo, 'r-shop', 0)!, 'room', store);
    expect(tracker.placed).toHaveLength(0);
  });
});
