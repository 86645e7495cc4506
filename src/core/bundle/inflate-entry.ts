import { Inflate } from 'fflate';
import { crc32 } from './crc32.ts';
import type { ZipEntryRecord } from './zip-directory.ts';

/** The bytes of an entry, or why they could not be had. */
export type EntryData = { ok: true; data: Uint8Array } | { ok: false; reason: string };

/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most about
 * 1 032 : 1, so one step can overshoot the declared size by at most ~16 MB
 * before we notice and stop: a zip bomb never gets to fill memory.
 */
const STEP = 16 * 1024;

/**
 * Reads one entry's bytes, trusting nothing the directory declared: the data
 * must inflate to exactly the declared size (inflation stops as soon as it goes
 * beyond) and match the declared CRC-32.
 */
export function readEntryData(zip: Uint8Array, entry: ZipEntryRecord): EntryData {
  const raw = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) return { ok: false, reason: 'is stored with two different sizes' };
    data = raw.slice();
  } else if (entry.method === 8) {
    const inflated = inflateAtMost(raw, entry.uncompressedSize);
    if (!inflated.ok) return inflated;
    data = inflated.data;
  } else {
    return { ok: false, reason: `uses compression method ${entry.method}; only stored and deflated entries are supported` };
  }
  if (crc32(data) !== entry.crc32) return { ok: false, reason: 'is damaged (its checksum does not match)' };
  return { ok: true, data };
}

/** Inflates `raw`, refusing as soon as the output exceeds `declared` bytes. */
function inflateAtMost(raw: Uint8Array, declared: number): EntryData {
  const out = new Uint8Array(declared);
  let length = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow) return;
    if (length + chunk.length > declared) {
      overflow = true;
      return;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let at = 0; at < raw.length && !overflow; at += STEP) {
      inflater.push(raw.subarray(at, Math.min(raw.length, at + STEP)), at + STEP >= raw.length);
    }
    if (raw.length === 0) inflater.push(raw, true);
  } catch {
    return { ok: false, reason: 'is damaged (its compressed data cannot be inflated)' };
  }
  if (overflow) return { ok: false, reason: `inflates to more than the ${declared} bytes it declares (a zip bomb?)` };
  if (length !== declared) return { ok: false, reason: `inflates to ${length} bytes but declares ${declared}` };
  return { ok: true, data: out };
}
