import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateVenue, type Venue } from '../../../../../src/core/venue/index.ts';
import { createBeaconResolver, type BeaconResolver } from '../../../../../src/core/positioning/ble/index.ts';
import { DROP_REASONS, formatTraceReport, readTrace, type TraceEvent } from '../../../../../src/core/positioning/trace/index.ts';
import { fixturePath, readJsonFixture, requireSharedData } from '../../../../helpers/fixtures.ts';

const loadVenue = (doc: unknown): Venue => {
  const result = validateVenue(doc);
  if (!result.venue) throw new Error(`venue is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.venue;
};
const tinyGallery = (): BeaconResolver => createBeaconResolver(loadVenue(readJsonFixture('venues', 'tiny-gallery', 'scene.json')));
const traceFixture = (name: string): string => readFileSync(fixturePath('traces', name), 'utf8');
const sightingIds = (events: readonly TraceEvent[]) => events.flatMap((e) => (e.kind === 'sighting' ? [e.sighting.beaconId] : []));

describe('reading a trace with one line of every problem', () => {
  const { meta, events, report } = readTrace(traceFixture('tiny-gallery-bad-lines.jsonl'), tinyGallery());

  it('counts each problem once, under its own name', () => {
    expect(report).toMatchObject({
      lines: 19, blankLines: 1, metaLines: 1,
      malformedJson: 1, notAnObject: 1, unknownType: 1, missingFields: 1, unknownBeacon: 1, unknownIdentity: 1,
      rejectedPackets: 1, badRssi: 1, badTime: 1, unknownFloor: 1, timeBackwards: 1, tooLong: 0,
      dropped: 11,
    });
  });

  it('keeps the good lines as events, in file order', () => {
    expect(events.map((e) => e.kind)).toEqual(['sighting', 'sighting', 'sighting', 'motion', 'truth']);
    expect(sightingIds(events)).toEqual(['b-hall', 'b-gallery', 'b-stairs']);
    expect(report).toMatchObject({ sightings: 3, rawResolved: 1, rawTelemetry: 1, motions: 1, truths: 1, firstT: 0, lastT: 140 });
    expect(events[3]).toEqual({ kind: 'motion', cue: { t: 130, step: true, heading: 1.57 } });
    expect(events[4]).toEqual({ kind: 'truth', truth: { t: 140, position: [5, 1.2, 4], floor: 'eg' }, phone: 1 });
  });

  it('accounts for every line exactly once', () => {
    const advKept = report.sightings - report.rawResolved; // each raw line of this fixture names one beacon
    const dropped = DROP_REASONS.reduce((n, r) => n + report[r], 0);
    expect(dropped).toBe(report.dropped);
    expect(report.blankLines + report.metaLines + advKept + report.rawResolved + report.rawTelemetry + report.motions + report.truths + dropped).toBe(report.lines);
  });

  it('words each problem with its line number', () => {
    expect(report.problems).toHaveLength(11);
    expect(report.problems).toContain('line 11: rssi -300 is outside -130…20 dBm');
    expect(report.problems).toContain('line 15: t 50 is before the previous line\'s t 100; line dropped');
    expect(report.problems).toContain('line 8: beacon "b-nowhere" is not in venue tiny-gallery');
    expect(report.problems).toContain('line 13: floor "ug" is not a floor of venue tiny-gallery');
    expect(report.problems).toContain('line 10: raw packet rejected (eddystone frame too short)');
    expect(report.problems).toContain('line 9: no beacon of venue tiny-gallery advertises eddystone-uid:ffffffffffffffffffff:000000000001');
    expect(report.problems).toContain('line 4: is not valid JSON: {"type":"adv","t":1,');
    expect(report.problems.map((p) => Number(/^line (\d+):/.exec(p)?.[1]))).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15]);
  });

  it('keeps the meta line and counts the raw packets', () => {
    expect(meta).toMatchObject({ type: 'meta', venue: 'tiny-gallery', version: 1 });
    expect(report.packets.parsed).toEqual({ 'eddystone-uid': 1, 'eddystone-url': 0, 'eddystone-tlm': 1, ibeacon: 1 });
    expect(report.packets.rejected).toEqual({ 'eddystone frame too short': 1 });
  });

  it('sums it up in one paragraph that names what was dropped', () => {
    const text = formatTraceReport(report);
    expect(text).toContain('19 lines: 3 sightings (1 raw advertisement resolved), 1 truth point, 1 motion cue');
    expect(text).toContain('Dropped 11 lines: 1 not valid JSON, 1 not an object, 1 of unknown type');
    expect(text).toContain('1 going back in time');
    expect(text).toContain('(and 8 more)');
    expect(text).not.toContain('\n');
  });
});

describe('reading raw advertisements in both shapes', () => {
  it('resolves every beacon of tiny-gallery from Web Bluetooth records and from whole payloads', () => {
    const { events, report } = readTrace(traceFixture('tiny-gallery-raw.jsonl'), tinyGallery());
    expect(sightingIds(events)).toEqual(['b-hall', 'b-hall', 'b-gallery', 'b-gallery', 'b-stairs', 'b-stairs', 'b-stairs']);
    expect(report).toMatchObject({ rawResolved: 7, rawTelemetry: 1, truths: 1, dropped: 0 });
    const rssi = events.flatMap((e) => (e.kind === 'sighting' ? [e.sighting.rssi] : []));
    expect(rssi).toEqual([-60, -61, -70, -71, -80, -81, -82]);
  });
});

describe('traces that are empty, odd or hostile', () => {
  const resolver = tinyGallery();

  it('reads an empty file as nothing at all', () => {
    const { meta, events, report } = readTrace('', resolver);
    expect([meta, events.length, report.lines, report.truths, report.dropped]).toEqual([null, 0, 0, 0, 0]);
    expect(formatTraceReport(report)).toBe('Empty trace: no lines.');
  });

  it('says a trace without truth lines cannot be scored', () => {
    const { report } = readTrace('{"type":"adv","t":0,"beacon":"b-hall","rssi":-60}\n', resolver);
    expect(report.truths).toBe(0);
    expect(formatTraceReport(report)).toContain('No truth lines');
  });

  it('reads Windows line endings and a byte-order mark', () => {
    const text = '\uFEFF{"type":"meta","version":1,"venue":"tiny-gallery"}\r\n{"type":"adv","t":0,"beacon":"b-hall","rssi":-60}\r\n';
    const { meta, report } = readTrace(text, resolver);
    expect(meta?.venue).toBe('tiny-gallery');
    expect(report).toMatchObject({ lines: 2, sightings: 1, dropped: 0 });
  });

  it.each([
    ['rssi null (how JSON writes NaN)', '{"type":"adv","t":0,"beacon":"b-hall","rssi":null}', 'badRssi', 'rssi null is not a number'],
    ['rssi as text', '{"type":"adv","t":0,"beacon":"b-hall","rssi":"-60"}', 'badRssi', 'rssi "-60" is not a number'],
    ['rssi +127', '{"type":"raw","t":0,"rssi":127,"data":"00"}', 'badRssi', 'rssi 127 is outside -130…20 dBm'],
    ['a bare NaN', '{"type":"adv","t":0,"beacon":"b-hall","rssi":NaN}', 'malformedJson', 'is not valid JSON'],
    ['t as text', '{"type":"adv","t":"0","beacon":"b-hall","rssi":-60}', 'badTime', 't "0" is not a time'],
    ['t 1e999 (infinity)', '{"type":"adv","t":1e999,"beacon":"b-hall","rssi":-60}', 'badTime', 't Infinity is not a time'],
    ['no t', '{"type":"truth","position":[1,2,3],"floor":"eg"}', 'missingFields', 'truth line has no "t"'],
    ['no type', '{"t":0,"beacon":"b-hall","rssi":-60}', 'missingFields', 'has no "type"'],
    ['a truth with two coordinates', '{"type":"truth","t":0,"position":[1,2],"floor":"eg"}', 'missingFields', 'truth line needs "position", three finite numbers'],
    ['a truth with a null coordinate', '{"type":"truth","t":0,"position":[1,null,2],"floor":"eg"}', 'missingFields', 'truth line needs "position", three finite numbers [x, y, z]; got [1,null,2]'],
    ['a truth without floor', '{"type":"truth","t":0,"position":[1,2,3]}', 'missingFields', 'truth line needs "floor"'],
    ['a motion with a text heading', '{"type":"motion","t":0,"heading":"north"}', 'missingFields', 'motion line needs'],
    ['a motion with nothing', '{"type":"motion","t":0}', 'missingFields', 'motion line needs'],
    ['a raw line without data', '{"type":"raw","t":0,"rssi":-60}', 'missingFields', 'raw line needs'],
    ['raw odd-length hex', '{"type":"raw","t":0,"rssi":-60,"data":"0201061"}', 'rejectedPackets', 'raw packet rejected (invalid hex)'],
    ['raw non-hex', '{"type":"raw","t":0,"rssi":-60,"serviceData":{"0xfeaa":"0g"}}', 'rejectedPackets', 'raw packet rejected (invalid hex)'],
    ['a string line', '"adv"', 'notAnObject', 'is not a JSON object'],
    ['null', 'null', 'notAnObject', 'is not a JSON object'],
  ] as const)('drops %s and says why', (_name, line, counter, wording) => {
    const { events, report } = readTrace(`${line}\n`, resolver);
    expect(events).toEqual([]);
    expect(report[counter]).toBe(1);
    expect(report.dropped).toBe(1);
    expect(report.problems[0]).toContain(`line 1: ${wording}`);
  });

  it('refuses a 10 MB line unread, and quotes no more than a few characters of bad lines', () => {
    const huge = `{"type":"adv","t":0,"beacon":"${'b'.repeat(10_000_000)}","rssi":-60}`;
    const { report } = readTrace(`${huge}\n{"type":"adv","t":0,"beacon":"${'x'.repeat(5000)}","rssi":-60}\n`, resolver);
    expect(report).toMatchObject({ tooLong: 1, unknownBeacon: 1, dropped: 2 });
    expect(Math.max(...report.problems.map((p) => p.length))).toBeLessThan(200);
  });

  it('words only the first 20 problems and counts the rest', () => {
    const { report } = readTrace('oops\n'.repeat(25), resolver);
    expect(report.malformedJson).toBe(25);
    expect(report.problems).toHaveLength(20);
    expect(report.problemsOmitted).toBe(5);
  });

  it('drops lines going back in time, but judges each phone of a survey on its own clock', () => {
    const text = [
      '{"type":"truth","t":0,"position":[5,1.2,4],"floor":"eg","phone":1}',
      '{"type":"adv","t":900,"beacon":"b-hall","rssi":-60,"phone":1}',
      '{"type":"adv","t":800,"beacon":"b-hall","rssi":-60,"phone":1}',
      '{"type":"truth","t":0,"position":[5,1.2,4],"floor":"eg","phone":2}',
      '{"type":"adv","t":10,"beacon":"b-gallery","rssi":-60,"phone":2}',
    ].join('\n');
    const { events, report } = readTrace(text, resolver);
    expect(report.timeBackwards).toBe(1);
    expect(events.map((e) => [e.kind, e.phone])).toEqual([['truth', 1], ['sighting', 1], ['truth', 2], ['sighting', 2]]);
  });

  it('warns when the trace was recorded in another venue', () => {
    const { report } = readTrace('{"type":"meta","version":1,"venue":"uji-library"}\n', resolver);
    expect(report.problems).toEqual(['line 1: the trace was recorded in venue "uji-library", but is read against "tiny-gallery"']);
  });

  it('never lets a NaN through into an event', () => {
    const lines = ['{"type":"adv","t":0,"beacon":"b-hall","rssi":-60}', '{"type":"motion","t":1,"heading":1e999}', '{"type":"truth","t":2,"position":[1e999,0,0],"floor":"eg"}'];
    const { events } = readTrace(lines.join('\n'), resolver);
    expect(JSON.stringify(events)).not.toContain('null');
    expect(events).toHaveLength(1);
  });
});

describe('reading the real UJI library recordings', () => {
  const dir = requireSharedData('uji-library');
  const resolver = createBeaconResolver(loadVenue(JSON.parse(readFileSync(join(dir, 'scene.json'), 'utf8'))));
  /** Counts computed without the reader: plain string scans of the file. */
  const scan = (text: string) => {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    return {
      lines: lines.length,
      truths: lines.filter((l) => l.includes('"type":"truth"')).length,
      advs: lines.filter((l) => l.includes('"type":"adv"')).length,
      phones: new Map([1, 2, 3].map((p) => [p, lines.filter((l) => l.includes(`"phone":${p}`)).length])),
    };
  };

  it.each(['campaign3-phone1.jsonl', 'campaign3-phone2.jsonl', 'campaign3-phone3.jsonl'])('reads trace %s whole, in time order', (name) => {
    const text = readFileSync(join(dir, 'traces', name), 'utf8');
    const expected = scan(text);
    const { meta, events, report } = readTrace(text, resolver);
    expect(meta?.venue).toBe('uji-library');
    expect(report).toMatchObject({ lines: expected.lines, truths: expected.truths, sightings: expected.advs, dropped: 0, metaLines: 1 });
    expect(events).toHaveLength(expected.truths + expected.advs);
    const times = events.map((e) => (e.kind === 'sighting' ? e.sighting.t : e.kind === 'truth' ? e.truth.t : e.cue.t));
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
  });

  it('reads the survey, keeping each phone’s recording and its phone number', () => {
    const text = readFileSync(join(dir, 'survey.jsonl'), 'utf8');
    const expected = scan(text);
    const { events, report } = readTrace(text, resolver);
    expect(report).toMatchObject({ lines: expected.lines, truths: expected.truths, sightings: expected.advs, dropped: 0, timeBackwards: 0 });
    for (const [phone, count] of expected.phones) expect(events.filter((e) => e.phone === phone)).toHaveLength(count);
  });

  it('reads all four files quickly (well above 27 000 lines/s even on a busy machine; ~400 000 lines/s measured)', () => {
    const texts = ['survey.jsonl', 'traces/campaign3-phone1.jsonl', 'traces/campaign3-phone2.jsonl', 'traces/campaign3-phone3.jsonl'].map((f) => readFileSync(join(dir, f), 'utf8'));
    const started = performance.now();
    const lines = texts.reduce((n, text) => n + readTrace(text, resolver).report.lines, 0);
    expect(lines).toBeGreaterThan(27_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
