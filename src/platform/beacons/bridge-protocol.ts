import type { BeaconIdentity } from '../../core/venue/schema.ts';
import type { BeaconSourceStatus } from './source.ts';

/**
 * The native-bridge message protocol (docs/native-bridge.md): what a wrapper app
 * (Android or iOS, hosting the page in a WebView) posts to the page, and what
 * the page posts back. Everything arriving is untrusted: {@link parseBridgeMessage}
 * checks every field and every size, and answers with a reason instead of
 * throwing, so the source can count what it drops.
 */

/** Every message of the protocol carries this `source`, so other postMessage traffic is told apart. */
export const BRIDGE_SOURCE = 'museum-visit-bridge';
/** The protocol version this page speaks. */
export const BRIDGE_VERSION = 1;

/** Size bounds: a message beyond them is dropped whole, an item beyond them alone. */
export const BRIDGE_LIMITS = {
  /** Characters of a message that arrives as a JSON string. */
  messageChars: 1_000_000,
  /** Advertisements in one message. */
  items: 512,
  /** Characters of one hex string (a 2 048-byte extended advertisement, with a `0x` prefix). */
  hexChars: 4098,
  /** Entries of one serviceData / manufacturerData object. */
  recordEntries: 16,
  /** Characters of a record key (a full 128-bit UUID is 36). */
  keyChars: 36,
  /** Characters of a device address. */
  addressChars: 64,
  /** Characters of a status message shown to the visitor (longer ones are cut). */
  statusMessageChars: 300,
} as const;

/** One advertisement as the wrapper reports it (validated). */
export interface BridgeAdvertisement {
  /** The wrapper's clock, ms (any monotonic clock; only differences within a message matter). */
  readonly t?: number;
  readonly rssi: number;
  /** The sending radio (MAC address or the OS's device id), to tie telemetry frames to beacons. */
  readonly address?: string;
  /** The whole advertising payload, hex (Android `ScanRecord.getBytes()`). */
  readonly data?: string;
  /** Service data by 16-bit UUID, hex of the bytes after the UUID. */
  readonly serviceData?: Readonly<Record<string, string>>;
  /** Manufacturer data by company id, hex of the bytes after the id. */
  readonly manufacturerData?: Readonly<Record<string, string>>;
  /** An identity the OS already decoded (iOS CoreLocation ranging reports iBeacons only this way). */
  readonly beacon?: BeaconIdentity;
}

/** A validated message from the wrapper. */
export type BridgeMessage =
  | { readonly type: 'advertisements'; readonly items: readonly BridgeAdvertisement[]; readonly malformedItems: number }
  | { readonly type: 'motion'; readonly step?: boolean; readonly heading?: number }
  | { readonly type: 'status'; readonly status: Exclude<BeaconSourceStatus, { state: 'starting' }> };

/** What the page posts to the wrapper. */
export interface BridgeCommand {
  readonly source: typeof BRIDGE_SOURCE;
  readonly version: typeof BRIDGE_VERSION;
  readonly type: 'start' | 'stop';
}

/** Why a message was dropped. `foreign` is other postMessage traffic, not an error of the wrapper. */
export type BridgeDropReason = 'foreign' | 'too-large' | 'unsupported-version' | 'unknown-type' | 'malformed';

export type BridgeParseResult = { readonly ok: true; readonly message: BridgeMessage } | { readonly ok: false; readonly reason: BridgeDropReason };

const UNAVAILABLE_REASONS = ['unsupported', 'denied', 'no-beacons', 'failed'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isBoundedString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const HEX = /^(0x)?[0-9a-fA-F]*$/;
const isHex = (v: unknown): v is string => isBoundedString(v, BRIDGE_LIMITS.hexChars) && HEX.test(v);

/** A record map of hex values, or null when any part is malformed or too large. */
function hexRecords(value: unknown): Record<string, string> | null {
  if (!isRecord(value)) return null;
  const keys = Object.keys(value);
  if (keys.length > BRIDGE_LIMITS.recordEntries) return null;
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = value[k];
    if (k.length > BRIDGE_LIMITS.keyChars || !isHex(v)) return null;
    out[k] = v;
  }
  return out;
}

/** A pre-decoded identity, checked as strictly as scene.json checks beacons. */
function identity(value: unknown): BeaconIdentity | null {
  if (!isRecord(value)) return null;
  if (value.protocol === 'eddystone-uid') {
    const { namespace, instance } = value;
    if (typeof namespace !== 'string' || typeof instance !== 'string' || !/^[0-9a-fA-F]{20}$/.test(namespace) || !/^[0-9a-fA-F]{12}$/.test(instance)) return null;
    return { protocol: 'eddystone-uid', namespace, instance };
  }
  if (value.protocol === 'ibeacon') {
    const { uuid, major, minor } = value;
    const uint16 = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 0xffff;
    if (typeof uuid !== 'string' || !/^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/.test(uuid) || !uint16(major) || !uint16(minor)) return null;
    return { protocol: 'ibeacon', uuid, major, minor };
  }
  return null;
}

