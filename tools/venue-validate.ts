/**
 * `npm run venue:validate -- <dir>...`
 *
 * Validates venue bundles: scene.json against every rule of the format, and that
 * the files it refers to are in the folder. Prints every problem as
 * `<dir>: <json path>: <message>`; exits 1 when any venue has an error, otherwise
 * prints one summary line per venue and exits 0. Warnings are printed but do not fail.
 */
import { basename, resolve } from 'node:path';
import { formatProblem, formatSummary, loadVenue, summarizeVenue, VenueLoadError, type Problem } from '../src/core/venue/index.ts';
import { fsVenueSource } from './lib/fs-venue-source.ts';
import { checkBundleFiles } from './lib/bundle-files.ts';

/** Validates one bundle folder; returns its problems and, when it is valid, its summary line. */
export async function validateBundle(dir: string): Promise<{ problems: Problem[]; summary?: string }> {
  const expectedId = basename(resolve(dir));
  try {
    const loaded = await loadVenue(fsVenueSource(dir), { expectedId });
    const missing = await checkBundleFiles(dir, loaded.venue);
    const problems = [...loaded.warnings, ...missing];
    if (missing.length > 0) return { problems };
    const warnings = problems.length > 0 ? ` (${problems.length} ${problems.length === 1 ? 'warning' : 'warnings'})` : '';
    const migrated = loaded.migratedFrom !== undefined ? ` (migrated from format version ${loaded.migratedFrom})` : '';
    return { problems, summary: formatSummary(loaded.venue.id, summarizeVenue(loaded.venue)) + warnings + migrated };
  } catch (error) {
    if (error instanceof VenueLoadError) return { problems: error.problems };
    throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  const dirs = argv.filter((a) => !a.startsWith('-'));
  if (dirs.length === 0 || argv.includes('--help')) {
    console.error('usage: npm run venue:validate -- <venue dir> [<venue dir> ...]');
    return dirs.length === 0 && !argv.includes('--help') ? 2 : 0;
  }
  let failed = false;
  for (const dir of dirs) {
    const { problems, summary } = await validateBundle(dir);
    for (const p of problems) (p.severity === 'error' ? console.error : console.warn)(`${dir}: ${formatProblem(p)}`);
    if (summary) console.log(summary);
    else failed = true;
  }
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('venue-validate.ts')) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`venue:validate failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
