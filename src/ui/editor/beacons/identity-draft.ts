import { identityKey, type BeaconIdentity } from '../../../core/venue/index.ts';

/**
 * A beacon's radio identity as the curator types it: every field as text, checked
 * at each keystroke. Only a complete, valid identity is applied to the venue, so
 * the document never holds half an identity, while the form keeps what was typed.
 */

/** The protocol choice of the form; 'none' removes the identity. */
export type IdentityProtocol = 'none' | BeaconIdentity['protocol'];

/** The identity fields of the form, as typed. */
export interface IdentityDraft {
  protocol: IdentityProtocol;
  namespace: string;
  instance: string;
  uuid: string;
  major: string;
  minor: string;
}

/** A field of {@link IdentityDraft} holding typed text. */
export type IdentityField = Exclude<keyof IdentityDraft, 'protocol'>;

/** What the draft amounts to. */
export type IdentityCheck =
  /** Complete and valid: `identity` (null for 'none') can be applied. */
  | { state: 'valid'; identity: BeaconIdentity | null }
  /** Nothing wrong yet, but fields are still empty. */
  | { state: 'incomplete'; missing: IdentityField[] }
  /** At least one field has a mistake; messages by field, in plain words. */
  | { state: 'invalid'; errors: Partial<Record<IdentityField, string>> };

/** The form's fields for a stored identity (or an empty Eddystone/iBeacon form). */
export function draftOf(identity: BeaconIdentity | undefined): IdentityDraft {
  const empty: IdentityDraft = { protocol: 'none', namespace: '', instance: '', uuid: '', major: '', minor: '' };
  if (!identity) return empty;
  if (identity.protocol === 'eddystone-uid') return { ...empty, protocol: identity.protocol, namespace: identity.namespace, instance: identity.instance };
  return { ...empty, protocol: identity.protocol, uuid: identity.uuid, major: String(identity.major), minor: String(identity.minor) };
}

/** Human names of the fields, for messages. */
export const FIELD_NAMES: Record<IdentityField, string> = {
  namespace: 'Namespace',
  instance: 'Instance',
  uuid: 'UUID',
  major: 'Major',
  minor: 'Minor',
};

/** Typed hex text without the spaces and "0x" a curator may copy from a beacon app. */
const compactHex = (text: string): string => text.trim().replace(/^0x/i, '').replace(/\s+/g, '');

/** The first character of `text` that is not a hexadecimal digit (dashes allowed when `dashes`). */
function badCharacter(text: string, dashes: boolean): string | undefined {
  return [...text].find((c) => !/[0-9a-fA-F]/.test(c) && !(dashes && c === '-'));
}

/** Why a fixed-length hex field is wrong, or null; `text` is compacted. */
export function hexFieldProblem(field: 'namespace' | 'instance', text: string, digits: number): string | null {
  const name = FIELD_NAMES[field];
  const bad = badCharacter(text, false);
  if (bad !== undefined) return `${name} may only hold hexadecimal digits (0–9, a–f); “${bad}” is not one`;
  if (text.length !== digits) return `${name} must be ${digits} hexadecimal digits (0–9, a–f); you typed ${text.length}`;
  return null;
}

/** Why a UUID is wrong, or null: 32 hex digits, dashes anywhere ignored. */
export function uuidProblem(text: string): string | null {
  const bad = badCharacter(text, true);
  if (bad !== undefined) return `UUID may only hold hexadecimal digits (0–9, a–f) and dashes; “${bad}” is not one`;
  const digits = text.replace(/-/g, '').length;
  if (digits !== 32) return `UUID must be 32 hexadecimal digits, dashes optional (like f7826da6-4fa2-4e98-8024-bc5b71e0893e); you typed ${digits}`;
  return null;
}

/** Why a major or minor number is wrong, or null. */
export function uint16Problem(field: 'major' | 'minor', text: string): string | null {
  if (!/^\d+$/.test(text) || Number(text) > 65535) return `${FIELD_NAMES[field]} must be a whole number from 0 to 65535`;
  return null;
}

