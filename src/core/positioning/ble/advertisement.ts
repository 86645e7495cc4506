import { asBytes, hexToBytes, isBytesLike, uint16le, type BytesLike } from './hex.ts';
import { EDDYSTONE_SERVICE_UUID, parseEddystone } from './eddystone.ts';
import { APPLE_COMPANY_ID, parseIBeacon } from './ibeacon.ts';
import { reject, type PacketResult } from './packets.ts';

/**
 * The two shapes in which platforms report an advertisement:
 *
 * - **Records**, as Web Bluetooth does (`event.serviceData`, `event.manufacturerData`)
 *   and traces write them: service data by service UUID, manufacturer data by
 *   company id, each the bytes after the UUID / company id. Keys may be numbers
 *   (Web Bluetooth's manufacturer map), `"0xfeaa"`, `"feaa"`, `"004c"`, decimal
 *   `"76"`, or a full 128-bit UUID `"0000feaa-0000-1000-8000-00805f9b34fb"`
 *   (Web Bluetooth's service map), in any case. Values are hex or bytes.
 * - **The whole payload**, as Android's `ScanRecord.getBytes()` or BlueZ give it:
 *   length-type-value AD structures (Core Specification Supplement, part A).
 *   Type 0x16 is service data with a 16-bit UUID (little-endian) in front; type
 *   0xFF is manufacturer data with a company id (little-endian) in front. Other
 *   types (flags, names, UUID lists…) are skipped.
 *
 * Only Eddystone (service 0xFEAA) and iBeacon (company 0x004C) are read; other
 * services and companies are ignored. An advertisement with neither is rejected
 * as "no beacon data".
 */

/** A hex string, or bytes as Web Bluetooth and bridges hand them over. */
export type AdvertisementBytes = string | BytesLike;

/** Keyed advertisement data: a plain object (JSON) or a Map (Web Bluetooth). Values that are not hex or bytes are rejected. */
export type RecordMap = Readonly<Record<string, unknown>> | ReadonlyMap<string | number, unknown>;

/** Service data and manufacturer data of one advertisement, Web Bluetooth style. */
export interface AdvertisementRecords {
  readonly manufacturerData?: RecordMap | null;
  readonly serviceData?: RecordMap | null;
}

/** AD structure types we read. */
const AD_SERVICE_DATA_16 = 0x16;
const AD_MANUFACTURER_DATA = 0xff;
/** More entries than any real advertisement carries; the rest of a hostile map is ignored. */
const MAX_RECORD_ENTRIES = 32;
/** The fixed part of the Bluetooth base UUID: `0000xxxx-0000-1000-8000-00805f9b34fb`. */
const BASE_UUID_SUFFIX = '-0000-1000-8000-00805f9b34fb';

/** Value of a run of hex digits, or −1. */
function hexValue(s: string, from: number, to: number): number {
  if (to <= from || to - from > 4) return -1;
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) | 32; // lower-cases letters, keeps digits
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

/**
 * A 16-bit UUID or company id from a record key, or null. A `0x` prefix, a hex
 * letter or exactly four characters (the fixed-width form, e.g. `"004c"`) mean hex;
 * other all-digit keys are decimal (`"76"`, as JSON writes Web Bluetooth's numeric
 * keys); a 128-bit UUID counts when it is a 16-bit UUID in the Bluetooth base UUID.
 */
export function sixteenBitKey(key: string | number): number | null {
  if (typeof key === 'number') return Number.isInteger(key) && key >= 0 && key <= 0xffff ? key : null;
  if (key.length === 36) {
    if (!key.startsWith('0000') || key.slice(8).toLowerCase() !== BASE_UUID_SUFFIX) return null;
    const v = hexValue(key, 4, 8);
    return v < 0 ? null : v;
  }
  if (key.length > 6 || key.length === 0) return null;
  if (key.length > 2 && key.charCodeAt(0) === 48 && (key.charCodeAt(1) | 32) === 120) {
    const v = hexValue(key, 2, key.length);
    return v < 0 ? null : v;
  }
  let allDigits = true;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) allDigits = false;
  }
  if (allDigits && key.length !== 4) {
    const v = Number(key);
    return v <= 0xffff ? v : null;
  }
  const v = hexValue(key, 0, key.length);
  return v < 0 ? null : v;
}

