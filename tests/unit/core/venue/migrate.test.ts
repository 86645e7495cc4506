import { describe, expect, it } from 'vitest';
import { formatProblem, migrateVenue, validateVenue } from '../../../../src/core/venue/index.ts';
import { readJsonFixture } from '../../../helpers/fixtures.ts';

const draft = () => readJsonFixture<Record<string, unknown>>('venues', 'v0-draft', 'scene.json');

describe('format migration', () => {
  it('brings a version 0 draft to version 1: texts become language maps, links become edges', () => {
    const result = validateVenue(draft(), { expectedId: 'v0-draft' });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.migratedFrom).toBe(0);
    const venue = result.venue!;
    expect(venue.asset.version).toBe(1);
    expect(venue.languages).toEqual(['de']);
    expect(venue.title).toEqual({ de: 'Entwurf' });
    expect(venue.rooms[1]!.name).toEqual({ de: 'Saal B' });
    expect(venue.hotspots![0]!.body).toEqual({ de: 'Öl auf Holz.' });
    expect(venue.tours![0]!.stops[0]!.narration).toEqual({ de: 'Hier beginnt es.' });
    expect(venue.navGraph!.edges).toEqual([{ from: 'n-a', to: 'n-b', kind: 'door' }]);
  });

  it('leaves the caller’s document untouched', () => {
    const doc = draft();
    const before = JSON.stringify(doc);
    migrateVenue(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('does not report a current-version venue as migrated', () => {
    const result = validateVenue(readJsonFixture('venues', 'tiny-gallery', 'scene.json'));
    expect(result.migratedFrom).toBeUndefined();
  });

  it('refuses versions that never existed', () => {
    const doc = draft();
    (doc.asset as { version: number }).version = -1;
    expect(validateVenue(doc).problems.map(formatProblem)).toEqual(['asset.version: format version -1 does not exist (oldest is 0)']);
  });

  it('a migrated draft that is still broken reports the problem at its version 1 path', () => {
    const doc = draft() as { navGraph: { links: { b: string }[] } };
    doc.navGraph.links[0]!.b = 'n-missing';
    expect(validateVenue(doc).problems.map(formatProblem)).toContain('navGraph.edges[0].to: unknown node "n-missing"');
  });
});
