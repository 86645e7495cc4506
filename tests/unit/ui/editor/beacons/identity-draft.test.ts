import { describe, expect, it } from 'vitest';
import {
  checkIdentityDraft,
  draftMatches,
  draftOf,
  identitySummary,
  identityToApply,
  parseTxPower,
  type IdentityDraft,
} from '../../../../../src/ui/editor/beacons/identity-draft.ts';

/** The beacon identity form, checked as the curator types. */

const empty = draftOf(undefined);
const eddystone = (namespace: string, instance: string): IdentityDraft => ({ ...empty, protocol: 'eddystone-uid', namespace, instance });
const ibeacon = (uuid: string, major: string, minor: string): IdentityDraft => ({ ...empty, protocol: 'ibeacon', uuid, major, minor });

describe('checkIdentityDraft', () => {
  it('says how many digits were typed when a namespace is too short', () => {
    const check = checkIdentityDraft(eddystone('28c6c999e7b6e5862a', '000000000001'));
    expect(check).toEqual({
      state: 'invalid',
      errors: { namespace: 'Namespace must be 20 hexadecimal digits (0–9, a–f); you typed 18' },
    });
  });

  it('names the first character that is not a hex digit', () => {
    const check = checkIdentityDraft(eddystone('28c6c999e7b6e5862a2g', '00000000000z'));
    expect(check.state).toBe('invalid');
    if (check.state !== 'invalid') return;
    expect(check.errors.namespace).toContain('“g” is not one');
    expect(check.errors.instance).toContain('“z” is not one');
  });

  it('is incomplete, not wrong, while fields are empty', () => {
    expect(checkIdentityDraft({ ...empty, protocol: 'eddystone-uid' })).toEqual({ state: 'incomplete', missing: ['namespace', 'instance'] });
    expect(checkIdentityDraft(ibeacon('', '1', ''))).toEqual({ state: 'incomplete', missing: ['uuid', 'minor'] });
  });

  it('gives a normalized identity when complete: lower case, spaces and 0x dropped, UUID dashed', () => {
    expect(checkIdentityDraft(eddystone(' 0x28C6C999E7B6E586 2A2A', '00000000000A'))).toEqual({
      state: 'valid',
      identity: { protocol: 'eddystone-uid', namespace: '28c6c999e7b6e5862a2a', instance: '00000000000a' },
    });
    expect(checkIdentityDraft(ibeacon('F7826DA64FA24E988024BC5B71E0893E', '1', '65535'))).toEqual({
      state: 'valid',
      identity: { protocol: 'ibeacon', uuid: 'f7826da6-4fa2-4e98-8024-bc5b71e0893e', major: 1, minor: 65535 },
    });
    expect(checkIdentityDraft(empty)).toEqual({ state: 'valid', identity: null });
  });

  it('rejects major and minor outside 0–65535 and UUIDs of the wrong length', () => {
    const check = checkIdentityDraft(ibeacon('f7826da6-4fa2-4e98-8024-bc5b71e089', '65536', '-1'));
    expect(check.state).toBe('invalid');
    if (check.state !== 'invalid') return;
    expect(check.errors.major).toBe('Major must be a whole number from 0 to 65535');
    expect(check.errors.minor).toBe('Minor must be a whole number from 0 to 65535');
    expect(check.errors.uuid).toContain('you typed 30');
  });
});

describe('identityToApply', () => {
  const stored = { protocol: 'eddystone-uid', namespace: '28c6c999e7b6e5862a2a', instance: '000000000001' } as const;

  it('applies nothing while the draft is incomplete or wrong, or says what is stored', () => {
    expect(identityToApply(eddystone('28c6', ''), stored)).toBeUndefined();
    expect(identityToApply(eddystone('28c6c999e7b6e5862a2a', '00000000000x'), stored)).toBeUndefined();
    expect(identityToApply(eddystone('28C6C999E7B6E5862A2A', '000000000001'), stored)).toBeUndefined();
    expect(draftMatches(draftOf(stored), stored)).toBe(true);
  });

  it('applies a changed complete identity, and null for "none"', () => {
    expect(identityToApply(eddystone('28c6c999e7b6e5862a2a', '000000000002'), stored)).toEqual({ ...stored, instance: '000000000002' });
    expect(identityToApply(empty, stored)).toBeNull();
    expect(identityToApply(empty, undefined)).toBeUndefined();
  });
});

describe('identitySummary and parseTxPower', () => {
  it('summarizes identities for the list', () => {
    expect(identitySummary(undefined)).toBe('No identity');
    expect(identitySummary({ protocol: 'eddystone-uid', namespace: '28c6c999e7b6e5862a2a', instance: '000000000001' })).toBe('Eddystone 28c6…2a2a / 000000000001');
    expect(identitySummary({ protocol: 'ibeacon', uuid: 'f7826da6-4fa2-4e98-8024-bc5b71e0893e', major: 1, minor: 2 })).toBe('iBeacon f782…893e 1/2');
  });

  it('reads an empty power as "not calibrated" and refuses values outside −120…20 dBm', () => {
    expect(parseTxPower('')).toEqual({ ok: true, value: null });
    expect(parseTxPower('-59')).toEqual({ ok: true, value: -59 });
    expect(parseTxPower('−62')).toEqual({ ok: true, value: -62 });
    expect(parseTxPower('-121')).toMatchObject({ ok: false, message: expect.stringContaining('between −120 and 20') });
    expect(parseTxPower('loud')).toMatchObject({ ok: false });
  });
});
