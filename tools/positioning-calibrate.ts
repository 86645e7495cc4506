/**
 * `npm run positioning:calibrate -- <venue dir> <survey.jsonl> [--write]`
 *
 * Fits every beacon's path-loss model (txPower, exponent) to a survey: truth
 * lines followed by what the phone heard standing there. Prints a table for
 * people on stderr and one JSON object on stdout:
 * `{ beacons: { [id]: { txPower, exponent, points, rmsDb, source, note? } }, global: {…}, survey: {…} }`.
 * With `--write`, writes the fitted values into the venue's scene.json (only the
 * beacons' `txPower` and `pathLossExponent` change; the rest of the file is kept
 * byte for byte), after checking that the result still passes validation.
 *
 * Exit codes: 0 done; 1 unreadable input (venue, survey) or nothing to fit; 2 usage.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { formatProblem, parseVenueText, type Venue } from '../src/core/venue/index.ts';
import { beaconMap } from '../src/core/positioning/radio/beacon-map.ts';
import { createBeaconResolver } from '../src/core/positioning/ble/resolve.ts';
import { formatTraceReport, readTrace } from '../src/core/positioning/trace/read-trace.ts';
import { calibrateFromSurvey, type BeaconCalibration, type Calibration } from '../src/core/positioning/calibration/calibrate.ts';
import { withBeaconRadioValues, type BeaconRadioValues } from '../src/core/positioning/calibration/scene-text-edit.ts';
import { CliError, loadCliVenue, runCli } from './lib/cli.ts';

const USAGE = 'usage: npm run positioning:calibrate -- <venue dir> <survey.jsonl> [--write]';

/** Rounding for output and for scene.json: 0.1 dB is finer than any survey resolves; exponents to 0.01. */
const roundTo = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits || 0;
const radioValues = (b: { txPower: number; exponent: number }): BeaconRadioValues => ({ txPower: roundTo(b.txPower, 1), pathLossExponent: roundTo(b.exponent, 2) });

/** The JSON printed on stdout. */
export function calibrationJson(calibration: Calibration, written?: string): unknown {
  const beacon = (b: BeaconCalibration) => ({
    txPower: roundTo(b.txPower, 1),
    exponent: roundTo(b.exponent, 2),
    points: b.points,
    rmsDb: roundTo(b.rmsDb, 2),
    source: b.source,
    ...(b.note !== undefined && { note: b.note }),
  });
  const g = calibration.global;
  return {
    beacons: Object.fromEntries(calibration.beacons.map((b) => [b.id, beacon(b)])),
    global: { txPower: roundTo(g.txPower, 1), exponent: roundTo(g.exponent, 2), points: g.points, rmsDb: roundTo(g.rmsDb, 2), fitted: g.fitted, ...(g.note !== undefined && { note: g.note }) },
    survey: calibration.survey,
    ...(written !== undefined && { written }),
  };
}

/** The table printed on stderr. */
export function calibrationTable(calibration: Calibration): string {
  const rows = [['beacon', 'txPower', 'exponent', 'points', 'rms dB', 'source']];
  for (const b of calibration.beacons) {
    rows.push([b.id, b.txPower.toFixed(1), b.exponent.toFixed(2), String(b.points), b.rmsDb.toFixed(1), b.source + (b.note ? ` (${b.note})` : '')]);
  }
  const g = calibration.global;
  rows.push(['venue-wide', g.txPower.toFixed(1), g.exponent.toFixed(2), String(g.points), g.rmsDb.toFixed(1), g.fitted ? (g.note ?? 'fitted') : (g.note ?? '')]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 || i === r.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const s = calibration.survey;
  return [...rows.map(line), `survey: ${s.points} points, ${s.sightings} sightings of venue beacons`].join('\n');
}

async function loadVenueOrFail(dir: string): Promise<Venue> {
  const loaded = await loadCliVenue(dir, { matchFolderName: true });
  if ('venue' in loaded) return loaded.venue;
  throw new CliError(`${dir}: cannot open the venue:\n${loaded.problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n')}`, 1);
}

/** Writes the calibrated values into `<dir>/scene.json`, refusing a result that does not validate. */
async function writeCalibration(dir: string, calibration: Calibration): Promise<string> {
  const file = join(dir, 'scene.json');
  const text = await readFile(file, 'utf8');
  const values = new Map(calibration.beacons.filter((b) => b.source !== 'unchanged').map((b) => [b.id, radioValues(b)]));
  const updated = withBeaconRadioValues(text, values);
  const check = parseVenueText(updated, { expectedId: basename(resolve(dir)) });
  const errors = check.problems.filter((p) => p.severity === 'error');
  if (!check.venue || errors.length > 0) {
    throw new CliError(`${file}: not written: the calibrated scene would not validate:\n${errors.map(formatProblem).join('\n')}`, 1);
  }
  // The edit must have landed exactly where meant; anything else is a bug, not a file to write.
  for (const b of check.venue.beacons ?? []) {
    const v = values.get(b.id);
    if (v && (b.txPower !== v.txPower || b.pathLossExponent !== v.pathLossExponent)) throw new CliError(`${file}: not written: beacon ${b.id} did not take its values`, 1);
  }
  await writeFile(file, updated);
  return file;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.error(USAGE);
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--write');
  const positional = argv.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || positional.length !== 2) {
    throw new CliError(`${unknown.length > 0 ? `unknown option ${unknown[0]}\n` : ''}${USAGE}`, 2);
  }
  const [dir, surveyPath] = positional as [string, string];
  const write = argv.includes('--write');

  const venue = await loadVenueOrFail(dir);
  const surveyText = await readFile(surveyPath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${surveyPath}: cannot read the survey: ${error.code === 'ENOENT' ? 'no such file' : error.message}`, 1);
  });
  const survey = readTrace(surveyText, createBeaconResolver(venue));
  console.error(`${surveyPath}: ${formatTraceReport(survey.report)}`);
  if (survey.report.truths === 0) throw new CliError(`${surveyPath}: the survey has no truth lines, so nothing can be fitted`, 1);
  if ((venue.beacons ?? []).length === 0) throw new CliError(`${dir}: the venue has no beacons to calibrate`, 1);

  const calibration = calibrateFromSurvey(survey.events, venue, beaconMap(venue));
  console.error(calibrationTable(calibration));
  const written = write ? await writeCalibration(dir, calibration) : undefined;
  if (written) console.error(`wrote ${calibration.beacons.filter((b) => b.source !== 'unchanged').length} beacons' values into ${written}`);
  console.log(JSON.stringify(calibrationJson(calibration, written)));
  return 0;
}

runCli(import.meta.url, 'positioning-calibrate.ts', 'positioning:calibrate', main);
