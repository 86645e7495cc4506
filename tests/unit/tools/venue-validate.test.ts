import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath, requireSharedData } from '../../helpers/fixtures.ts';
import { runTool } from '../../helpers/run-tool.ts';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the tiny-gallery bundle in a temporary folder of the same name, with scene.json edited. */
function bundleCopy(edit: (sceneText: string) => string = (t) => t, name = 'tiny-gallery'): string {
  const parent = mkdtempSync(join(tmpdir(), 'venue-'));
  temps.push(parent);
  const dir = join(parent, name);
  cpSync(fixturePath('venues', 'tiny-gallery'), dir, { recursive: true });
  writeFileSync(join(dir, 'scene.json'), edit(readFileSync(join(dir, 'scene.json'), 'utf8')));
  return dir;
}

describe('npm run venue:validate', () => {
  it('exits 0 with a one-line summary for a valid bundle', () => {
    const run = runTool('venue-validate.ts', [fixturePath('venues', 'tiny-gallery')]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('tiny-gallery: 2 floors, 4 rooms, 2 hotspots, 3 beacons, 5 nav nodes, 1 tour');
    expect(run.stderr).toBe('');
  });

  it('exits 1 and names the field of a dangling reference', () => {
    const dir = bundleCopy((t) => t.replace('"room": "r-gallery"', '"room": "r-x"'));
    const run = runTool('venue-validate.ts', [dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${dir}: hotspots[0].room: unknown room "r-x"`);
    expect(run.stdout).toBe('');
  });

  it('exits 1 on invalid JSON, a missing folder, a missing scan file and a wrong id', () => {
    const badJson = bundleCopy((t) => t.slice(0, 200));
    const missingScan = bundleCopy();
    rmSync(join(missingScan, 'scan.glb'));
    const renamed = bundleCopy((t) => t, 'renamed-gallery');
    const run = runTool('venue-validate.ts', [badJson, '/no/such/venue', missingScan, renamed]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${badJson}: \\(document\\): not valid JSON`));
    expect(run.stderr).toContain('/no/such/venue: (document): cannot read scene.json: /no/such/venue/scene.json does not exist');
    expect(run.stderr).toContain(`${missingScan}: scan.uri: file "scan.glb" is missing from the bundle`);
    expect(run.stderr).toContain(`${renamed}: id: is "tiny-gallery", but the venue was opened as "renamed-gallery" (the id must equal the folder name)`);
  });

  it('prints the summary of the valid venues even when another one fails', () => {
    const broken = bundleCopy((t) => t.replace('"version": 1', '"version": 99'));
    const run = runTool('venue-validate.ts', [fixturePath('venues', 'tiny-gallery'), broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('tiny-gallery: 2 floors');
    expect(run.stderr).toContain('asset.version: this venue uses format version 99, but this app reads versions up to 1; update the app to open it');
  });

  it('prints warnings without failing', () => {
    const dir = bundleCopy((t) => t.replace('"id": "h-landscape",', '"id": "h-landscape", "colour": "red",'));
    const run = runTool('venue-validate.ts', [dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('hotspots[1]: warning: unknown field "colour" (ignored)');
    expect(run.stdout).toContain('(1 warning)');
  });

  it('exits 2 with usage when given no folder', () => {
    const run = runTool('venue-validate.ts', []);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run venue:validate -- <venue dir>');
  });

  it('accepts the real UJI library survey venue (../shared/data)', () => {
    const dir = requireSharedData('uji-library');
    const run = runTool('venue-validate.ts', [dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('uji-library: 1 floor, 1 room, 0 hotspots, 24 beacons, 0 nav nodes, 0 tours');
  });
});
