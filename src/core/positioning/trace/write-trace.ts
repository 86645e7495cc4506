import type { AdvertisementBytes } from '../ble/advertisement.ts';
import { asBytes, bytesToHex } from '../ble/hex.ts';
import { TRACE_FORMAT_VERSION, type TraceEvent } from './events.ts';

/**
 * Formats events back into trace lines (SCENE-FORMAT.md, "Trace"), so the
 * simulator and recorders write exactly what {@link readTrace} reads. Each
 * function returns one line without its newline; join lines with `\n`.
 * Numbers are written as given: a NaN becomes `null`, which the reader counts
 * as a bad value instead of trusting it.
 */

/** One event as a trace line: `adv`, `motion` or `truth`, with `phone` when the event has one. */
export function writeTraceLine(event: TraceEvent): string {
  const phone = event.phone !== undefined ? { phone: event.phone } : {};
  switch (event.kind) {
    case 'sighting': {
      const s = event.sighting;
      return JSON.stringify({ type: 'adv', t: s.t, beacon: s.beaconId, rssi: s.rssi, ...phone });
    }
    case 'motion': {
      const m = event.cue;
      return JSON.stringify({ type: 'motion', t: m.t, ...(m.step !== undefined && { step: m.step }), ...(m.heading !== undefined && { heading: m.heading }), ...phone });
    }
    case 'truth': {
      const p = event.truth;
      return JSON.stringify({ type: 'truth', t: p.t, position: [p.position[0], p.position[1], p.position[2]], floor: p.floor, ...phone });
    }
  }
}

/**
 * The meta line that starts a trace: `type` is `meta` and `version` the format
 * version this writer speaks, whatever `meta` says; other fields (venue, source,
 * license, note…) are kept as given.
 */
export function traceMetaLine(meta: Readonly<Record<string, unknown>>): string {
  const { type: _type, version: _version, ...rest } = meta;
  return JSON.stringify({ type: 'meta', version: TRACE_FORMAT_VERSION, ...rest });
}

/** A raw advertisement for {@link rawTraceLine}: the whole payload, or records keyed like `"0xfeaa"` / `"0x004c"`. */
export interface RawAdvertisementLine {
  readonly t: number;
  readonly rssi: number;
  readonly phone?: number;
  readonly payload?: AdvertisementBytes;
  readonly manufacturerData?: Readonly<Record<string, AdvertisementBytes>>;
  readonly serviceData?: Readonly<Record<string, AdvertisementBytes>>;
}

const hexOf = (data: AdvertisementBytes): string => (typeof data === 'string' ? data.toLowerCase() : bytesToHex(asBytes(data)));
const hexRecord = (r: Readonly<Record<string, AdvertisementBytes>>): Record<string, string> => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, hexOf(v)]));

/** A `raw` line: an advertisement as a radio reported it, before it is resolved to a beacon. */
export function rawTraceLine(raw: RawAdvertisementLine): string {
  return JSON.stringify({
    type: 'raw',
    t: raw.t,
    rssi: raw.rssi,
    ...(raw.payload !== undefined && { data: hexOf(raw.payload) }),
    ...(raw.manufacturerData !== undefined && { manufacturerData: hexRecord(raw.manufacturerData) }),
    ...(raw.serviceData !== undefined && { serviceData: hexRecord(raw.serviceData) }),
    ...(raw.phone !== undefined && { phone: raw.phone }),
  });
}
