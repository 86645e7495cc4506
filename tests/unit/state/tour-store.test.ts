import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Venue } from '../../../src/core/venue/index.ts';
import { demoMuseum } from '../../helpers/fixtures.ts';
import { narrationAudio, tourStore } from '../../../src/state/tour-store.ts';
import { useVenueStore } from '../../../src/state/venue-store.ts';
import { viewStore } from '../../../src/state/view-store.ts';
import { floorOfHotspot } from '../../../src/state/exhibit-actions.ts';

/** The demo venue, its tours without recordings: these stops advance by their durationS. */
const demo = demoMuseum();
for (const tour of demo.tours ?? []) for (const stop of tour.stops) delete stop.audio;
const tours = () => tourStore.getState();
const selected = () => useVenueStore.getState().selectedHotspot;
const seconds = (n: number) => vi.advanceTimersByTime(n * 1000);

/** The demo venue with English narration audio on the highlights tour's second stop. */
function withAudio(): Venue {
  const venue = structuredClone(demo);
  venue.tours![0]!.stops[1]!.audio = { en: 'media/olive.en.mp3' };
  return venue;
}

beforeEach(() => {
  vi.useFakeTimers();
  useVenueStore.setState({ language: 'en', selectedHotspot: null });
});
afterEach(() => {
  tours().stopTour();
  tours().setMuted(false);
  vi.useRealTimers();
});

describe('the tour store drives a tour with one timer', () => {
  it('plays the highlights tour: each stop opens its exhibit and moves on when its time is up', () => {
    expect(tours().playTour(demo, 't-highlights')).toBe(true);
    expect(tours().player).toMatchObject({ tourId: 't-highlights', stopIndex: 0, status: 'playing' });
    expect(selected()).toBe('h-self-portrait');
    expect(viewStore.getState().flight).not.toBeNull();
    expect(vi.getTimerCount()).toBe(1);

    seconds(44);
    expect(tours().player.stopIndex).toBe(0);
    seconds(1);
    expect(tours().player.stopIndex).toBe(1);
    expect(selected()).toBe('h-olive-orchard');
    seconds(40);
    expect(selected()).toBe('h-copley-chatham');
    // An exhibit upstairs brings the upper floor into focus, so the floors above do not hide it.
    const upstairs = demo.hotspots!.find((h) => h.id === 'h-copley-chatham')!;
    expect(viewStore.getState().floor).toBe(floorOfHotspot(demo, upstairs));
    expect(viewStore.getState().floor).not.toBe(demo.floors[0]!.id);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('holds still while paused, however long, and carries on after Play', () => {
    tours().playTour(demo, 't-highlights');
    seconds(20);
    tours().pauseTour();
    expect(vi.getTimerCount()).toBe(0);
    seconds(600);
    expect(tours().player).toMatchObject({ stopIndex: 0, status: 'paused' });
    tours().resumeTour();
    seconds(24);
    expect(tours().player.stopIndex).toBe(0);
    seconds(1);
    expect(tours().player.stopIndex).toBe(1);
  });

  it('finishes after the last stop and leaves no timer behind', () => {
    tours().playTour(demo, 't-van-gogh');
    seconds(45 + 35 + 40 + 40 + 50);
    expect(tours().player).toMatchObject({ status: 'finished', stopIndex: 4 });
    expect(vi.getTimerCount()).toBe(0);
    tours().stopTour();
    expect(tours().player.status).toBe('idle');
  });

  it('restores a link: starts a tour at a given stop, paused, without flying', () => {
    expect(tours().goToStop(demo, 't-highlights', 3, { paused: true, instant: true })).toBe(true);
    expect(tours().player).toMatchObject({ stopIndex: 3, status: 'paused' });
    expect(selected()).toBe('h-turner-dogana');
    expect(viewStore.getState().flight?.instant).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(tours().goToStop(demo, 't-nonexistent', 0)).toBe(false);
  });

  it('skipping back on the first stop arrives there again, so its narration restarts', () => {
    tours().playTour(demo, 't-highlights');
    const serial = tours().stopSerial;
    tours().previousStop();
    expect(tours().player.stopIndex).toBe(0);
    expect(tours().stopSerial).toBe(serial + 1);
  });

  it('waits for a stop’s narration audio to end rather than its durationS', () => {
    const venue = withAudio();
    tours().goToStop(venue, 't-highlights', 1);
    expect(narrationAudio(tours(), 'en')?.uri).toBe('media/olive.en.mp3');
    expect(vi.getTimerCount()).toBe(0);
    seconds(300);
    expect(tours().player.stopIndex).toBe(1);
    // An `ended` from the audio of an earlier arrival is ignored.
    tours().narrationEnded(tours().stopSerial - 1);
    expect(tours().player.stopIndex).toBe(1);
    tours().narrationEnded(tours().stopSerial);
    expect(tours().player.stopIndex).toBe(2);
  });

  it('falls back to durationS when the audio cannot play, or the visitor mutes it', () => {
    const venue = withAudio();
    tours().goToStop(venue, 't-highlights', 1);
    seconds(50);
    tours().narrationFailed(tours().stopSerial);
    expect(tours().narrationUnavailable).toBe(true);
    // 50 s were already played at a stop of 40 s: it moves on at once.
    seconds(0);
    expect(tours().player.stopIndex).toBe(2);
    expect(tours().narrationUnavailable).toBe(false);

    tours().setMuted(true);
    tours().goToStop(venue, 't-highlights', 1);
    expect(narrationAudio(tours(), 'en')).toBeNull();
    seconds(40);
    expect(tours().player.stopIndex).toBe(2);
  });

  it('a visitor reading German has no recording on that stop, so it advances by time', () => {
    useVenueStore.setState({ language: 'de' });
    tours().goToStop(withAudio(), 't-highlights', 1);
    seconds(40);
    expect(tours().player.stopIndex).toBe(2);
  });
});
