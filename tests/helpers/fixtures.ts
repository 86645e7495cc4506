import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVenueText, type Venue } from '../../src/core/venue/index.ts';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A path under tests/fixtures. */
export const fixturePath = (...parts: string[]): string => join(ROOT, 'tests', 'fixtures', ...parts);

/** Reads a JSON fixture, parsed. */
export function readJsonFixture<T = unknown>(...parts: string[]): T {
  return JSON.parse(readFileSync(fixturePath(...parts), 'utf8')) as T;
}

/** The real data shared beside the repository (../shared/data); not part of the project. */
export const SHARED_DATA = join(ROOT, '..', 'shared', 'data');

/**
 * Tests that read ../shared/data call this first: where the data is missing (a
 * clone outside the project's machines) they fail with a message that says so,
 * instead of passing without having checked anything.
 */
export function requireSharedData(...parts: string[]): string {
  const path = join(SHARED_DATA, ...parts);
  if (!existsSync(path)) {
    throw new Error(`This test needs the shared data set at ${path}, which is missing. It lives beside the repository in ../shared/data (see README, "Data").`);
  }
  return path;
}

/** The demo museum's venue as the app reads it (scenes/demo-museum/scene.json, parsed and validated). */
export function demoMuseum(): Venue {
  const { venue, problems } = parseVenueText(readFileSync(join(ROOT, 'scenes', 'demo-museum', 'scene.json'), 'utf8'));
  if (!venue) throw new Error(`scenes/demo-museum/scene.json does not open: ${problems.map((p) => p.message).join('; ')}`);
  return venue;
}
