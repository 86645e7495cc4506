import type { Point3 } from '../../geometry/types.ts';
import type { BeaconSighting } from '../types.ts';
import type { TraceEvent } from '../trace/events.ts';

/**
 * A survey, as calibration and fingerprinting read it: someone stands at a known
 * point (a `truth` line) and records what the phone hears there (the sightings up
 * to the next `truth` line of the same phone). A survey recorded with several
 * phones interleaves or concatenates their lines; each phone's sightings belong
 * to that phone's latest truth.
 */

/** The events a survey is read from: a trace's events (only sightings and truth lines matter, motion cues are skipped). */
export type SurveyEvent = TraceEvent;

/** What was heard at one survey point (one truth line). */
export interface SurveySample {
  /** Where the phone was (3D, absolute y). */
  readonly position: Point3;
  readonly floor: string;
  /** The phone that recorded it, when the survey names phones. */
  readonly phone: number | undefined;
  /** Time of the truth line, ms. */
  readonly t: number;
  /** The sightings that followed, until the phone's next truth line. */
  readonly sightings: readonly BeaconSighting[];
}

/** The survey grouped into samples, with what could not be used. */
export interface GroupedSurvey {
  readonly samples: readonly SurveySample[];
  /** Sightings before their phone's first truth line (nobody knows where they were heard). */
  readonly orphanSightings: number;
  /** Truth lines with a non-finite coordinate, skipped with their sightings. */
  readonly badTruths: number;
}

const finite3 = (p: Point3): boolean => Number.isFinite(p[0]) && Number.isFinite(p[1]) && Number.isFinite(p[2]);

/** Groups survey events into samples: each truth line with the sightings of its phone that follow it. */
export function groupSurvey(events: readonly SurveyEvent[]): GroupedSurvey {
  const samples: { position: Point3; floor: string; phone: number | undefined; t: number; sightings: BeaconSighting[] }[] = [];
  // The open sample of each phone; null after a bad truth line, so its sightings are dropped too.
  const open = new Map<number | undefined, (typeof samples)[number] | null>();
  let orphanSightings = 0;
  let badTruths = 0;
  for (const e of events) {
    if (e.kind === 'truth') {
      if (!finite3(e.truth.position) || !Number.isFinite(e.truth.t)) {
        badTruths++;
        open.set(e.phone, null);
        continue;
      }
      const sample = { position: e.truth.position, floor: e.truth.floor, phone: e.phone, t: e.truth.t, sightings: [] };
      samples.push(sample);
      open.set(e.phone, sample);
    } else if (e.kind === 'sighting') {
      const sample = open.get(e.phone);
      if (sample) sample.sightings.push(e.sighting);
      else if (sample === undefined) orphanSightings++;
    }
  }
  return { samples, orphanSightings, badTruths };
}

/** Mean RSSI per beacon over a list of sightings (non-finite readings are skipped). */
export function meanRssiByBeacon(sightings: readonly BeaconSighting[]): Map<string, number> {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const s of sightings) {
    if (!Number.isFinite(s.rssi)) continue;
    const acc = sums.get(s.beaconId);
    if (acc) {
      acc.sum += s.rssi;
      acc.n++;
    } else sums.set(s.beaconId, { sum: s.rssi, n: 1 });
  }
  return new Map([...sums].map(([id, { sum, n }]) => [id, sum / n]));
}
