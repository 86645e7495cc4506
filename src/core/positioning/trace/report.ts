import type { PacketCounts } from '../ble/stats.ts';

/**
 * What reading a trace found: how many lines became which events, and why every
 * other line was dropped. Bad input in a trace is never thrown: it is counted
 * here, and the first problems are worded with their line numbers so a person
 * can open the file and fix it.
 */

/** The reasons a line is dropped, each a counter of {@link TraceReport}. */
export const DROP_REASONS = [
  'malformedJson',
  'tooLong',
  'notAnObject',
  'unknownType',
  'missingFields',
  'badTime',
  'timeBackwards',
  'badRssi',
  'unknownBeacon',
  'unknownIdentity',
  'rejectedPackets',
  'unknownFloor',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** Counts of a read trace. Every line is counted exactly once: blank, meta, an event line, raw telemetry, or one drop reason. */
export interface TraceReport {
  /** Lines in the text (a final newline does not start another line). */
  readonly lines: number;
  readonly blankLines: number;
  /** `meta` lines (the first one is the trace's meta; later ones are ignored). */
  readonly metaLines: number;
  /** Sighting events: `adv` lines, and venue beacons named by `raw` lines. */
  readonly sightings: number;
  /** `raw` lines that named at least one venue beacon. */
  readonly rawResolved: number;
  /** `raw` lines that carried only telemetry or URL frames: counted, no event. */
  readonly rawTelemetry: number;
  readonly motions: number;
  readonly truths: number;
  /** Lines dropped, for any reason (the sum of the reason counters). */
  readonly dropped: number;
  /** Not valid JSON. */
  readonly malformedJson: number;
  /** Longer than {@link MAX_LINE_CHARS}: refused unread. */
  readonly tooLong: number;
  /** JSON, but not an object (a number, an array, null…). */
  readonly notAnObject: number;
  /** A `type` this reader does not know. */
  readonly unknownType: number;
  /** A required field is absent or of the wrong kind (no `type`, no `t`, `beacon`, `rssi`, `position`, `floor`, raw data…). */
  readonly missingFields: number;
  /** A beacon id (`adv` line) the venue does not have. */
  readonly unknownBeacon: number;
  /** A `raw` line whose beacon identities the venue does not have. */
  readonly unknownIdentity: number;
  /** A `raw` line with no readable beacon packet (malformed, or not Eddystone / iBeacon). */
  readonly rejectedPackets: number;
  /** RSSI NaN/null, not a number, or outside −130…+20 dBm. */
  readonly badRssi: number;
  /** `t` not a finite number ≥ 0. */
  readonly badTime: number;
  /** `t` smaller than that of the previous kept line of the same recording (same `phone`). */
  readonly timeBackwards: number;
  /** A `truth` floor the venue does not have. */
  readonly unknownFloor: number;
  /** `t` of the first and last event, null when there is none. */
  readonly firstT: number | null;
  readonly lastT: number | null;
  /** Packet counters of the `raw` lines. */
  readonly packets: PacketCounts;
  /** The first {@link MAX_PROBLEMS} problems, e.g. `line 12: rssi -300 is outside -130…20 dBm`. */
  readonly problems: readonly string[];
  /** Problems beyond those listed. */
  readonly problemsOmitted: number;
}

/** Problems worded in full; the rest are only counted. */
export const MAX_PROBLEMS = 20;
/** Longest line read; real lines are under 200 characters. */
export const MAX_LINE_CHARS = 65_536;

const n = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

const DROP_WORDS: Record<DropReason, string> = {
  malformedJson: 'not valid JSON',
  tooLong: 'too long',
  notAnObject: 'not an object',
  unknownType: 'of unknown type',
  missingFields: 'missing or invalid fields',
  badTime: 'with an invalid time',
  timeBackwards: 'going back in time',
  badRssi: 'with an impossible RSSI',
  unknownBeacon: 'naming a beacon not in the venue',
  unknownIdentity: 'with a beacon identity not in the venue',
  rejectedPackets: 'with unreadable packets',
  unknownFloor: 'naming a floor not in the venue',
};

/** One paragraph for people: what the trace holds and what was dropped, with the first problems. */
export function formatTraceReport(report: TraceReport): string {
  if (report.lines === report.blankLines) return report.lines === 0 ? 'Empty trace: no lines.' : `Empty trace: ${n(report.lines, 'blank line')}.`;
  const rawNote = report.rawResolved > 0 ? ` (${n(report.rawResolved, 'raw advertisement')} resolved)` : '';
  const telemetry = report.rawTelemetry > 0 ? `, ${n(report.rawTelemetry, 'telemetry-only raw line')}` : '';
  const span = report.firstT !== null && report.lastT !== null ? `, spanning ${((report.lastT - report.firstT) / 1000).toFixed(1)} s` : '';
  const parts = [`${n(report.lines, 'line')}: ${n(report.sightings, 'sighting')}${rawNote}, ${n(report.truths, 'truth point')}, ${n(report.motions, 'motion cue')}${telemetry}${span}.`];
  if (report.truths === 0) parts.push('No truth lines, so the trace cannot be scored.');
  if (report.dropped === 0) {
    parts.push('No line was dropped.');
  } else {
    const reasons = DROP_REASONS.filter((r) => report[r] > 0).map((r) => `${report[r].toLocaleString('en-US')} ${DROP_WORDS[r]}`);
    const shown = report.problems.slice(0, 3).join('; ');
    const more = report.problems.length + report.problemsOmitted - Math.min(3, report.problems.length);
    parts.push(`Dropped ${n(report.dropped, 'line')}: ${reasons.join(', ')}. First problems: ${shown}${more > 0 ? ` (and ${more} more)` : ''}.`);
  }
  return parts.join(' ');
}
