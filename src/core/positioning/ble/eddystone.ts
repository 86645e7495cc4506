import { bytesToHex, int8, uint16be, uint32be } from './hex.ts';
import { reject, type PacketResult } from './packets.ts';

/**
 * Eddystone frames, as carried in the service data of the 16-bit service UUID
 * 0xFEAA (github.com/google/eddystone, "protocol-specification.md" and the
 * per-frame documents). The first byte names the frame type:
 *
 * - UID `0x00`: txPower at 0 m (int8), namespace (10 bytes), instance (6 bytes),
 *   2 reserved bytes (often left out by beacons, so not required here).
 * - URL `0x10`: txPower at 0 m (int8), URL scheme prefix (1 byte), encoded URL (0–17 bytes).
 * - TLM `0x20`: version `0x00` (unencrypted): battery mV (uint16 BE), temperature
 *   (signed 8.8 fixed point BE, `0x8000` = not supported), advertising PDU count
 *   (uint32 BE), time since power-on in 0.1 s (uint32 BE). Version `0x01` is encrypted.
 * - EID `0x30`: rotating ephemeral identifiers; useless without the beacon's key.
 */

/** The 16-bit service UUID of Eddystone. */
export const EDDYSTONE_SERVICE_UUID = 0xfeaa;

export const EDDYSTONE_UID_FRAME = 0x00;
export const EDDYSTONE_URL_FRAME = 0x10;
export const EDDYSTONE_TLM_FRAME = 0x20;
export const EDDYSTONE_EID_FRAME = 0x30;

/** URL scheme prefixes, by the frame's scheme byte. */
export const EDDYSTONE_URL_SCHEMES: readonly string[] = ['http://www.', 'https://www.', 'http://', 'https://'];

/** Expansion codes 0x00–0x0D of the encoded URL. */
export const EDDYSTONE_URL_EXPANSIONS: readonly string[] = [
  '.com/', '.org/', '.edu/', '.net/', '.info/', '.biz/', '.gov/',
  '.com', '.org', '.edu', '.net', '.info', '.biz', '.gov',
];

/** The longest encoded URL a frame may carry (the frame is at most 20 bytes). */
export const EDDYSTONE_URL_MAX_ENCODED = 17;

const UID_LENGTH = 18; // frame type, txPower, namespace (10), instance (6); the 2 reserved bytes are optional
const TLM_LENGTH = 14;

/** Parses the service data of UUID 0xFEAA (the bytes after the UUID). */
export function parseEddystone(b: Uint8Array): PacketResult {
  if (b.length < 2) return reject(b.length === 0 ? 'empty data' : 'eddystone frame too short');
  switch (b[0]) {
    case EDDYSTONE_UID_FRAME:
      if (b.length < UID_LENGTH) return reject('eddystone frame too short');
      return { kind: 'eddystone-uid', txPowerAt0m: int8(b, 1), namespace: bytesToHex(b, 2, 12), instance: bytesToHex(b, 12, 18) };
    case EDDYSTONE_URL_FRAME:
      return parseUrlFrame(b);
    case EDDYSTONE_TLM_FRAME:
      return parseTlmFrame(b);
    case EDDYSTONE_EID_FRAME:
      return reject('eddystone eid not supported');
    default:
      return reject('eddystone frame type unknown');
  }
}

function parseUrlFrame(b: Uint8Array): PacketResult {
  if (b.length < 3) return reject('eddystone frame too short');
  const scheme = EDDYSTONE_URL_SCHEMES[b[2] ?? 0xff];
  if (scheme === undefined) return reject('eddystone url scheme unknown');
  if (b.length - 3 > EDDYSTONE_URL_MAX_ENCODED) return reject('eddystone url too long');
  let url = scheme;
  for (let i = 3; i < b.length; i++) {
    const c = b[i] ?? 0;
    const expansion = EDDYSTONE_URL_EXPANSIONS[c];
    if (expansion !== undefined) url += expansion;
    // Only printable ASCII stands for itself; 0x0E–0x20 and 0x7F–0xFF are reserved.
    else if (c > 0x20 && c < 0x7f) url += String.fromCharCode(c);
    else return reject('eddystone url has reserved bytes');
  }
  return { kind: 'eddystone-url', url, txPowerAt0m: int8(b, 1) };
}

function parseTlmFrame(b: Uint8Array): PacketResult {
  if (b[1] === 0x01) return reject('eddystone tlm encrypted');
  if (b[1] !== 0x00) return reject('eddystone tlm version unknown');
  if (b.length < TLM_LENGTH) return reject('eddystone frame too short');
  const battery = uint16be(b, 2);
  const rawTemp = uint16be(b, 4);
  // 8.8 fixed point, two's complement: the signed 16-bit value over 256.
  const temperatureC = rawTemp === 0x8000 ? null : ((rawTemp << 16) >> 16) / 256;
  return {
    kind: 'eddystone-tlm',
    batteryMv: battery === 0 ? null : battery,
    temperatureC,
    advertisingCount: uint32be(b, 6),
    uptimeS: uint32be(b, 10) / 10,
  };
}
