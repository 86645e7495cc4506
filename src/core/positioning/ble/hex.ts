/**
 * Bytes in and out of the hex strings that traces (and native bridges) carry, and
 * out of the DataViews that Web Bluetooth hands over. Written as plain loops: a
 * trace has thousands of raw lines and a phone hears hundreds of packets a second.
 */

/** What Web Bluetooth and native bridges give: a DataView (Web Bluetooth), a Uint8Array or an ArrayBuffer. */
export type BytesLike = Uint8Array | DataView | ArrayBuffer;

/**
 * The most bytes one advertisement may carry. BLE 5 extended advertising allows
 * up to 1 650 bytes; anything longer is not an advertisement and is refused before
 * any work is spent on it.
 */
export const MAX_ADVERTISEMENT_BYTES = 2048;

/** Value of one hex digit (either case), or −1. */
function nibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48; // 0-9
  if (code >= 97 && code <= 102) return code - 87; // a-f
  if (code >= 65 && code <= 70) return code - 55; // A-F
  return -1;
}

/** Why a hex string could not become bytes. */
export type HexError = 'invalid hex' | 'data too long';

/**
 * Hex digits (either case, an optional `0x` prefix) → bytes. Odd length or any
 * other character is an error; so is more than {@link MAX_ADVERTISEMENT_BYTES}.
 */
export function hexToBytes(hex: string): Uint8Array | HexError {
  const start = hex.length >= 2 && hex.charCodeAt(0) === 48 && (hex.charCodeAt(1) | 32) === 120 ? 2 : 0;
  const digits = hex.length - start;
  if (digits > MAX_ADVERTISEMENT_BYTES * 2) return 'data too long';
  if (digits % 2 !== 0) return 'invalid hex';
  const out = new Uint8Array(digits / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = nibble(hex.charCodeAt(start + 2 * i));
    const lo = nibble(hex.charCodeAt(start + 2 * i + 1));
    if (hi < 0 || lo < 0) return 'invalid hex';
    out[i] = (hi << 4) | lo;
  }
  return out;
}

const HEX_PAIRS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Bytes `[start, end)` → lower-case hex. */
export function bytesToHex(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let s = '';
  for (let i = start; i < end; i++) s += HEX_PAIRS[bytes[i] ?? 0];
  return s;
}

/** A view of the bytes (no copy) of whatever Web Bluetooth or a bridge handed over. */
export function asBytes(data: BytesLike): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof DataView) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/** True for the byte containers {@link asBytes} accepts. */
export function isBytesLike(value: unknown): value is BytesLike {
  return value instanceof Uint8Array || value instanceof DataView || value instanceof ArrayBuffer;
}

/** Unsigned 16-bit, big-endian, at `i`. */
export const uint16be = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
/** Unsigned 16-bit, little-endian, at `i` (the byte order of AD structure UUIDs and company ids). */
export const uint16le = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
/** Unsigned 32-bit, big-endian, at `i`. */
export const uint32be = (b: Uint8Array, i: number): number => uint16be(b, i) * 65536 + uint16be(b, i + 2);
/** Signed 8-bit at `i`. */
export const int8 = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 24) >> 24;
