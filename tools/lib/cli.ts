import { basename, resolve } from 'node:path';
import { loadVenue, VenueLoadError, type Problem, type Venue } from '../../src/core/venue/index.ts';
import { fsVenueSource } from './fs-venue-source.ts';

/**
 * What the project's command-line tools share: a failure that carries its exit
 * code, loading a venue folder with its problems kept for the tool to word, and
 * running `main` when the file is executed (not when a test imports it).
 */

/** A failure with a message for people and an exit code (1: unreadable input, 2: usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

/**
 * Loads the venue in `dir`; `matchFolderName` also requires its id to be the
 * folder's name (as a bundle in `scenes/` must). A venue that cannot be opened
 * gives its problems instead; anything else unexpected is thrown.
 */
export async function loadCliVenue(dir: string, options: { matchFolderName?: boolean } = {}): Promise<{ venue: Venue } | { problems: Problem[]; notFound: boolean }> {
  try {
    const source = fsVenueSource(dir);
    return { venue: (await loadVenue(source, options.matchFolderName ? { expectedId: basename(resolve(dir)) } : {})).venue };
  } catch (error) {
    if (error instanceof VenueLoadError) return { problems: error.problems, notFound: error.notFound };
    throw error;
  }
}

/**
 * Runs `main` with the command line when `fileName` is the script Node was
 * started with, and exits with its code. A CliError prints its message and exits
 * with its code; any other error is reported as unexpected, naming `command`.
 */
export function runCli(importMetaUrl: string, fileName: string, command: string, main: (argv: string[]) => Promise<number>): void {
  if (importMetaUrl !== `file://${process.argv[1]}` && !process.argv[1]?.endsWith(fileName)) return;
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof CliError) {
        console.error(error.message);
        process.exit(error.code);
      }
      console.error(`${command} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
