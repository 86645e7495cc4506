import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatProblem, httpVenueSource, loadVenue, parseVenueText, toLoadedVenue, VenueLoadError } from '../../../../src/core/venue/index.ts';
import { venueVersion } from '../../../../src/core/venue/version.ts';
import { fixturePath } from '../../../helpers/fixtures.ts';

const tinyText = () => readFileSync(fixturePath('venues', 'tiny-gallery', 'scene.json'), 'utf8');

/** A fetch that serves a map of URL → body, and 404 for anything else. */
function fakeFetch(files: Record<string, string>): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = String(input);
    const body = files[url];
    return body === undefined ? new Response('not here', { status: 404 }) : new Response(body, { status: 200 });
  }) as typeof fetch;
}

describe('parsing scene.json text', () => {
  it('locates a syntax error by line and column without quoting the file', () => {
    const text = '{\n  "asset": { "type": "museum-venue", "version": 1 },\n  "id": "x",\n}';
    const [problem] = parseVenueText(text).problems;
    expect(problem && formatProblem(problem)).toMatch(/^\(document\): not valid JSON( at line 4, column 1)?: /);
    expect(problem?.message).not.toContain('"asset"');
  });

  it('names an empty file as such', () => {
    expect(parseVenueText('  ').problems.map(formatProblem)).toEqual(['(document): the file is empty']);
  });

  it('turns a number too large for a double into a finite-number error', () => {
    const text = tinyText().replace('"elevation": 0,', '"elevation": 1e999,');
    expect(parseVenueText(text).problems.map(formatProblem)).toContain('floors[0].elevation: must be a finite number');
  });
});

describe('loading a bundle over HTTP', () => {
  const base = 'https://museum.example/scenes/tiny-gallery/';

  it('loads, validates and resolves relative URIs against the bundle, versioned by scene.json', async () => {
    const loaded = await loadVenue(httpVenueSource(base, fakeFetch({ [`${base}scene.json`]: tinyText() })), { expectedId: 'tiny-gallery' });
    expect(loaded.venue.id).toBe('tiny-gallery');
    expect(loaded.version).toBe(venueVersion(tinyText()));
    expect(loaded.resolve(loaded.venue.scan!.uri)).toBe(`${base}scan.glb?v=${loaded.version}`);
    expect(loaded.resolve('media/portrait.webp', 'media')).toBe(`${base}media/portrait.webp?v=${loaded.version}`);
    expect(loaded.resolve('https://other.example/a.webp', 'media')).toBe('https://other.example/a.webp');
    expect(() => loaded.resolve('../other/scan.glb')).toThrow(/must not leave the bundle folder/);
  });

  it('gives the scan a new URL when scene.json changes, so an old scan is never taken for the new venue', async () => {
    const edited = tinyText().replace('"elevation": 0,', '"elevation": 0.5,');
    const before = await loadVenue(httpVenueSource(base, fakeFetch({ [`${base}scene.json`]: tinyText() })));
    const after = await loadVenue(httpVenueSource(base, fakeFetch({ [`${base}scene.json`]: edited })));
    expect(after.resolve('scan.glb')).not.toBe(before.resolve('scan.glb'));
  });

  it('resolves without a version when the venue was validated elsewhere and none was given', () => {
    const venue = parseVenueText(tinyText()).venue!;
    expect(toLoadedVenue(venue, [], base).resolve('scan.glb')).toBe(`${base}scan.glb`);
    expect(toLoadedVenue(venue, [], base, undefined, 'abc').resolve('scan.glb')).toBe(`${base}scan.glb?v=abc`);
  });

  it('names a missing scene.json', async () => {
    const error = await loadVenue(httpVenueSource(base, fakeFetch({}))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VenueLoadError);
    expect((error as VenueLoadError).problems.map(formatProblem)).toEqual(['(document): cannot read scene.json: scene.json answered HTTP 404 (not found)']);
  });

  it('names an unreachable server', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const error = (await loadVenue(httpVenueSource(base, offline)).catch((e: unknown) => e)) as VenueLoadError;
    expect(error.problems.map(formatProblem)).toEqual(['(document): cannot read scene.json: the network request for scene.json failed']);
  });

  it('carries every validation problem in the error', async () => {
    const broken = tinyText().replace('"room": "r-gallery"', '"room": "r-x"');
    const error = (await loadVenue(httpVenueSource(base, fakeFetch({ [`${base}scene.json`]: broken }))).catch((e: unknown) => e)) as VenueLoadError;
    expect(error.message).toContain('hotspots[0].room: unknown room "r-x"');
  });
});
