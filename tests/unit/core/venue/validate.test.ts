import { describe, expect, it } from 'vitest';
import { formatProblem, validateVenue, type Problem } from '../../../../src/core/venue/index.ts';
import { readJsonFixture } from '../../../helpers/fixtures.ts';
import { deleteAt, setAt } from '../../../helpers/json-path.ts';

interface InvalidCase {
  rule: string;
  set?: Record<string, unknown>;
  delete?: string[];
  expect?: string;
  valid?: boolean;
}

const tinyGallery = () => readJsonFixture<Record<string, unknown>>('venues', 'tiny-gallery', 'scene.json');
const { cases } = readJsonFixture<{ cases: InvalidCase[] }>('venues', 'invalid-cases.json');
const lines = (problems: Problem[]) => problems.map(formatProblem);

describe('venue validation', () => {
  it('accepts the valid fixture with no problem at all', () => {
    const result = validateVenue(tinyGallery(), { expectedId: 'tiny-gallery' });
    expect(lines(result.problems)).toEqual([]);
    expect(result.venue?.rooms.map((r) => r.id)).toEqual(['r-hall', 'r-stairs-eg', 'r-stairs-og', 'r-gallery']);
  });

  describe.each(cases.map((c) => [`${c.rule}: ${c.expect ?? JSON.stringify(c.set)}`, c] as const))('%s', (_name, c) => {
    it(c.valid ? 'still loads' : 'is refused with a message naming the field', () => {
      const doc = tinyGallery();
      for (const [path, value] of Object.entries(c.set ?? {})) setAt(doc, path, value);
      for (const path of c.delete ?? []) deleteAt(doc, path);
      const result = validateVenue(doc);
      if (c.valid) expect(result.venue, lines(result.problems).join('\n')).not.toBeNull();
      else expect(result.venue).toBeNull();
      if (c.expect) expect(lines(result.problems)).toContain(c.expect);
      if (c.valid && !c.expect) expect(lines(result.problems)).toEqual([]);
    });
  });

  it('checks the id against the folder the venue was opened from', () => {
    const result = validateVenue(tinyGallery(), { expectedId: 'other-venue' });
    expect(result.venue).toBeNull();
    expect(lines(result.problems)).toContain('id: is "tiny-gallery", but the venue was opened as "other-venue" (the id must equal the folder name)');
  });

  it('refuses a 50 MB text field, naming the field and its size, without echoing it', () => {
    const doc = tinyGallery();
    setAt(doc, 'hotspots[0].body.de', 'x'.repeat(50 * 1024 * 1024));
    const result = validateVenue(doc);
    expect(result.venue).toBeNull();
    expect(lines(result.problems)).toEqual(['hotspots[0].body.de: text is too long (52428800 characters; at most 200000)']);
  });

  it('bounds list sizes (10 000 hotspots at most)', () => {
    const doc = tinyGallery() as { hotspots: unknown[] };
    const first = doc.hotspots[0] as Record<string, unknown>;
    doc.hotspots = Array.from({ length: 10_001 }, (_, i) => ({ ...first, id: `h-${i}` }));
    const result = validateVenue(doc);
    expect(lines(result.problems)).toEqual(['hotspots: too many items (10001 items; at most 10000)']);
  });

  it('reports every problem of a document at once, not only the first', () => {
    const doc = tinyGallery();
    setAt(doc, 'hotspots[0].room', 'r-x');
    setAt(doc, 'tours[0].stops[0].hotspot', 'h-x');
    setAt(doc, 'scan.uri', '../x.glb');
    const messages = lines(validateVenue(doc).problems);
    expect(messages).toEqual(
      expect.arrayContaining([
        'hotspots[0].room: unknown room "r-x"',
        'tours[0].stops[0].hotspot: unknown hotspot "h-x"',
        'scan.uri: "../x.glb" must not leave the bundle folder ("..")',
      ]),
    );
  });

  it('refuses what is not a venue document at all', () => {
    expect(lines(validateVenue([]).problems)).toEqual(['(document): scene.json must hold one JSON object']);
    expect(lines(validateVenue({ hello: 'world' }).problems)).toEqual(['asset.type: must be "museum-venue": this file is not a venue document']);
  });

  it('does not change the document it is given', () => {
    const doc = tinyGallery();
    setAt(doc, 'hotspots[0].colour', 'red');
    const before = JSON.stringify(doc);
    validateVenue(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
