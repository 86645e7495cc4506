import { CURRENT_VERSION, venueSchema, type Venue } from './schema.ts';
import { ProblemList, quote, type PathSegments, type Problem } from './problems.ts';
import { issueToProblem } from './zod-issues.ts';
import { migrateVenue } from './migrate.ts';
import { checkReferences } from './rules/references.ts';
import { checkLanguages } from './rules/texts.ts';
import { checkGeometry } from './rules/geometry.ts';
import { checkUris } from './rules/uris.ts';
import { checkBeaconIdentities } from './rules/beacons.ts';

/** The outcome of validating a venue document. */
export interface ValidationResult {
  /** The venue, when it has no errors (it may still have warnings). */
  venue: Venue | null;
  /** Every error and warning found, in document order per rule. */
  problems: Problem[];
  /** The format version the document was written in, when it was migrated. */
  migratedFrom?: number;
}

export interface ValidateOptions {
  /** The id the venue must have: its folder name, or the id in the URL. */
  expectedId?: string;
}

/** Removes the keys zod flagged as unknown, so the strict schema can give us the data. */
function dropUnknownKeys(doc: unknown, issues: readonly { path: PathSegments; keys: string[] }[]): unknown {
  const copy = structuredClone(doc);
  for (const { path, keys } of issues) {
    let holder: unknown = copy;
    for (const seg of path) holder = (holder as Record<string | number, unknown>)[seg];
    for (const k of keys) delete (holder as Record<string, unknown>)[k];
  }
  return copy;
}

/** The semantic rules, run once the document has the right shape. */
const RULES = [checkReferences, checkLanguages, checkGeometry, checkUris, checkBeaconIdentities];

/**
 * Validates a parsed scene.json: version (migrating older ones, refusing newer
 * ones), shape and bounds, then every rule of the format. Never throws on bad input.
 */
export function validateVenue(doc: unknown, options: ValidateOptions = {}): ValidationResult {
  const problems = new ProblemList();
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    problems.error('', 'scene.json must hold one JSON object');
    return { venue: null, problems: problems.items };
  }
  if ((doc as { asset?: { type?: unknown } }).asset?.type !== 'museum-venue') {
    problems.error('asset.type', 'must be "museum-venue": this file is not a venue document');
    return { venue: null, problems: problems.items };
  }
  const migrated = migrateVenue(doc as Record<string, unknown>);
  if (!migrated.ok) {
    problems.error(migrated.path, migrated.message);
    return { venue: null, problems: problems.items };
  }
  const migratedFrom = migrated.from !== CURRENT_VERSION ? migrated.from : undefined;

  let parsed = venueSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    const unknown: { path: PathSegments; keys: string[] }[] = [];
    for (const issue of parsed.error.issues) {
      problems.items.push(issueToProblem(issue, migrated.doc));
      if (issue.code === 'unrecognized_keys') unknown.push({ path: issue.path as PathSegments, keys: issue.keys });
    }
    if (problems.errorCount > 0) return { venue: null, problems: problems.items, ...(migratedFrom !== undefined && { migratedFrom }) };
    parsed = venueSchema.safeParse(dropUnknownKeys(migrated.doc, unknown));
    if (!parsed.success) throw new Error('venue schema rejected a document after removing unknown keys');
  }
  const venue = parsed.data;

  if (options.expectedId !== undefined && venue.id !== options.expectedId) {
    problems.error('id', `is ${quote(venue.id)}, but the venue was opened as ${quote(options.expectedId)} (the id must equal the folder name)`);
  }
  for (const rule of RULES) rule(venue, problems);

  return {
    venue: problems.errorCount === 0 ? venue : null,
    problems: problems.items,
    ...(migratedFrom !== undefined && { migratedFrom }),
  };
}
