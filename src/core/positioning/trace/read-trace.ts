import type { AdvertisementRecords } from '../ble/advertisement.ts';
import { AdvertisementDecoder, RSSI_MAX, RSSI_MIN, isPlausibleRssi } from '../ble/decoder.ts';
import { packetIdentityKey, type BeaconResolver } from '../ble/resolve.ts';
import { isIdentityPacket } from '../ble/packets.ts';
import type { MotionCue } from '../types.ts';
import type { TraceEvent } from './events.ts';
import { MAX_LINE_CHARS, MAX_PROBLEMS, type DropReason, type TraceReport } from './report.ts';

export type { TraceEvent, TruthPoint } from './events.ts';
export type { TraceReport } from './report.ts';
export { formatTraceReport } from './report.ts';

/**
 * Reads a trace (JSON Lines, SCENE-FORMAT.md "Trace") against a venue: the
 * evaluator, the calibration CLI, replay in the browser and the tests all read
 * traces through here. One `JSON.parse` per line and plain field checks keep it
 * well above 200 000 lines/s.
 *
 * Time order is checked per recording: survey files concatenate one recording
 * per phone (each line carries `phone`, each recording starts again at t = 0), so
 * a line is "back in time" only against the last kept line with the same `phone`
 * (or without one). Within a recording, events therefore keep time order.
 */

/** A read trace: its meta line, its events in file order, and what was counted and dropped. */
export interface ReadTrace {
  readonly meta: Readonly<Record<string, unknown>> | null;
  readonly events: readonly TraceEvent[];
  readonly report: TraceReport;
}

type Counts = { -readonly [K in keyof Omit<TraceReport, 'packets' | 'problems' | 'problemsOmitted' | 'firstT' | 'lastT'>]: number };

