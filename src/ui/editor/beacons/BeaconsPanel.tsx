import type { Beacon, Venue } from '../../../core/venue/index.ts';
import { useEditorState, useEditorStore } from '../state/current-editor.ts';
import { BEACONS_HEADING_ID, BeaconForm, dbm } from './BeaconForm.tsx';
import { WeakCoverageList } from './WeakCoverageList.tsx';
import { floorName } from './beacon-labels.ts';
import { identitySummary } from './identity-draft.ts';
import './beacons.css';

/** The hint shown while the place-beacon tool is active. */
export const PLACE_BEACON_HINT = 'Click a wall or ceiling in the 3D view';

/** "Place a beacon", or while placing, the hint and a way out. */
function PlaceBeacon() {
  const store = useEditorStore();
  const placing = useEditorState((s) => s.tool === 'place-beacon');
  return (
    <div className="beacon-place">
      {placing ? (
        <button type="button" className="editor-button" onClick={() => store.getState().setTool('select')}>
          Cancel placing
        </button>
      ) : (
        <button type="button" className="editor-button editor-primary" onClick={() => store.getState().setTool('place-beacon')}>
          Place a beacon
        </button>
      )}
      {/* Always in the page, so screen readers announce the hint when it appears. */}
      <p className={placing ? 'beacon-place-hint' : 'visually-hidden'} role="status">
        {placing ? `${PLACE_BEACON_HINT} to place the beacon.` : ''}
      </p>
    </div>
  );
}

/** One row of the beacon list: id, floor, identity and power, as one select button. */
function BeaconRow({ beacon, venue, selected }: { beacon: Beacon; venue: Venue; selected: boolean }) {
  const store = useEditorStore();
  const power = beacon.txPower === undefined ? 'not calibrated' : `${dbm(beacon.txPower)} dBm`;
  return (
    <li>
      <button type="button" className="beacon-row" aria-pressed={selected} onClick={() => store.getState().select({ kind: 'beacon', id: beacon.id })}>
        <span className="beacon-row-id">{beacon.id}</span>
        <span className="beacon-row-floor">{floorName(venue, beacon.floor)}</span>
        <span className="beacon-row-identity">{identitySummary(beacon.identity)}</span>
        <span className="beacon-row-power">{power}</span>
      </button>
    </li>
  );
}

/**
 * The editor's "Beacons" tab: every beacon of the venue, a button to place a new
 * one in the 3D view, the selected beacon's form (position, radio identity,
 * calibrated power, estimated range, delete) and the rooms with weak coverage.
 */
export function BeaconsPanel() {
  const venue = useEditorState((s) => s.venue);
  const selection = useEditorState((s) => s.selection);
  const beacons = venue.beacons ?? [];
  const selectedId = selection?.kind === 'beacon' ? selection.id : null;
  const selected = beacons.find((b) => b.id === selectedId);

  return (
    <div className="beacons-panel">
      <h2 id={BEACONS_HEADING_ID} tabIndex={-1}>
        Beacons
      </h2>
      <p className="beacon-hint">Small radio transmitters on walls or ceilings: visitors’ phones find where they are by hearing them.</p>
      <PlaceBeacon />
      {beacons.length === 0 ? (
        <p>No beacons yet.</p>
      ) : (
        <ul className="beacon-list" aria-label={`${beacons.length} ${beacons.length === 1 ? 'beacon' : 'beacons'}`}>
          {beacons.map((b) => (
            <BeaconRow key={b.id} beacon={b} venue={venue} selected={b.id === selectedId} />
          ))}
        </ul>
      )}
      {/* Keyed by beacon: the form's half-typed fields belong to one beacon. */}
      {selected && <BeaconForm key={selected.id} beacon={selected} venue={venue} />}
      <WeakCoverageList venue={venue} />
    </div>
  );
}
