/** Venue format v1: schema, validation, migration and loading. */
export * from './schema.ts';
export * from './problems.ts';
export { LIMITS } from './limits.ts';
export { validateVenue, type ValidationResult, type ValidateOptions } from './validate.ts';
export { parseVenueText, describeJsonError } from './parse.ts';
export { migrateVenue, OLDEST_VERSION } from './migrate.ts';
export { loadVenue, readSceneText, toLoadedVenue, httpVenueSource, isValidVenueId, VenueLoadError, BundleFileNotFound, type VenueSource, type LoadedVenue } from './loader.ts';
export { resolveBundleUri, uriProblem, type UriRole } from './uri.ts';
export { summarizeVenue, formatSummary, type VenueSummary } from './summary.ts';
export { textFields, isKnownLanguageTag } from './rules/texts.ts';
export { identityKey } from './rules/beacons.ts';
export { venueBounds, type VenueBounds } from './bounds.ts';
export { peekGltfScanUri } from './peek.ts';
export { roomAt, roomNear, placeOf } from './place.ts';
