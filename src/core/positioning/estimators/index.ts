/** The radio baselines (nearest beacon, weighted centroid, trilateration, fingerprinting) and how to build them. */
export { BASELINE_METHODS, canCreateEstimator, createEstimator, isBaselineMethod, type BaselineMethod } from './create-estimator.ts';
export { MIN_ACCURACY, PHONE_HEIGHT, WindowedEstimator, dominantFloor, type EstimatorContext, type HeardBeacon, type WindowOptions } from './windowed-estimator.ts';
export { NearestBeaconEstimator } from './nearest-beacon.ts';
export { WeightedCentroidEstimator, weightedCentroid, centroidWeight, type Centroid, type WeightedCentroidOptions } from './weighted-centroid.ts';
export { TrilaterationEstimator, solveTrilateration, type TrilaterationAnchor, type TrilaterationOptions } from './trilateration.ts';
export { FingerprintEstimator, MissingRadioMapError, type FingerprintOptions } from './fingerprint.ts';
export { radioMapFromSurvey, MISSING_RSSI, type RadioMap, type RadioMapPoint, type RadioMapOptions } from './radio-map.ts';
export { venueLocator, type VenueLocator } from './venue-locator.ts';