/** A UUID's 32 digits in the usual 8-4-4-4-12 form, lower case. */
export function formatUuid(text: string): string {
  const d = text.replace(/-/g, '').toLowerCase();
  return `${d.slice(0, 8)}-${d.slice(8, 12)}-${d.slice(12, 16)}-${d.slice(16, 20)}-${d.slice(20)}`;
}

/** Checks the draft; a valid identity comes out normalized (lower-case hex, dashed UUID). */
export function checkIdentityDraft(draft: IdentityDraft): IdentityCheck {
  if (draft.protocol === 'none') return { state: 'valid', identity: null };
  const fields: IdentityField[] = draft.protocol === 'eddystone-uid' ? ['namespace', 'instance'] : ['uuid', 'major', 'minor'];
  const text = (field: IdentityField): string => (field === 'namespace' || field === 'instance' ? compactHex(draft[field]) : draft[field].trim());
  const errors: Partial<Record<IdentityField, string>> = {};
  const missing: IdentityField[] = [];
  for (const field of fields) {
    const value = text(field);
    if (value === '') {
      missing.push(field);
      continue;
    }
    const problem =
      field === 'namespace' ? hexFieldProblem(field, value, 20)
      : field === 'instance' ? hexFieldProblem(field, value, 12)
      : field === 'uuid' ? uuidProblem(value)
      : uint16Problem(field, value);
    if (problem) errors[field] = problem;
  }
  if (Object.keys(errors).length > 0) return { state: 'invalid', errors };
  if (missing.length > 0) return { state: 'incomplete', missing };
  if (draft.protocol === 'eddystone-uid') {
    return { state: 'valid', identity: { protocol: 'eddystone-uid', namespace: text('namespace').toLowerCase(), instance: text('instance').toLowerCase() } };
  }
  return { state: 'valid', identity: { protocol: 'ibeacon', uuid: formatUuid(text('uuid')), major: Number(text('major')), minor: Number(text('minor')) } };
}

/** Whether the draft already says what `stored` is (same protocol and numbers, whatever the case or dashes). */
export function draftMatches(draft: IdentityDraft, stored: BeaconIdentity | undefined): boolean {
  const check = checkIdentityDraft(draft);
  if (check.state !== 'valid') return false;
  if (check.identity === null || stored === undefined) return check.identity === null && stored === undefined;
  return identityKey(check.identity) === identityKey(stored);
}

/**
 * What to apply after the curator changed the draft: the identity (null removes
 * it), or undefined when there is nothing to apply yet (incomplete, a mistake, or
 * the same as stored).
 */
export function identityToApply(draft: IdentityDraft, stored: BeaconIdentity | undefined): BeaconIdentity | null | undefined {
  const check = checkIdentityDraft(draft);
  if (check.state !== 'valid' || draftMatches(draft, stored)) return undefined;
  return check.identity;
}

/** A short summary of an identity for lists: "Eddystone 28c6…2a2a / 000000000001", "iBeacon f782…893e 1/2", or "No identity". */
export function identitySummary(identity: BeaconIdentity | undefined): string {
  if (!identity) return 'No identity';
  if (identity.protocol === 'eddystone-uid') return `Eddystone ${shorten(identity.namespace)} / ${identity.instance}`;
  return `iBeacon ${shorten(identity.uuid.replace(/-/g, ''))} ${identity.major}/${identity.minor}`;
}

const shorten = (hex: string): string => (hex.length > 10 ? `${hex.slice(0, 4)}…${hex.slice(-4)}` : hex);

/** Parses the txPower field: empty means "not calibrated" (null); otherwise a number of dBm from −120 to 20, or a message. */
export function parseTxPower(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const t = text.trim().replace('−', '-');
  if (t === '') return { ok: true, value: null };
  const value = Number(t);
  if (!/^-?\d+(\.\d+)?$/.test(t) || !Number.isFinite(value)) return { ok: false, message: 'Signal strength at 1 m must be a number of dBm, like −59' };
  if (value < -120 || value > 20) return { ok: false, message: `Signal strength at 1 m must be between −120 and 20 dBm; ${t} is outside` };
  return { ok: true, value };
}
