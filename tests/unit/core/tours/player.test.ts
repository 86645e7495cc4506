import { describe, expect, it } from 'vitest';
import {
  IDLE,
  dueInMs,
  elapsedMs,
  goTo,
  narrationEnded,
  next,
  pause,
  previous,
  progress,
  resume,
  start,
  tick,
} from '../../../../src/core/tours/player.ts';

/** A three-stop tour; the player only needs its id and how many stops it has. */
const tour = { id: 't-highlights', stops: [{ hotspot: 'h-a' }, { hotspot: 'h-b' }, { hotspot: 'h-c' }] };
const STOP_MS = 40_000;
const s = (seconds: number): number => seconds * 1000;

describe('a visitor follows a guided tour', () => {
  it('presses Play: the tour starts at its first stop, playing, with no time spent', () => {
    const state = start(tour, s(100));
    expect(state).toMatchObject({ tourId: 't-highlights', stopIndex: 0, stopCount: 3, status: 'playing' });
    expect(elapsedMs(state, s(100))).toBe(0);
    expect(progress(state, s(100), STOP_MS)).toBe(0);
    expect(dueInMs(state, s(100), STOP_MS)).toBe(STOP_MS);
  });

  it('pauses halfway through a stop, takes a coffee, resumes, and the stop ends on time', () => {
    let state = start(tour, s(0));
    state = pause(state, s(20));
    expect(state.status).toBe('paused');
    expect(progress(state, s(20), STOP_MS)).toBe(0.5);

    // Ten minutes later the tour has not moved: a paused stop does not use up its time.
    expect(tick(state, s(620), STOP_MS)).toBe(state);
    expect(progress(state, s(620), STOP_MS)).toBe(0.5);
    expect(dueInMs(state, s(620), STOP_MS)).toBeNull();

    state = resume(state, s(620));
    expect(state.status).toBe('playing');
    expect(dueInMs(state, s(620), STOP_MS)).toBe(s(20));
    expect(tick(state, s(639), STOP_MS).stopIndex).toBe(0);
    expect(tick(state, s(640), STOP_MS)).toMatchObject({ stopIndex: 1, status: 'playing' });
  });

  it('listens without touching anything: each stop moves on by itself when its time is up', () => {
    let state = start(tour, s(0));
    state = tick(state, s(40), STOP_MS);
    expect(state.stopIndex).toBe(1);
    // The next stop's clock starts when it was reached, from zero.
    expect(elapsedMs(state, s(40))).toBe(0);
    state = tick(state, s(80), STOP_MS);
    expect(state).toMatchObject({ stopIndex: 2, status: 'playing' });
  });

  it('comes back to a throttled background tab: the tour is one stop further, not several', () => {
    const state = tick(start(tour, s(0)), s(600), STOP_MS);
    expect(state.stopIndex).toBe(1);
    expect(elapsedMs(state, s(600))).toBe(0);
  });

  it('hears the narration audio end: the tour moves on at once, whatever time the stop was given', () => {
    let state = start(tour, s(0));
    // A stop with audio waits for the audio: no timer is due.
    expect(dueInMs(state, s(5), Infinity)).toBeNull();
    expect(tick(state, s(500), Infinity)).toBe(state);
    state = narrationEnded(state, s(73));
    expect(state).toMatchObject({ stopIndex: 1, status: 'playing' });
  });

  it('a stale "audio ended" while paused does not skip a stop', () => {
    const paused = pause(start(tour, s(0)), s(10));
    expect(narrationEnded(paused, s(11))).toBe(paused);
  });

  it('skips back from the first stop: stays on it and hears it again from the start', () => {
    const state = previous(start(tour, s(0)), s(25));
    expect(state).toMatchObject({ stopIndex: 0, status: 'playing' });
    expect(elapsedMs(state, s(25))).toBe(0);
  });

  it('skips forward and back while paused: the tour stays paused at the new stop', () => {
    let state = pause(start(tour, s(0)), s(5));
    state = next(state, s(6));
    expect(state).toMatchObject({ stopIndex: 1, status: 'paused' });
    expect(elapsedMs(state, s(60))).toBe(0);
    state = previous(state, s(7));
    expect(state).toMatchObject({ stopIndex: 0, status: 'paused' });
  });

  it('reaches the end of the tour: after the last stop the tour is finished and nothing more is due', () => {
    let state = goTo(start(tour, s(0)), 2, s(1));
    expect(state.stopIndex).toBe(2);
    state = tick(state, s(41), STOP_MS);
    expect(state).toMatchObject({ status: 'finished', stopIndex: 2 });
    expect(progress(state, s(41), STOP_MS)).toBe(1);
    expect(dueInMs(state, s(41), STOP_MS)).toBeNull();
    expect(tick(state, s(999), STOP_MS)).toBe(state);
    expect(next(state, s(999))).toBe(state);
    // "Previous" after the end plays the last stop again.
    expect(previous(state, s(1000))).toMatchObject({ stopIndex: 2, status: 'playing' });
  });

  it('presses Next on the last stop: the tour finishes', () => {
    expect(next(goTo(start(tour, 0), 2, 0), 1)).toMatchObject({ status: 'finished', stopIndex: 2 });
  });

  it('opens a shared link to stop 2, paused: the tour waits there for Play', () => {
    const state = start(tour, s(0), { stopIndex: 1, paused: true });
    expect(state).toMatchObject({ stopIndex: 1, status: 'paused' });
    expect(dueInMs(state, s(100), STOP_MS)).toBeNull();
    // A link to a stop the tour does not have lands on the nearest one.
    expect(start(tour, 0, { stopIndex: 99 }).stopIndex).toBe(2);
    expect(goTo(state, -4, 0).stopIndex).toBe(0);
  });

  it('has nothing to do before a tour starts', () => {
    for (const step of [pause, resume, next, previous]) expect(step(IDLE, 5)).toBe(IDLE);
    expect(goTo(IDLE, 1, 5)).toBe(IDLE);
    expect(tick(IDLE, 5, STOP_MS)).toBe(IDLE);
    expect(progress(IDLE, 5, STOP_MS)).toBe(0);
    expect(dueInMs(IDLE, 5, STOP_MS)).toBeNull();
  });

  it('pausing twice or resuming a playing tour changes nothing', () => {
    const playing = start(tour, 0);
    expect(resume(playing, 10)).toBe(playing);
    const paused = pause(playing, 10);
    expect(pause(paused, 20)).toBe(paused);
  });
});