/** A value for a problem message: short, and never a whole huge string. */
function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  const s = typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads `text` (the whole file) against the venue `resolver` was built from. Never throws. */
export function readTrace(text: string, resolver: BeaconResolver): ReadTrace {
  const decoder = new AdvertisementDecoder(resolver);
  const events: TraceEvent[] = [];
  const problems: string[] = [];
  let problemsOmitted = 0;
  let meta: Record<string, unknown> | null = null;
  let firstT: number | null = null;
  let lastT: number | null = null;
  /** Last kept `t` per recording (`phone`, or undefined for lines without one). */
  const clock = new Map<number | undefined, number>();
  const c: Counts = {
    lines: 0, blankLines: 0, metaLines: 0, sightings: 0, rawResolved: 0, rawTelemetry: 0, motions: 0, truths: 0, dropped: 0,
    malformedJson: 0, tooLong: 0, notAnObject: 0, unknownType: 0, missingFields: 0, unknownBeacon: 0, unknownIdentity: 0,
    rejectedPackets: 0, badRssi: 0, badTime: 0, timeBackwards: 0, unknownFloor: 0,
  };

  let lineNo = 0;
  const drop = (reason: DropReason, describe: () => string): void => {
    c[reason]++;
    c.dropped++;
    if (problems.length < MAX_PROBLEMS) problems.push(`line ${lineNo}: ${describe()}`);
    else problemsOmitted++;
  };
  const keep = (event: TraceEvent, t: number, phone: number | undefined): void => {
    events.push(event);
    clock.set(phone, t);
    if (firstT === null) firstT = t;
    lastT = lastT === null ? t : Math.max(lastT, t);
  };

  // Line endings: \n or \r\n; a byte-order mark at the start is not part of the first line.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();

  for (const rawLine of lines) {
    lineNo++;
    c.lines++;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.length > MAX_LINE_CHARS) {
      drop('tooLong', () => `is ${line.length} characters long; at most ${MAX_LINE_CHARS}`);
      continue;
    }
    if (line.trim() === '') {
      c.blankLines++;
      continue;
    }
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch {
      drop('malformedJson', () => `is not valid JSON: ${line.length > 40 ? `${line.slice(0, 37)}…` : line}`);
      continue;
    }
    if (!isObject(o)) {
      drop('notAnObject', () => `is not a JSON object: ${show(o)}`);
      continue;
    }
    const type = o.type;
    if (type === 'meta') {
      c.metaLines++;
      if (meta === null) {
        meta = o;
        if (typeof o.venue === 'string' && o.venue !== resolver.venueId && problems.length < MAX_PROBLEMS) {
          problems.push(`line ${lineNo}: the trace was recorded in venue ${show(o.venue)}, but is read against ${show(resolver.venueId)}`);
        }
      }
      continue;
    }
    if (typeof type !== 'string') {
      drop('missingFields', () => 'has no "type"');
      continue;
    }
    if (type !== 'adv' && type !== 'raw' && type !== 'truth' && type !== 'motion') {
      drop('unknownType', () => `unknown type ${show(type)}`);
      continue;
    }
    const t = o.t;
    if (t === undefined) {
      drop('missingFields', () => `${type} line has no "t"`);
      continue;
    }
    if (!isFiniteNumber(t) || t < 0) {
      drop('badTime', () => `t ${show(t)} is not a time (milliseconds, finite, ≥ 0)`);
      continue;
    }
    const phone = isFiniteNumber(o.phone) ? o.phone : undefined;
    const previous = clock.get(phone);
    if (previous !== undefined && t < previous) {
      drop('timeBackwards', () => `t ${t} is before the previous line's t ${previous}; line dropped`);
      continue;
    }

    if (type === 'adv' || type === 'raw') {
      const rssi = o.rssi;
      if (rssi === undefined) {
        drop('missingFields', () => `${type} line has no "rssi"`);
        continue;
      }
      if (!isPlausibleRssi(rssi)) {
        drop('badRssi', () => (typeof rssi === 'number' ? `rssi ${show(rssi)} is outside ${RSSI_MIN}…${RSSI_MAX} dBm` : `rssi ${show(rssi)} is not a number`));
        continue;
      }
      if (type === 'adv') {
        const beacon = o.beacon;
        if (typeof beacon !== 'string' || beacon === '') {
          drop('missingFields', () => 'adv line needs "beacon", a beacon id');
          continue;
        }
        if (!resolver.hasBeacon(beacon)) {
          drop('unknownBeacon', () => `beacon ${show(beacon)} is not in venue ${resolver.venueId}`);
          continue;
        }
        keep({ kind: 'sighting', sighting: { t, beaconId: beacon, rssi }, ...(phone !== undefined && { phone }) }, t, phone);
        c.sightings++;
        continue;
      }
      const data = o.data;
      const hasRecords = isObject(o.manufacturerData) || isObject(o.serviceData);
      if (typeof data !== 'string' && !hasRecords) {
        drop('missingFields', () => 'raw line needs "data" (hex) or "manufacturerData" / "serviceData" (objects of hex)');
        continue;
      }
      // The whole payload, when given, is the fuller account of the advertisement.
      const records: AdvertisementRecords = { manufacturerData: isObject(o.manufacturerData) ? o.manufacturerData : null, serviceData: isObject(o.serviceData) ? o.serviceData : null };
      const decoded = decoder.decode(typeof data === 'string' ? { t, rssi, payload: data } : { t, rssi, records });
      if (decoded.sightings.length > 0) {
        for (const sighting of decoded.sightings) keep({ kind: 'sighting', sighting, ...(phone !== undefined && { phone }) }, t, phone);
        c.sightings += decoded.sightings.length;
        c.rawResolved++;
      } else if (decoded.unknownIdentities > 0) {
        const stranger = decoded.packets.find(isIdentityPacket);
        drop('unknownIdentity', () => `no beacon of venue ${resolver.venueId} advertises ${stranger ? packetIdentityKey(stranger) : 'this identity'}`);
      } else if (decoded.packets.some((p) => p.kind === 'eddystone-tlm' || p.kind === 'eddystone-url')) {
        c.rawTelemetry++;
        clock.set(phone, t);
      } else {
        const first = decoded.packets.find((p) => p.kind === 'rejected');
        drop('rejectedPackets', () => `raw packet rejected (${first?.kind === 'rejected' ? first.reason : 'no beacon data'})`);
      }
      continue;
    }

    if (type === 'truth') {
      const position = o.position;
      if (!Array.isArray(position) || position.length !== 3 || !isFiniteNumber(position[0]) || !isFiniteNumber(position[1]) || !isFiniteNumber(position[2])) {
        drop('missingFields', () => `truth line needs "position", three finite numbers [x, y, z]; got ${show(position)}`);
        continue;
      }
      const floor = o.floor;
      if (typeof floor !== 'string') {
        drop('missingFields', () => 'truth line needs "floor", a floor id');
        continue;
      }
      if (!resolver.floorIds.has(floor)) {
        drop('unknownFloor', () => `floor ${show(floor)} is not a floor of venue ${resolver.venueId}`);
        continue;
      }
      keep({ kind: 'truth', truth: { t, position: [position[0], position[1], position[2]], floor }, ...(phone !== undefined && { phone }) }, t, phone);
      c.truths++;
      continue;
    }

    // motion
    const step = o.step;
    const heading = o.heading;
    const stepOk = step === undefined || typeof step === 'boolean';
    const headingOk = heading === undefined || isFiniteNumber(heading);
    if (!stepOk || !headingOk || (step === undefined && heading === undefined)) {
      drop('missingFields', () => `motion line needs "step" (true/false) and/or "heading" (finite radians); got step ${show(step)}, heading ${show(heading)}`);
      continue;
    }
    const cue: MotionCue = { t, ...(typeof step === 'boolean' && { step }), ...(isFiniteNumber(heading) && { heading }) };
    keep({ kind: 'motion', cue, ...(phone !== undefined && { phone }) }, t, phone);
    c.motions++;
  }

  return {
    meta,
    events,
    report: { ...c, firstT, lastT, packets: decoder.stats.snapshot(), problems, problemsOmitted },
  };
}
