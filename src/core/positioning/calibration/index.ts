/** Fitting beacons' path-loss models to a survey, and writing them into scene.json text. */
export { calibrateFromSurvey, calibrationOverrides, beaconObservations, type Calibration, type BeaconCalibration, type GlobalCalibration, type CalibrationSource } from './calibrate.ts';
export { fitPathLoss, isFit, rmsResidualDb, DEFAULT_FIT_OPTIONS, type FitOptions, type PathLossFit, type PathLossObservation, type NoFit } from './fit-path-loss.ts';
export { groupSurvey, meanRssiByBeacon, type SurveyEvent, type SurveySample, type GroupedSurvey } from './survey.ts';
export { withBeaconRadioValues, type BeaconRadioValues } from './scene-text-edit.ts';
