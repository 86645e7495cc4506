import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { withBeaconRadioValues } from '../../../../../src/core/positioning/calibration/scene-text-edit.ts';
import { parseVenueText } from '../../../../../src/core/venue/index.ts';
import { fixturePath } from '../../../../helpers/fixtures.ts';

const values = (entries: [string, number, number][]) => new Map(entries.map(([id, txPower, pathLossExponent]) => [id, { txPower, pathLossExponent }]));

describe('writing calibrated values into scene.json text', () => {
  it('adds the fields to a one-line beacon, keeping the line', () => {
    const text = '{ "beacons": [{ "id": "b-1", "floor": "eg", "position": [1, 2, 3] }], "x": [1,2] }';
    expect(withBeaconRadioValues(text, values([['b-1', -61.5, 2.34]]))).toBe(
      '{ "beacons": [{ "id": "b-1", "floor": "eg", "position": [1, 2, 3], "txPower": -61.5, "pathLossExponent": 2.34 }], "x": [1,2] }',
    );
  });

  it('adds the fields one per line to a beacon written one field per line, with its indent', () => {
    const text = '{\n  "beacons": [\n    {\n      "id": "b-1",\n      "position": [\n        1,\n        2,\n        3\n      ]\n    }\n  ]\n}\n';
    expect(withBeaconRadioValues(text, values([['b-1', -60, 3]]))).toBe(
      '{\n  "beacons": [\n    {\n      "id": "b-1",\n      "position": [\n        1,\n        2,\n        3\n      ],\n      "txPower": -60,\n      "pathLossExponent": 3\n    }\n  ]\n}\n',
    );
  });

  it('replaces values already there, wherever they stand, and leaves other beacons alone', () => {
    const text = '{"beacons":[{"txPower":-59,"id":"b-1","pathLossExponent":2},{"id":"b-2","txPower":-59}],"note":"\\"txPower\\": -59"}';
    const out = withBeaconRadioValues(text, values([['b-1', -70.1, 2.85]]));
    expect(out).toBe('{"beacons":[{"txPower":-70.1,"id":"b-1","pathLossExponent":2.85},{"id":"b-2","txPower":-59}],"note":"\\"txPower\\": -59"}');
  });

  it('handles a beacon whose last field is one being replaced, and strings with brackets', () => {
    const text = '{"title":{"en":"a [b] {c}"},"beacons":[{"id":"b-1","txPower":-59}]}';
    expect(withBeaconRadioValues(text, values([['b-1', -58, 2.1]]))).toBe('{"title":{"en":"a [b] {c}"},"beacons":[{"id":"b-1","txPower":-58, "pathLossExponent": 2.1}]}');
  });

  it('changes nothing in a venue without beacons, and refuses text that is not an object', () => {
    expect(withBeaconRadioValues('{ "id": "x" }', values([['b-1', -60, 2]]))).toBe('{ "id": "x" }');
    expect(() => withBeaconRadioValues('[1, 2]', values([]))).toThrow('not a JSON object');
  });

  it('keeps a real fixture valid and byte for byte the same outside the beacons edited', () => {
    const text = readFileSync(fixturePath('positioning', 'radio-hall', 'scene.json'), 'utf8');
    const out = withBeaconRadioValues(text, values([['b-1', -62.3, 2.45], ['b-5', -57, 3.1]]));
    const venue = parseVenueText(out).venue!;
    expect(venue.beacons!.find((b) => b.id === 'b-1')).toMatchObject({ txPower: -62.3, pathLossExponent: 2.45 });
    expect(venue.beacons!.find((b) => b.id === 'b-5')).toMatchObject({ txPower: -57, pathLossExponent: 3.1, intervalMs: 200 });
    const expected = text
      .replace('"position": [2, 2.5, 2], "txPower": -59 }', '"position": [2, 2.5, 2], "txPower": -62.3, "pathLossExponent": 2.45 }')
      .replace('"intervalMs": 200\n', '"intervalMs": 200,\n      "txPower": -57,\n      "pathLossExponent": 3.1\n');
    expect(expected).not.toBe(text);
    expect(out).toBe(expected);
  });
});
