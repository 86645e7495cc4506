import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTool } from '../../helpers/run-tool.ts';
import { fixturePath, requireSharedData } from '../../helpers/fixtures.ts';

const SUMMARY_KEYS = ['method', 'traces', 'fixes', 'meanError', 'medianError', 'p90Error', 'maxError', 'floorAccuracy', 'roomAccuracy', 'timeToFirstFixMs', 'advertisementsPerSecond'];
const tinyGallery = fixturePath('venues', 'tiny-gallery');

/** Runs the evaluator and parses its stdout, which must be exactly one JSON object. */
function evaluate(args: string[]) {
  const run = runTool('positioning-eval.ts', args);
  const lines = run.stdout.trim().split('\n').filter(Boolean);
  return { ...run, lines, json: run.code === 0 && lines.length === 1 ? (JSON.parse(lines[0]!) as Record<string, unknown>) : null };
}

describe('npm run positioning:eval', () => {
  it('prints exactly one JSON object with the agreed fields, and counts what it dropped on stderr', () => {
    const run = evaluate([tinyGallery, fixturePath('traces', 'tiny-gallery-bad-lines.jsonl'), '--method', 'wcentroid']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.lines).toHaveLength(1);
    expect(Object.keys(run.json!)).toEqual(SUMMARY_KEYS);
    expect(run.json!.method).toBe('wcentroid');
    expect(run.stderr).toMatch(/Dropped 11 lines/);
    for (const value of Object.values(run.json!)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  });

  it('scores an empty trace and one without truth lines without inventing errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    writeFileSync(join(dir, 'empty.jsonl'), '');
    writeFileSync(join(dir, 'no-truth.jsonl'), '{"type":"adv","t":0,"beacon":"b-hall","rssi":-60}\n');
    const run = evaluate([tinyGallery, join(dir, 'empty.jsonl'), join(dir, 'no-truth.jsonl')]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.json).toMatchObject({ method: 'tracker', traces: 2, fixes: 0, meanError: null, p90Error: null });
  });

  it('refuses unreadable input with exit 1 and a message naming it', () => {
    const missing = evaluate([tinyGallery, '/nonexistent/trace.jsonl']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('/nonexistent/trace.jsonl: cannot read (no such file)');
    expect(missing.stdout).toBe('');
    const noVenue = evaluate(['/nonexistent-venue', fixturePath('traces', 'tiny-gallery-raw.jsonl')]);
    expect(noVenue.code).toBe(1);
    expect(noVenue.stderr).toContain('not a usable venue');
    const fingerprint = evaluate([tinyGallery, fixturePath('traces', 'tiny-gallery-raw.jsonl'), '--method', 'fingerprint']);
    expect(fingerprint.code).toBe(1);
    expect(fingerprint.stderr).toContain('needs a survey');
  });

  it('answers usage errors with exit 2', () => {
    expect(evaluate([]).code).toBe(2);
    expect(evaluate([tinyGallery]).code).toBe(2);
    const badMethod = evaluate([tinyGallery, 'x.jsonl', '--method', 'magic']);
    expect(badMethod.code).toBe(2);
    expect(badMethod.stderr).toContain('unknown method "magic"');
  });

  it('on the real UJI library traces, the tracker beats the weighted centroid by the issue’s margin', () => {
    const dir = requireSharedData('uji-library');
    const traces = ['campaign3-phone1', 'campaign3-phone2', 'campaign3-phone3'].map((name) => join(dir, 'traces', `${name}.jsonl`));
    const centroid = evaluate([dir, ...traces, '--method', 'wcentroid']).json!;
    const tracker = evaluate([dir, ...traces]).json!;
    expect(tracker.fixes).toBe(centroid.fixes);
    expect(tracker.meanError as number).toBeLessThanOrEqual(0.6 * (centroid.meanError as number));
    expect(tracker.p90Error as number).toBeLessThanOrEqual(0.6 * (centroid.p90Error as number));
    expect(tracker.timeToFirstFixMs as number).toBeLessThanOrEqual(2000);
    expect(tracker.floorAccuracy).toBe(1);
  }, 60_000);
});
