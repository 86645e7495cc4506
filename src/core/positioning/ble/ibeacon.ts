import { bytesToHex, int8, uint16be } from './hex.ts';
import { reject, type PacketResult } from './packets.ts';

/**
 * Apple iBeacon, as carried in manufacturer-specific data of company 0x004C (the
 * bytes after the little-endian company id): type `0x02`, length `0x15` (21), then
 * proximity UUID (16 bytes), major (uint16 BE), minor (uint16 BE) and measured
 * power at 1 m (int8). Apple uses the same company id for many other messages
 * (AirDrop, Find My, Continuity…); those are refused as "not an iBeacon".
 */

/** Apple's Bluetooth SIG company identifier. */
export const APPLE_COMPANY_ID = 0x004c;
/** The iBeacon type byte and the length byte that follows it. */
export const IBEACON_TYPE = 0x02;
export const IBEACON_LENGTH = 0x15;

/** Formats 16 bytes at `i` as an 8-4-4-4-12 lower-case UUID. */
export function formatUuid(b: Uint8Array, i = 0): string {
  return `${bytesToHex(b, i, i + 4)}-${bytesToHex(b, i + 4, i + 6)}-${bytesToHex(b, i + 6, i + 8)}-${bytesToHex(b, i + 8, i + 10)}-${bytesToHex(b, i + 10, i + 16)}`;
}

/** Parses Apple manufacturer data (the bytes after the company id). */
export function parseIBeacon(b: Uint8Array): PacketResult {
  if (b.length === 0) return reject('empty data');
  if (b[0] !== IBEACON_TYPE || (b.length > 1 && b[1] !== IBEACON_LENGTH)) return reject('apple data is not an ibeacon');
  if (b.length < 2 + IBEACON_LENGTH) return reject('ibeacon too short');
  return {
    kind: 'ibeacon',
    uuid: formatUuid(b, 2),
    major: uint16be(b, 18),
    minor: uint16be(b, 20),
    measuredPower: int8(b, 22),
  };
}
