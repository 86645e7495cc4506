import type { Venue } from '../../core/venue/index.ts';
import { pickText } from '../../core/i18n/localize.ts';
import type { PositionState } from '../../state/position-store.ts';
import type { PositioningStrings } from './positioning-strings.ts';

/**
 * The panel's status line: what the positioning is doing, in the visitor's
 * language. Read by screen readers as it changes (a polite live region), so it
 * changes only when something a visitor cares about changes — the number of
 * beacons followed, not the rate of signals.
 */
export function statusText(state: PositionState, venue: Venue, lang: string, p: PositioningStrings): string {
  const mine = state.venueId === venue.id;
  const roomName = (id: string | null | undefined): string | null => {
    const room = id ? venue.rooms.find((r) => r.id === id) : undefined;
    return room ? pickText(room.name, lang, venue.defaultLanguage).text : null;
  };
  const { status, source } = state;
  if (!mine || status.state === 'idle' || source === null) {
    if (mine && state.fix && state.via === 'qr') return p.placedQr(roomName(state.fix.room));
    if (mine && state.fix && state.via === 'room') return p.placedRoom(roomName(state.fix.room));
    return p.idle;
  }
  switch (status.state) {
    case 'starting':
      return p.starting[source];
    case 'running':
      return p.running[source] + (state.beaconsHeard > 0 ? p.following(state.beaconsHeard) : p.listening);
    case 'stopped':
      return p.ended[source];
    case 'unavailable':
      return p.unavailable?.[status.reason] ?? status.message;
  }
}
