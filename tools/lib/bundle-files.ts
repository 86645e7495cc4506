import type { Problem, Venue } from '../../src/core/venue/index.ts';
import { referencedFiles } from '../../src/core/bundle/referenced-files.ts';
import { bundleFileExists } from './fs-venue-source.ts';

/** Reports every file the venue refers to that is not in the bundle folder. */
export async function checkBundleFiles(dir: string, venue: Venue): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const { path, uri } of referencedFiles(venue)) {
    if (!(await bundleFileExists(dir, uri))) {
      problems.push({ path, message: `file ${JSON.stringify(uri)} is missing from the bundle`, severity: 'error' });
    }
  }
  return problems;
}
