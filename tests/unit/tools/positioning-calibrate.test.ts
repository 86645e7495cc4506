import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath, requireSharedData } from '../../helpers/fixtures.ts';
import { runTool } from '../../helpers/run-tool.ts';
import { beaconMap } from '../../../src/core/positioning/radio/beacon-map.ts';
import type { PathLossModel } from '../../../src/core/positioning/radio/path-loss.ts';
import { traceMetaLine, writeTraceLine } from '../../../src/core/positioning/trace/write-trace.ts';
import { parseVenueText } from '../../../src/core/venue/index.ts';
import { grid, radioHall, seededRandom, surveyAt } from '../../fixtures/positioning/synthetic-radio.ts';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'calibrate-'));
  temps.push(dir);
  return dir;
}

/** A copy of the radio-hall fixture in a temporary folder of the same name. */
function venueCopy(edit: (text: string) => string = (t) => t): string {
  const dir = join(tempDir(), 'radio-hall');
  cpSync(fixturePath('positioning', 'radio-hall'), dir, { recursive: true });
  writeFileSync(join(dir, 'scene.json'), edit(readFileSync(join(dir, 'scene.json'), 'utf8')));
  return dir;
}

const venue = radioHall();
const beacons = beaconMap(venue);

/** A synthetic survey of the radio hall, written as JSON Lines; every beacon follows `model`. */
function surveyFile(model: PathLossModel, options: { noiseDb?: number; truths?: boolean } = {}): string {
  const points = [...grid(1, 19, 1, 11, 1.5).map((p) => ({ p, floor: 'eg' })), ...grid(1, 19, 1, 11, 1.5).map((p) => ({ p, floor: 'og' }))];
  const truth = new Map([...beacons.keys()].map((id) => [id, model]));
  const events = surveyAt(venue, beacons, points, { truth, noiseDb: options.noiseDb ?? 3, random: seededRandom(9), sensitivity: -125 });
  const lines = [traceMetaLine({ venue: 'radio-hall', note: 'synthetic survey' }), ...events.filter((e) => options.truths !== false || e.kind !== 'truth').map(writeTraceLine)];
  const file = join(tempDir(), 'survey.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

interface CalibrationOutput {
  beacons: Record<string, { txPower: number; exponent: number; points: number; rmsDb: number; source: string }>;
  global: { txPower: number; exponent: number; points: number; rmsDb: number; fitted: boolean };
  survey: { points: number; sightings: number };
  written?: string;
}

describe('npm run positioning:calibrate', () => {
  it('prints a table for people and one JSON object with the fitted values, leaving scene.json alone', () => {
    const dir = venueCopy();
    const before = readFileSync(join(dir, 'scene.json'), 'utf8');
    const run = runTool('positioning-calibrate.ts', [dir, surveyFile({ txPower: -64, exponent: 2.6 })]);
    expect(run.stderr).toMatch(/^beacon\s+txPower\s+exponent\s+points\s+rms dB\s+source$/m);
    expect(run.stderr).toMatch(/^b-5\s+-6[345]\.\d\s+2\.[5-7]\d\s+\d+\s+\d\.\d\s+beacon$/m);
    expect(run.stderr).toMatch(/^survey: \d+ points, \d+ sightings/m);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as CalibrationOutput;
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(Object.keys(out.beacons)).toEqual(['b-1', 'b-2', 'b-3', 'b-4', 'b-5', 'b-6', 'b-7', 'b-8', 'b-9']);
    for (const b of Object.values(out.beacons)) {
      expect(b.source).toBe('beacon');
      expect(Math.abs(b.txPower - -64)).toBeLessThan(1.5);
      expect(Math.abs(b.exponent - 2.6)).toBeLessThan(0.2);
      expect(b.rmsDb).toBeGreaterThan(0.5);
      expect(b.rmsDb).toBeLessThan(3);
    }
    expect(out.global).toMatchObject({ fitted: true });
    expect(out.survey.points).toBeGreaterThan(100);
    expect(out.written).toBeUndefined();
    expect(readFileSync(join(dir, 'scene.json'), 'utf8')).toBe(before);
  });

  it('with --write, writes the rounded values into scene.json, which still validates', () => {
    const dir = venueCopy();
    const before = readFileSync(join(dir, 'scene.json'), 'utf8');
    const run = runTool('positioning-calibrate.ts', [dir, surveyFile({ txPower: -66, exponent: 2.2 }), '--write']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as CalibrationOutput;
    expect(out.written).toBe(join(dir, 'scene.json'));
    expect(run.stderr).toContain(`wrote 9 beacons' values into ${join(dir, 'scene.json')}`);
    const after = readFileSync(join(dir, 'scene.json'), 'utf8');
    const written = parseVenueText(after, { expectedId: 'radio-hall' });
    expect(written.problems).toEqual([]);
    for (const b of written.venue!.beacons!) {
      expect(b.txPower).toBe(out.beacons[b.id]!.txPower);
      expect(b.pathLossExponent).toBe(out.beacons[b.id]!.exponent);
      expect(Math.round(b.txPower! * 10)).toBe(b.txPower! * 10);
    }
    // Everything but the beacons is as it was, formatting included.
    const outsideBeacons = (t: string) => t.slice(0, t.indexOf('"beacons"'));
    expect(outsideBeacons(after)).toBe(outsideBeacons(before));
    expect(after.split('\n').length).toBe(before.split('\n').length + 2);
  });

  it('refuses to write values that would make the venue invalid, and says why', () => {
    const dir = venueCopy();
    const before = readFileSync(join(dir, 'scene.json'), 'utf8');
    // Far too loud for real beacons: the fitted txPower lands above the format's +20 dBm.
    const run = runTool('positioning-calibrate.ts', [dir, surveyFile({ txPower: 45, exponent: 4.5 }, { noiseDb: 0 }), '--write']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not written: the calibrated scene would not validate');
    expect(run.stderr).toMatch(/beacons\[\d\]\.txPower/);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(dir, 'scene.json'), 'utf8')).toBe(before);
  });

  it('exits 1 with a clear message for input it cannot read', () => {
    const survey = surveyFile({ txPower: -60, exponent: 2 });
    const missingVenue = runTool('positioning-calibrate.ts', ['/no/such/venue', survey]);
    expect(missingVenue.code).toBe(1);
    expect(missingVenue.stderr).toContain('/no/such/venue: cannot open the venue');
    expect(missingVenue.stderr).toContain('cannot read scene.json');

    const broken = venueCopy((t) => t.replace('"floor": "eg", "position": [2, 2.5, 2]', '"floor": "nowhere", "position": [2, 2.5, 2]'));
    const invalid = runTool('positioning-calibrate.ts', [broken, survey]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('beacons[0].floor');

    const missingSurvey = runTool('positioning-calibrate.ts', [venueCopy(), '/no/such/survey.jsonl']);
    expect(missingSurvey.code).toBe(1);
    expect(missingSurvey.stderr).toContain('/no/such/survey.jsonl: cannot read the survey: no such file');

    const noTruth = surveyFile({ txPower: -60, exponent: 2 }, { truths: false });
    const untruthful = runTool('positioning-calibrate.ts', [venueCopy(), noTruth]);
    expect(untruthful.code).toBe(1);
    expect(untruthful.stderr).toContain(`${noTruth}: the survey has no truth lines, so nothing can be fitted`);
    expect(untruthful.stdout).toBe('');
  });

  it('exits 2 with usage for a wrong command line', () => {
    for (const args of [[], [fixturePath('positioning', 'radio-hall')], ['a', 'b', '--writ']]) {
      const run = runTool('positioning-calibrate.ts', args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('usage: npm run positioning:calibrate -- <venue dir> <survey.jsonl> [--write]');
    }
  });

  it('fits all 24 beacons of the real UJI library survey (../shared/data)', () => {
    const dir = requireSharedData('uji-library');
    const run = runTool('positioning-calibrate.ts', [dir, join(dir, 'survey.jsonl')]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as CalibrationOutput;
    const fitted = Object.values(out.beacons);
    expect(fitted).toHaveLength(24);
    for (const b of fitted) {
      expect(b.source).toBe('beacon');
      expect(b.exponent).toBeGreaterThanOrEqual(1.2);
      expect(b.exponent).toBeLessThanOrEqual(5);
      expect(b.txPower).toBeGreaterThan(-80);
      expect(b.txPower).toBeLessThan(-40);
    }
    expect(out.survey).toMatchObject({ points: 772, sightings: 9956 });
    expect(out.global.exponent).toBeGreaterThan(2);
    expect(out.global.exponent).toBeLessThan(3.5);
    expect(out.global.rmsDb).toBeLessThan(12);
  });
});
