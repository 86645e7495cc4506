/** Venue bundles as .zip files: export for sharing and review, import with every check a hostile zip needs. */
export { exportBundle, SCENE_ENTRY } from './export-bundle.ts';
export { importBundle, type ImportBundleOptions, type ImportBundleResult, type BundleProblem } from './import-bundle.ts';
export { BUNDLE_LIMITS, type BundleLimits } from './limits.ts';
export { referencedFiles, uriToBundlePath, type FileReference } from './referenced-files.ts';
export { contentMismatch } from './media-sniff.ts';
export { entryNameProblem } from './entry-name.ts';