function toBytes(data: unknown): Uint8Array | PacketResult {
  if (typeof data === 'string') {
    const bytes = hexToBytes(data);
    return typeof bytes === 'string' ? reject(bytes) : bytes;
  }
  if (isBytesLike(data)) return asBytes(data);
  return reject('invalid hex');
}

/** Service data of one service (the bytes after its UUID); null when the service is not a beacon format we read. */
export function parseServiceData(uuid: string | number, data: AdvertisementBytes): PacketResult | null {
  if (sixteenBitKey(uuid) !== EDDYSTONE_SERVICE_UUID) return null;
  const bytes = toBytes(data);
  return bytes instanceof Uint8Array ? parseEddystone(bytes) : bytes;
}

/** Manufacturer data of one company (the bytes after its id); null when the company is not Apple. */
export function parseManufacturerData(company: string | number, data: AdvertisementBytes): PacketResult | null {
  if (sixteenBitKey(company) !== APPLE_COMPANY_ID) return null;
  const bytes = toBytes(data);
  return bytes instanceof Uint8Array ? parseIBeacon(bytes) : bytes;
}

function eachEntry(map: RecordMap | null | undefined, visit: (key: string | number, value: unknown) => void): void {
  if (typeof map !== 'object' || map === null) return;
  let n = 0;
  if (map instanceof Map) {
    for (const [k, v] of map as ReadonlyMap<string | number, unknown>) {
      if (n++ >= MAX_RECORD_ENTRIES) return;
      visit(k, v);
    }
    return;
  }
  for (const k in map) {
    if (!Object.hasOwn(map, k)) continue;
    if (n++ >= MAX_RECORD_ENTRIES) return;
    visit(k, (map as Record<string, unknown>)[k]);
  }
}

/** Every beacon packet in Web Bluetooth style records; `[rejected: no beacon data]` when there is none. */
export function parseAdvertisementRecords(records: AdvertisementRecords): PacketResult[] {
  const out: PacketResult[] = [];
  eachEntry(records.serviceData, (k, v) => {
    const r = parseServiceData(k, v as AdvertisementBytes);
    if (r) out.push(r);
  });
  eachEntry(records.manufacturerData, (k, v) => {
    const r = parseManufacturerData(k, v as AdvertisementBytes);
    if (r) out.push(r);
  });
  if (out.length === 0) out.push(reject('no beacon data'));
  return out;
}

/**
 * Every beacon packet in a whole advertising payload (AD structures);
 * `[rejected: …]` when it is malformed or holds no beacon data. Zero length
 * bytes are skipped rather than ending the payload: Android pads the advertising
 * part with zeros and puts the scan response after it.
 */
export function parseAdvertisingPayload(data: AdvertisementBytes): PacketResult[] {
  const b = toBytes(data);
  if (!(b instanceof Uint8Array)) return [b];
  if (b.length === 0) return [reject('empty data')];
  const out: PacketResult[] = [];
  let i = 0;
  while (i < b.length) {
    const length = b[i] ?? 0;
    if (length === 0) {
      i++;
      continue;
    }
    const end = i + 1 + length;
    if (end > b.length) return [reject('ad structure overruns payload')];
    const type = b[i + 1];
    // A structure of type + 16-bit id and nothing more is still well formed; the parsers reject its empty body.
    if ((type === AD_SERVICE_DATA_16 || type === AD_MANUFACTURER_DATA) && length >= 3) {
      const id = uint16le(b, i + 2);
      const body = b.subarray(i + 4, end);
      const r = type === AD_SERVICE_DATA_16 ? parseServiceData(id, body) : parseManufacturerData(id, body);
      if (r) out.push(r);
    }
    i = end;
  }
  if (out.length === 0) out.push(reject('no beacon data'));
  return out;
}
