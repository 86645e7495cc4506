import { describe, expect, it } from 'vitest';
import { statusText } from '../../../../src/ui/positioning/status-text.ts';
import { positioningStrings } from '../../../../src/ui/positioning/positioning-strings.ts';
import type { PositionState } from '../../../../src/state/position-store.ts';
import { twoFloorHall } from '../../../helpers/two-floor-hall.ts';

const venue = twoFloorHall();
const en = positioningStrings('en');
const de = positioningStrings('de');
const base: PositionState = { venueId: venue.id, fix: null, via: null, source: null, status: { state: 'idle' }, sightingsPerSecond: 0, beaconsHeard: 0, placements: 0 };
const fixIn = (room: string) => ({ t: 0, position: [5, 5] as const, floor: 'eg', room, accuracy: 2 });

describe('the positioning panel’s status line', () => {
  it('says how the visitor was placed, naming the room', () => {
    expect(statusText({ ...base, fix: fixIn('r-west'), via: 'qr' }, venue, 'en', en)).toContain('West');
    expect(statusText({ ...base, fix: fixIn('r-east'), via: 'room' }, venue, 'en', en)).toContain('East');
  });

  it('counts the beacons it follows, and says when it only listens', () => {
    const running: PositionState = { ...base, source: 'simulation', status: { state: 'running' } };
    const following = statusText({ ...running, beaconsHeard: 7 }, venue, 'en', en);
    expect(following).toContain('7');
    expect(statusText(running, venue, 'en', en)).not.toBe(following);
  });

  it('words why a source cannot run: the source’s own English message, or its German translation', () => {
    const unsupported: PositionState = { ...base, source: 'bluetooth', status: { state: 'unavailable', reason: 'unsupported', message: 'Bluetooth scanning needs Chrome with a flag.' } };
    expect(statusText(unsupported, venue, 'en', en)).toBe('Bluetooth scanning needs Chrome with a flag.');
    expect(statusText(unsupported, venue, 'de', de)).toContain('Bluetooth ist hier nicht verfügbar');
    expect(statusText({ ...unsupported, status: { state: 'unavailable', reason: 'no-trace', message: 'x' } }, venue, 'de', de)).toContain('Beispielrundgang');
  });

  it('shows nothing of another venue’s position', () => {
    expect(statusText({ ...base, venueId: 'elsewhere', fix: fixIn('r-west'), via: 'qr' }, venue, 'en', en)).toBe(en.idle);
  });
});
