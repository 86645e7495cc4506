import type { BeaconIdentity } from '../../venue/schema.ts';
import { bytesToHex, hexToBytes } from './hex.ts';
import { EDDYSTONE_SERVICE_UUID, EDDYSTONE_TLM_FRAME, EDDYSTONE_UID_FRAME } from './eddystone.ts';
import { APPLE_COMPANY_ID, IBEACON_LENGTH, IBEACON_TYPE } from './ibeacon.ts';
import type { AdvertisementRecords } from './advertisement.ts';

/**
 * The inverse of the parsers: the bytes a beacon would send. The simulator writes
 * raw trace lines with these, so simulated traces exercise the same parsing path
 * as recordings; the layouts are documented in eddystone.ts and ibeacon.ts.
 * Encoders return null for an identity that is not well formed (wrong hex length).
 */

/** Eddystone's txPower is the RSSI at 0 m; the usual 1 m reference is 41 dB lower (Eddystone spec). */
export const EDDYSTONE_0M_TO_1M_DB = 41;

const int8Byte = (v: number): number => (Math.max(-128, Math.min(127, Math.round(Number.isFinite(v) ? v : 0))) + 256) & 0xff;
const clampUint = (v: number, max: number): number => Math.max(0, Math.min(max, Math.round(Number.isFinite(v) ? v : 0)));

function fixedHex(hex: string, bytes: number): Uint8Array | null {
  const b = hexToBytes(hex.replace(/-/g, ''));
  return typeof b !== 'string' && b.length === bytes ? b : null;
}

/** An Eddystone-UID frame (20 bytes, reserved bytes zero): the service data of 0xFEAA. */
export function encodeEddystoneUid(namespace: string, instance: string, txPowerAt0m: number): Uint8Array | null {
  const ns = fixedHex(namespace, 10);
  const inst = fixedHex(instance, 6);
  if (!ns || !inst) return null;
  const b = new Uint8Array(20);
  b[0] = EDDYSTONE_UID_FRAME;
  b[1] = int8Byte(txPowerAt0m);
  b.set(ns, 2);
  b.set(inst, 12);
  return b;
}

/** Telemetry for {@link encodeEddystoneTlm}; null battery or temperature encode as "not supported". */
export interface TelemetryValues {
  readonly batteryMv: number | null;
  readonly temperatureC: number | null;
  readonly advertisingCount: number;
  readonly uptimeS: number;
}

/** An unencrypted Eddystone-TLM frame (14 bytes). */
export function encodeEddystoneTlm(tlm: TelemetryValues): Uint8Array {
  const b = new Uint8Array(14);
  const view = new DataView(b.buffer);
  b[0] = EDDYSTONE_TLM_FRAME;
  b[1] = 0x00;
  view.setUint16(2, tlm.batteryMv === null ? 0 : clampUint(tlm.batteryMv, 0xffff));
  view.setUint16(4, tlm.temperatureC === null ? 0x8000 : (Math.max(-32767, Math.min(32767, Math.round(tlm.temperatureC * 256) || 0)) + 65536) & 0xffff);
  view.setUint32(6, clampUint(tlm.advertisingCount, 0xffffffff));
  view.setUint32(10, clampUint(tlm.uptimeS * 10, 0xffffffff));
  return b;
}

/** iBeacon manufacturer data (23 bytes after the company id). */
export function encodeIBeacon(uuid: string, major: number, minor: number, measuredPower: number): Uint8Array | null {
  const id = fixedHex(uuid, 16);
  if (!id) return null;
  const b = new Uint8Array(2 + IBEACON_LENGTH);
  const view = new DataView(b.buffer);
  b[0] = IBEACON_TYPE;
  b[1] = IBEACON_LENGTH;
  b.set(id, 2);
  view.setUint16(18, clampUint(major, 0xffff));
  view.setUint16(20, clampUint(minor, 0xffff));
  b[22] = int8Byte(measuredPower);
  return b;
}

/**
 * What a beacon with `identity` advertises, as Web Bluetooth style records with
 * hex values (the shape of a trace's `raw` line). `txPowerAt1m` is the RSSI
 * expected at 1 m, as the venue's `txPower` gives it.
 */
export function identityRecords(identity: BeaconIdentity, txPowerAt1m: number): AdvertisementRecords | null {
  if (identity.protocol === 'eddystone-uid') {
    const frame = encodeEddystoneUid(identity.namespace, identity.instance, txPowerAt1m + EDDYSTONE_0M_TO_1M_DB);
    return frame && { serviceData: { '0xfeaa': bytesToHex(frame) } };
  }
  const data = encodeIBeacon(identity.uuid, identity.major, identity.minor, txPowerAt1m);
  return data && { manufacturerData: { '0x004c': bytesToHex(data) } };
}

/** One AD structure for the payload: service data of a 16-bit UUID, or manufacturer data of a company. */
export type AdStructure = { readonly serviceUuid: number; readonly data: Uint8Array } | { readonly company: number; readonly data: Uint8Array };

/**
 * A whole advertising payload: the flags structure (LE General Discoverable,
 * BR/EDR not supported) then each structure, ids little-endian. Structures longer
 * than an AD structure can hold (253 bytes of data) are left out.
 */
export function encodeAdvertisingPayload(structures: readonly AdStructure[]): Uint8Array {
  const parts: number[] = [0x02, 0x01, 0x06];
  for (const s of structures) {
    if (s.data.length > 252) continue;
    const id = 'serviceUuid' in s ? s.serviceUuid : s.company;
    parts.push(s.data.length + 3, 'serviceUuid' in s ? 0x16 : 0xff, id & 0xff, (id >> 8) & 0xff, ...s.data);
  }
  return Uint8Array.from(parts);
}

/** The payload of an Eddystone-UID beacon: flags, the 0xFEAA service UUID list, the service data. */
export function eddystoneUidPayload(namespace: string, instance: string, txPowerAt0m: number): Uint8Array | null {
  const frame = encodeEddystoneUid(namespace, instance, txPowerAt0m);
  if (!frame) return null;
  const withList = encodeAdvertisingPayload([{ serviceUuid: EDDYSTONE_SERVICE_UUID, data: frame }]);
  // Real Eddystone beacons also list the service UUID (AD type 0x03); parsers must skip it.
  return Uint8Array.from([...withList.subarray(0, 3), 0x03, 0x03, 0xaa, 0xfe, ...withList.subarray(3)]);
}

/** The payload of an iBeacon: flags and Apple manufacturer data. */
export function iBeaconPayload(uuid: string, major: number, minor: number, measuredPower: number): Uint8Array | null {
  const data = encodeIBeacon(uuid, major, minor, measuredPower);
  return data && encodeAdvertisingPayload([{ company: APPLE_COMPANY_ID, data }]);
}
