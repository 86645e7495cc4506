import { useId, useState } from 'react';
import type { Beacon, Venue } from '../../../core/venue/index.ts';
import { coverageRadius, DEFAULT_COVERAGE_THRESHOLD_DBM } from '../../../core/editing/beacon-coverage.ts';
import { DEFAULT_TX_POWER } from '../../../core/positioning/radio/path-loss.ts';
import { useEditorStore } from '../state/current-editor.ts';
import { parseTxPower } from './identity-draft.ts';
import { BeaconIdentityFields } from './BeaconIdentityFields.tsx';
import { PositionFields } from '../fields/PositionFields.tsx';
import { useSyncedDraft } from '../fields/use-synced-draft.ts';
import { floorName } from './beacon-labels.ts';

/** The id of the Beacons panel's heading, which takes focus when the selected beacon is deleted. */
export const BEACONS_HEADING_ID = 'beacons-panel-heading';

/** "−59": dBm with a real minus sign, as printed on beacon data sheets. */
export const dbm = (n: number): string => `${n < 0 ? '−' : ''}${Math.abs(n)}`;

/** The coverage sentence of the form: "Heard up to about 14 m away at −90 dBm", with what it assumed. */
export function coverageText(beacon: Pick<Beacon, 'txPower' | 'pathLossExponent'>): string {
  const radius = coverageRadius(beacon);
  const metres = radius < 10 ? Math.round(radius * 2) / 2 : Math.round(radius);
  const head = `Heard up to about ${metres} m away at ${dbm(DEFAULT_COVERAGE_THRESHOLD_DBM)} dBm`;
  if (beacon.txPower === undefined) return `${head} (not calibrated: assuming ${dbm(DEFAULT_TX_POWER)} dBm at 1 m).`;
  return `${head}.`;
}

/** The calibrated power at 1 m, typed; empty means "not calibrated". */
function TxPowerField({ beacon }: { beacon: Beacon }) {
  const store = useEditorStore();
  const id = useId();
  const [draft, setDraft] = useSyncedDraft(
    beacon.txPower,
    (tx) => (tx === undefined ? '' : String(tx)),
    (text, tx) => {
      const parsed = parseTxPower(text);
      return parsed.ok && parsed.value === (tx ?? null);
    },
  );
  const parsed = parseTxPower(draft);
  const change = (text: string) => {
    setDraft(text);
    const next = parseTxPower(text);
    if (!next.ok || next.value === (beacon.txPower ?? null)) return;
    store.getState().apply({ type: 'setBeaconTxPower', id: beacon.id, txPower: next.value });
  };
  return (
    <div className="beacon-field">
      <label htmlFor={id}>Signal strength at 1 m (dBm)</label>
      <input
        id={id}
        className="beacon-number"
        value={draft}
        placeholder="not calibrated"
        aria-invalid={parsed.ok ? undefined : true}
        aria-describedby={`${id}-hint`}
        onChange={(e) => change(e.target.value)}
        onBlur={() => store.getState().breakCoalescing()}
      />
      <span id={`${id}-hint`} className={parsed.ok ? 'beacon-hint' : 'beacon-error'}>
        {parsed.ok ? 'Measured with a phone 1 m from the beacon (−120 to 20); leave empty if not calibrated.' : parsed.message}
      </span>
    </div>
  );
}

/** Delete with an inline confirmation that says what else changes. */
function DeleteBeacon({ beacon, venue }: { beacon: Beacon; venue: Venue }) {
  const store = useEditorStore();
  const [confirming, setConfirming] = useState(false);
  const linked = venue.hotspots?.filter((h) => h.beacon === beacon.id).length ?? 0;
  if (!confirming) {
    return (
      <button type="button" className="editor-button beacon-danger" onClick={() => setConfirming(true)}>
        Delete beacon
      </button>
    );
  }
  return (
    <div className="beacon-confirm" role="group" aria-label="Confirm deleting the beacon">
      <p>
        Delete beacon <code>{beacon.id}</code>?
        {linked > 0 && ` ${linked} ${linked === 1 ? 'exhibit is' : 'exhibits are'} linked to it and will lose the link.`} You can undo this.
      </p>
      <button
        type="button"
        className="editor-button beacon-danger"
        onClick={() => {
          // The form goes with the beacon: focus moves to the panel's heading rather than being lost.
          if (store.getState().apply({ type: 'deleteBeacon', id: beacon.id }).ok) document.getElementById(BEACONS_HEADING_ID)?.focus();
        }}
      >
        Delete
      </button>{' '}
      <button type="button" className="editor-button" autoFocus onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}

/**
 * The selected beacon: where it is (floor, position), how phones recognise it
 * (identity), how strong it is (txPower), how far it reaches, and Delete.
 */
export function BeaconForm({ beacon, venue }: { beacon: Beacon; venue: Venue }) {
  const store = useEditorStore();
  return (
    <section className="beacon-form" aria-labelledby="beacon-form-title">
      <h3 id="beacon-form-title">
        Beacon <code>{beacon.id}</code>
      </h3>
      <p className="beacon-floor">
        Floor: <strong>{floorName(venue, beacon.floor)}</strong>
        <span className="beacon-hint"> (drag the blue marker in the 3D view to move it)</span>
      </p>
      <PositionFields position={beacon.position} onMove={(position, gesture) => store.getState().apply({ type: 'moveBeacon', id: beacon.id, position }, { gesture })} />
      <BeaconIdentityFields beacon={beacon} />
      <TxPowerField beacon={beacon} />
      <p className="beacon-coverage">{coverageText(beacon)}</p>
      <DeleteBeacon beacon={beacon} venue={venue} />
    </section>
  );
}