/** One advertisement item, or null when malformed. RSSI plausibility is the decoder's to judge (and count). */
function advertisement(value: unknown): BridgeAdvertisement | null {
  if (!isRecord(value) || typeof value.rssi !== 'number') return null;
  const item: { -readonly [K in keyof BridgeAdvertisement]: BridgeAdvertisement[K] } = { rssi: value.rssi };
  if (value.t !== undefined) {
    if (!isFiniteNumber(value.t)) return null;
    item.t = value.t;
  }
  if (value.address !== undefined) {
    if (!isBoundedString(value.address, BRIDGE_LIMITS.addressChars)) return null;
    item.address = value.address;
  }
  if (value.data !== undefined) {
    if (!isHex(value.data)) return null;
    item.data = value.data;
  }
  for (const field of ['serviceData', 'manufacturerData'] as const) {
    if (value[field] === undefined) continue;
    const records = hexRecords(value[field]);
    if (!records) return null;
    item[field] = records;
  }
  if (value.beacon !== undefined) {
    const id = identity(value.beacon);
    if (!id) return null;
    item.beacon = id;
  }
  return item.data !== undefined || item.serviceData !== undefined || item.manufacturerData !== undefined || item.beacon !== undefined ? item : null;
}

function status(value: Record<string, unknown>): BridgeMessage | null {
  const state = value.state;
  if (state === 'running' || state === 'stopped') return { type: 'status', status: { state } };
  if (state !== 'unavailable') return null;
  const reason = UNAVAILABLE_REASONS.find((r) => r === value.reason) ?? 'failed';
  const text = typeof value.message === 'string' && value.message.trim() !== '' ? value.message.trim().slice(0, BRIDGE_LIMITS.statusMessageChars) : 'The museum app cannot scan for beacons.';
  return { type: 'status', status: { state: 'unavailable', reason, message: text } };
}

/**
 * Validates a message posted to the page (the `data` of a `message` event: an
 * object, or the same as a JSON string, as React Native WebView delivers it).
 * Never throws. Malformed advertisement items are dropped alone and counted in
 * `malformedItems`; a malformed envelope drops the whole message.
 */
export function parseBridgeMessage(data: unknown): BridgeParseResult {
  let value = data;
  if (typeof value === 'string') {
    // Other libraries post strings too: only a JSON object naming our source is ours.
    if (value.length > BRIDGE_LIMITS.messageChars) return value.includes(BRIDGE_SOURCE) ? { ok: false, reason: 'too-large' } : { ok: false, reason: 'foreign' };
    if (!value.includes(BRIDGE_SOURCE)) return { ok: false, reason: 'foreign' };
    try {
      value = JSON.parse(value);
    } catch {
      return { ok: false, reason: 'malformed' };
    }
  }
  if (!isRecord(value) || value.source !== BRIDGE_SOURCE) return { ok: false, reason: 'foreign' };
  if (value.version !== BRIDGE_VERSION) return { ok: false, reason: 'unsupported-version' };
  switch (value.type) {
    case 'advertisements': {
      const items = value.items;
      if (!Array.isArray(items)) return { ok: false, reason: 'malformed' };
      if (items.length > BRIDGE_LIMITS.items) return { ok: false, reason: 'too-large' };
      const valid: BridgeAdvertisement[] = [];
      for (const raw of items) {
        const item = advertisement(raw);
        if (item) valid.push(item);
      }
      return { ok: true, message: { type: 'advertisements', items: valid, malformedItems: items.length - valid.length } };
    }
    case 'motion': {
      const { step, heading } = value;
      if ((step !== undefined && typeof step !== 'boolean') || (heading !== undefined && !isFiniteNumber(heading)) || (step === undefined && heading === undefined)) {
        return { ok: false, reason: 'malformed' };
      }
      // Any finite angle is accepted; the page keeps it in (−π, π].
      return { ok: true, message: { type: 'motion', ...(step !== undefined && { step }), ...(heading !== undefined && { heading: Math.atan2(Math.sin(heading), Math.cos(heading)) }) } };
    }
    case 'status': {
      const message = status(value);
      return message ? { ok: true, message } : { ok: false, reason: 'malformed' };
    }
    default:
      return { ok: false, reason: 'unknown-type' };
  }
}

/** The command the page sends to the wrapper. */
export function bridgeCommand(type: BridgeCommand['type']): BridgeCommand {
  return { source: BRIDGE_SOURCE, version: BRIDGE_VERSION, type };
}
