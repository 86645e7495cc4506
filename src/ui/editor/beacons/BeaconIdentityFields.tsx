import { useId } from 'react';
import type { Beacon, BeaconIdentity } from '../../../core/venue/index.ts';
import { useEditorStore } from '../state/current-editor.ts';
import { checkIdentityDraft, draftMatches, draftOf, FIELD_NAMES, identityToApply, type IdentityCheck, type IdentityDraft, type IdentityField, type IdentityProtocol } from './identity-draft.ts';
import { useSyncedDraft } from '../fields/use-synced-draft.ts';

const PROTOCOLS: readonly { value: IdentityProtocol; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'eddystone-uid', label: 'Eddystone-UID' },
  { value: 'ibeacon', label: 'iBeacon' },
];

/** Hints under each field: what to type, in the beacon maker's words. */
const HINTS: Record<IdentityField, string> = {
  namespace: '20 hexadecimal digits, as shown by the beacon’s setup app',
  instance: '12 hexadecimal digits',
  uuid: '32 hexadecimal digits, dashes optional',
  major: 'Whole number, 0–65535',
  minor: 'Whole number, 0–65535',
};

/** "a", "a and b", "a, b and c". */
const listWords = (words: string[]): string => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/** The status line under the identity fields. */
function statusOf(check: IdentityCheck, refusal: string | null, stored: BeaconIdentity | undefined, draft: IdentityDraft): string {
  if (refusal) return refusal;
  if (check.state === 'incomplete') {
    const missing = listWords(check.missing.map((f) => (f === 'uuid' ? FIELD_NAMES[f] : FIELD_NAMES[f].toLowerCase())));
    return stored ? `Fill in the ${missing}; until then the beacon keeps its saved identity.` : `Fill in the ${missing} to save the identity.`;
  }
  if (check.state === 'invalid') return stored ? 'Not saved yet: the beacon keeps its saved identity until the mistakes are fixed.' : 'Not saved yet: fix the mistakes above.';
  return draft.protocol === 'none' ? 'No radio identity: visitors’ phones cannot recognise this beacon yet.' : 'Saved.';
}

/**
 * The radio identity of a beacon: protocol, then Eddystone namespace and instance
 * or iBeacon UUID, major and minor. Checked as the curator types, with messages per
 * field; applied (one undo step) as soon as it is complete and valid. The core's
 * refusal of a duplicate identity is shown here too.
 */
export function BeaconIdentityFields({ beacon }: { beacon: Beacon }) {
  const store = useEditorStore();
  const ids = useId();
  const [draft, setDraft] = useSyncedDraft(beacon.identity, draftOf, draftMatches);
  const [refusal, setRefusal] = useSyncedDraft<BeaconIdentity | undefined, string | null>(beacon.identity, () => null, () => false);

  const change = (next: IdentityDraft) => {
    setDraft(next);
    const identity = identityToApply(next, beacon.identity);
    if (identity === undefined) {
      setRefusal(null);
      return;
    }
    const outcome = store.getState().apply({ type: 'setBeaconIdentity', id: beacon.id, identity });
    setRefusal(outcome.ok ? null : `Not saved: ${outcome.message}.`);
  };

  const check = checkIdentityDraft(draft);
  const errors = check.state === 'invalid' ? check.errors : {};
  const fields: IdentityField[] = draft.protocol === 'eddystone-uid' ? ['namespace', 'instance'] : draft.protocol === 'ibeacon' ? ['uuid', 'major', 'minor'] : [];
  const statusId = `${ids}-status`;

  return (
    <fieldset className="beacon-identity">
      <legend>Radio identity</legend>
      <div className="beacon-protocols" role="radiogroup" aria-label="Protocol">
        {PROTOCOLS.map((p) => (
          <label key={p.value}>
            <input type="radio" name={`${ids}-protocol`} value={p.value} checked={draft.protocol === p.value} onChange={() => change({ ...draft, protocol: p.value })} />
            {p.label}
          </label>
        ))}
      </div>
      {fields.map((field) => {
        const inputId = `${ids}-${field}`;
        const error = errors[field];
        const numeric = field === 'major' || field === 'minor';
        return (
          <div key={field} className="beacon-field">
            <label htmlFor={inputId}>{FIELD_NAMES[field]}</label>
            <input
              id={inputId}
              className={numeric ? 'beacon-number' : 'beacon-hex'}
              value={draft[field]}
              inputMode={numeric ? 'numeric' : 'text'}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={`${inputId}-hint`}
              onChange={(e) => change({ ...draft, [field]: e.target.value })}
            />
            <span id={`${inputId}-hint`} className={error ? 'beacon-error' : 'beacon-hint'}>
              {error ?? HINTS[field]}
            </span>
          </div>
        );
      })}
      <p id={statusId} className={refusal || check.state === 'invalid' ? 'beacon-status beacon-error' : 'beacon-status'} role="status">
        {statusOf(check, refusal, beacon.identity, draft)}
      </p>
    </fieldset>
  );
}
