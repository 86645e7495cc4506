import type { PlanPoint } from '../../geometry/types.ts';
import { groupSurvey, meanRssiByBeacon, type SurveyEvent } from '../calibration/survey.ts';

/**
 * A radio map for fingerprinting: at each surveyed point, the mean RSSI of every
 * beacon heard there. A beacon not heard at a point gets `missingRssi`, a floor
 * value below anything a phone reports, so "not heard" still says something.
 */

/** RSSI given to a beacon that was not heard (dBm). */
export const MISSING_RSSI = -100;

/** One surveyed point of a radio map. */
export interface RadioMapPoint {
  readonly position: PlanPoint;
  readonly floor: string;
  /** Mean RSSI per beacon id heard at this point. */
  readonly rssi: ReadonlyMap<string, number>;
}

/** A survey's radio map. */
export interface RadioMap {
  readonly points: readonly RadioMapPoint[];
  /** Every beacon id heard anywhere in the survey, sorted: the dimensions of RSSI space. */
  readonly beaconIds: readonly string[];
  /** RSSI of a beacon not heard (dBm). */
  readonly missingRssi: number;
}

export interface RadioMapOptions {
  /**
   * `sample` (default): one map point per truth line, i.e. per recording of about a
   * second — what the live one-second window is compared with, dropouts included.
   * `position`: one point per surveyed place, the samples there averaged.
   */
  groupBy?: 'sample' | 'position';
  missingRssi?: number;
}

/** Builds the radio map from survey events (truth lines followed by what was heard there). */
export function radioMapFromSurvey(events: readonly SurveyEvent[], options: RadioMapOptions = {}): RadioMap {
  const groups = new Map<string, { position: PlanPoint; floor: string; sightings: { beaconId: string; rssi: number; t: number }[] }>();
  const { samples } = groupSurvey(events);
  samples.forEach((s, i) => {
    if (s.sightings.length === 0) return;
    const position: PlanPoint = [s.position[0], s.position[2]];
    // Centimetre keys: the same place written twice in a survey matches exactly.
    const key = options.groupBy === 'position' ? `${s.floor}|${position[0].toFixed(2)}|${position[1].toFixed(2)}` : String(i);
    const group = groups.get(key);
    if (group) group.sightings.push(...s.sightings);
    else groups.set(key, { position, floor: s.floor, sightings: [...s.sightings] });
  });
  const points = [...groups.values()].map((g) => ({ position: g.position, floor: g.floor, rssi: meanRssiByBeacon(g.sightings) }));
  const ids = new Set<string>();
  for (const p of points) for (const id of p.rssi.keys()) ids.add(id);
  return { points, beaconIds: [...ids].sort(), missingRssi: options.missingRssi ?? MISSING_RSSI };
}
