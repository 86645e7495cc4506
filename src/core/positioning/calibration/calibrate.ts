import type { Venue } from '../../venue/schema.ts';
import type { BeaconMap } from '../radio/beacon-map.ts';
import { DEFAULT_PATH_LOSS_EXPONENT, DEFAULT_TX_POWER, type PathLossModel } from '../radio/path-loss.ts';
import { fitPathLoss, isFit, rmsResidualDb, type FitOptions, type PathLossObservation } from './fit-path-loss.ts';
import { groupSurvey, meanRssiByBeacon, type SurveyEvent, type SurveySample } from './survey.ts';

/**
 * Calibration of every beacon's path-loss model from a survey. Each beacon gets
 * its own fit when the survey heard it at enough points spread over enough
 * distance; otherwise the venue-wide fit (all beacons' points pooled) stands in,
 * and when even that is impossible the beacon keeps its current values. Every
 * fallback is said in the beacon's `note`.
 */

/** Where a beacon's calibrated values came from. */
export type CalibrationSource = 'beacon' | 'global' | 'unchanged';

/** One beacon's calibrated radio model. */
export interface BeaconCalibration extends PathLossModel {
  readonly id: string;
  readonly source: CalibrationSource;
  /** Survey points at which the beacon was heard. */
  readonly points: number;
  /** RMS residual (dB) of the beacon's points against the values given. */
  readonly rmsDb: number;
  /** Why the values are not the beacon's own fit, or that the exponent was clamped. */
  readonly note?: string;
}

/** The venue-wide fit. */
export interface GlobalCalibration extends PathLossModel {
  readonly fitted: boolean;
  readonly points: number;
  readonly rmsDb: number;
  readonly note?: string;
}

/** The outcome of a calibration. */
export interface Calibration {
  /** Per beacon of the map, in the map's order. */
  readonly beacons: readonly BeaconCalibration[];
  readonly global: GlobalCalibration;
  readonly survey: {
    /** Truth lines that were used. */
    readonly points: number;
    /** Sightings of known beacons that followed a usable truth line. */
    readonly sightings: number;
    /** Sightings of beacons the venue does not know. */
    readonly unknownBeacons: number;
    /** Sightings before any truth line of their phone. */
    readonly orphanSightings: number;
    /** Truth lines with unusable coordinates. */
    readonly badTruths: number;
  };
}

/** The observations of each beacon: one per survey sample where it was heard (mean RSSI, true 3D distance). */
export function beaconObservations(samples: readonly SurveySample[], beacons: BeaconMap, venue: Venue): {
  byBeacon: Map<string, PathLossObservation[]>;
  sightings: number;
  unknownBeacons: number;
} {
  const elevation = new Map(venue.floors.map((f) => [f.id, f.elevation]));
  const byBeacon = new Map<string, PathLossObservation[]>([...beacons.keys()].map((id) => [id, []]));
  let sightings = 0;
  let unknownBeacons = 0;
  for (const sample of samples) {
    for (const s of sample.sightings) {
      if (beacons.has(s.beaconId)) sightings++;
      else unknownBeacons++;
    }
    for (const [id, rssi] of meanRssiByBeacon(sample.sightings)) {
      const b = beacons.get(id);
      if (!b) continue;
      const y = (elevation.get(b.floor) ?? 0) + b.heightAboveFloor;
      const [px, py, pz] = sample.position;
      const distance = Math.hypot(px - b.position[0], py - y, pz - b.position[1]);
      byBeacon.get(id)!.push({ rssi, distance });
    }
  }
  return { byBeacon, sightings, unknownBeacons };
}

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;

/** Calibrates every beacon of `beacons` (the venue's, with their current values) from survey events. */
export function calibrateFromSurvey(events: readonly SurveyEvent[], venue: Venue, beacons: BeaconMap, options: FitOptions = {}): Calibration {
  const grouped = groupSurvey(events);
  const { byBeacon, sightings, unknownBeacons } = beaconObservations(grouped.samples, beacons, venue);
  const all = [...byBeacon.values()].flat();
  const globalFit = fitPathLoss(all, options);
  const clampNote = (fitted: number | undefined): string | undefined =>
    fitted === undefined ? undefined : `exponent ${round(fitted, 2)} clamped to the sensible range`;

  const global: GlobalCalibration = isFit(globalFit)
    ? { txPower: globalFit.txPower, exponent: globalFit.exponent, fitted: true, points: globalFit.points, rmsDb: globalFit.rmsDb, ...optionalNote(clampNote(globalFit.unclampedExponent)) }
    : {
        txPower: DEFAULT_TX_POWER,
        exponent: DEFAULT_PATH_LOSS_EXPONENT,
        fitted: false,
        points: globalFit.points,
        rmsDb: rmsResidualDb({ txPower: DEFAULT_TX_POWER, exponent: DEFAULT_PATH_LOSS_EXPONENT }, all),
        note: `no venue-wide fit (${globalFit.reason}); these are the defaults`,
      };

  const perBeacon = [...beacons.values()].map((b): BeaconCalibration => {
    const observations = byBeacon.get(b.id) ?? [];
    const fit = fitPathLoss(observations, options);
    if (isFit(fit)) {
      return { id: b.id, source: 'beacon', txPower: fit.txPower, exponent: fit.exponent, points: fit.points, rmsDb: fit.rmsDb, ...optionalNote(clampNote(fit.unclampedExponent)) };
    }
    const fallback = global.fitted ? global : b;
    return {
      id: b.id,
      source: global.fitted ? 'global' : 'unchanged',
      txPower: fallback.txPower,
      exponent: fallback.exponent,
      points: fit.points,
      rmsDb: rmsResidualDb(fallback, observations),
      note: `${fit.reason}; ${global.fitted ? 'using the venue-wide fit' : 'keeping its current values'}`,
    };
  });

  return {
    beacons: perBeacon,
    global,
    survey: { points: grouped.samples.length, sightings, unknownBeacons, orphanSightings: grouped.orphanSightings, badTruths: grouped.badTruths },
  };
}

const optionalNote = (note: string | undefined): { note?: string } => (note === undefined ? {} : { note });

/** The calibrated values as `beaconMap` overrides (beacons left unchanged are left out). */
export function calibrationOverrides(calibration: Calibration): Map<string, PathLossModel> {
  return new Map(calibration.beacons.filter((b) => b.source !== 'unchanged').map((b) => [b.id, { txPower: b.txPower, exponent: b.exponent }]));
}
