import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { LoadedVenue } from '../../core/venue/index.ts';
import type { BeaconSourceKind } from '../../platform/beacons/source.ts';
import { pickText } from '../../core/i18n/localize.ts';
import { usePosition } from '../../state/position-store.ts';
import { setFloor, viewStore } from '../../state/view-store.ts';
import { placeInRoom } from '../../state/positioning/placement.ts';
import { startPositioning, stopPositioning } from '../../state/positioning/controller.ts';
import { positioningStrings } from './positioning-strings.ts';
import { statusText } from './status-text.ts';
import { insideWrapperApp, type BridgeWindow } from '../../platform/beacons/native-bridge.ts';
import './positioning.css';

/**
 * Inside a wrapper app (a WebView with the native bridge) the app scans for
 * beacons with the platform's full Bluetooth APIs; in a browser, Web Bluetooth.
 * Same button for the visitor either way.
 */
function beaconSourceKind(): BeaconSourceKind {
  return insideWrapperApp(window as unknown as BridgeWindow) ? 'bridge' : 'bluetooth';
}

/**
 * The positioning panel: where the visitor's position comes from (Bluetooth
 * beacons, the venue's demo walk, a simulated walk), "I am in…" for phones that
 * cannot scan, and Stop. Its status line is a polite live region. The session it
 * drives keeps running when the panel closes.
 */
export default function PositioningPanel({ id, loaded, lang, onClose }: { id: string; loaded: LoadedVenue; lang: string; onClose: () => void }) {
  const { venue } = loaded;
  const p = positioningStrings(lang);
  const titleId = useId();
  const roomSelectId = useId();
  const [room, setRoom] = useState('');
  const state = usePosition((s) => s);
  const status = statusText(state, venue, lang, p);
  const mine = state.venueId === venue.id;
  const running = mine && state.source !== null && (state.status.state === 'running' || state.status.state === 'starting') ? state.source : null;
  const beacons = beaconSourceKind();

  // Rooms by floor, lowest floor first, names in the visitor's language.
  const floors = useMemo(
    () =>
      [...venue.floors]
        .sort((a, b) => a.elevation - b.elevation)
        .map((f) => ({
          id: f.id,
          name: pickText(f.name, lang, venue.defaultLanguage).text,
          rooms: venue.rooms
            .filter((r) => r.floor === f.id)
            .map((r) => ({ id: r.id, name: pickText(r.name, lang, venue.defaultLanguage).text }))
            .sort((a, b) => a.name.localeCompare(b.name, lang)),
        }))
        .filter((f) => f.rooms.length > 0),
    [venue, lang],
  );

  const choose = (kind: BeaconSourceKind) => void startPositioning(loaded, kind);
  const putMeThere = (e: FormEvent) => {
    e.preventDefault();
    const target = venue.rooms.find((r) => r.id === room);
    if (!target || !placeInRoom(venue, target.id)) return;
    // Show the floor the visitor is on (walking stays where it is: its floor is the camera's).
    if (venue.floors.length > 1 && viewStore.getState().mode !== 'walk') setFloor(target.floor);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };
  const sources: { kind: BeaconSourceKind; label: string }[] = [
    { kind: beacons, label: p.bluetooth },
    { kind: 'replay', label: p.replay },
    { kind: 'simulation', label: p.simulation },
  ];

  return (
    <section id={id} className="positioning-panel" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="positioning-panel__head">
        <h2 id={titleId}>{p.title}</h2>
        <button type="button" className="positioning-panel__close" onClick={onClose} aria-label={p.close}>
          ×
        </button>
      </div>
      <p className="positioning-status" role="status" aria-live="polite">
        {status}
      </p>
      {running && <p className="positioning-rate">{p.rate(state.sightingsPerSecond)}</p>}
      <div role="group" aria-label={p.sources} className="positioning-sources">
        {sources.map((s) => (
          <button key={s.kind} type="button" data-source={s.kind} aria-pressed={running === s.kind} onClick={() => choose(s.kind)}>
            {s.label}
          </button>
        ))}
      </div>
      <form className="positioning-room" onSubmit={putMeThere}>
        <label htmlFor={roomSelectId}>{p.pickRoom}</label>
        <div className="positioning-room__row">
          <select id={roomSelectId} value={room} onChange={(e) => setRoom(e.target.value)}>
            <option value="">{p.chooseRoom}</option>
            {floors.map((f) => (
              <optgroup key={f.id} label={f.name}>
                {f.rooms.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="submit" disabled={room === ''}>
            {p.putMeThere}
          </button>
        </div>
      </form>
      <p className="positioning-hint">{p.qrHint}</p>
      <div className="positioning-panel__foot">
        <button type="button" className="positioning-stop" onClick={() => stopPositioning(venue.id)}>
          {p.stop}
        </button>
        <p className="positioning-privacy">{p.privacy}</p>
      </div>
    </section>
  );
}
