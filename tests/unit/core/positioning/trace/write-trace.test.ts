import { describe, expect, it } from 'vitest';
import { validateVenue } from '../../../../../src/core/venue/index.ts';
import { createBeaconResolver, eddystoneUidPayload, identityRecords } from '../../../../../src/core/positioning/ble/index.ts';
import { rawTraceLine, readTrace, traceMetaLine, writeTraceLine, type TraceEvent } from '../../../../../src/core/positioning/trace/index.ts';
import { readJsonFixture } from '../../../../helpers/fixtures.ts';

const venue = validateVenue(readJsonFixture('venues', 'tiny-gallery', 'scene.json')).venue!;
const resolver = createBeaconResolver(venue);

describe('writing traces the reader reads back', () => {
  const events: TraceEvent[] = [
    { kind: 'truth', truth: { t: 0, position: [1, 1.2, 3], floor: 'eg' } },
    { kind: 'sighting', sighting: { t: 15, beaconId: 'b-hall', rssi: -63.5 } },
    { kind: 'motion', cue: { t: 20, step: true } },
    { kind: 'motion', cue: { t: 25, heading: -1.2 } },
    { kind: 'sighting', sighting: { t: 30, beaconId: 'b-stairs', rssi: -80 }, phone: 2 },
    { kind: 'truth', truth: { t: 40, position: [12, 5.2, 4], floor: 'og' }, phone: 2 },
  ];

  it('round-trips every kind of event, phone included', () => {
    const text = [traceMetaLine({ venue: 'tiny-gallery', source: 'test' }), ...events.map(writeTraceLine)].join('\n');
    const read = readTrace(text, resolver);
    expect(read.events).toEqual(events);
    expect(read.meta).toEqual({ type: 'meta', version: 1, venue: 'tiny-gallery', source: 'test' });
    expect(read.report.dropped).toBe(0);
  });

  it('writes the line format of SCENE-FORMAT.md, field for field', () => {
    expect(writeTraceLine(events[1]!)).toBe('{"type":"adv","t":15,"beacon":"b-hall","rssi":-63.5}');
    expect(writeTraceLine(events[0]!)).toBe('{"type":"truth","t":0,"position":[1,1.2,3],"floor":"eg"}');
    expect(writeTraceLine(events[2]!)).toBe('{"type":"motion","t":20,"step":true}');
  });

  it('keeps its own type and version on the meta line whatever it is given', () => {
    expect(traceMetaLine({ type: 'adv', version: 7, venue: 'x' })).toBe('{"type":"meta","version":1,"venue":"x"}');
  });

  it('writes raw lines, in both shapes, that resolve to the beacon they were built for', () => {
    const hall = venue.beacons!.find((b) => b.id === 'b-hall')!;
    const stairs = venue.beacons!.find((b) => b.id === 'b-stairs')!;
    const hallRecords = identityRecords(hall.identity!, -59)!;
    const stairsRecords = identityRecords(stairs.identity!, -59)!;
    const lines = [
      rawTraceLine({ t: 0, rssi: -60, serviceData: hallRecords.serviceData as Record<string, string> }),
      rawTraceLine({ t: 1, rssi: -61, payload: eddystoneUidPayload('0123456789abcdef0123', '000000000001', -18)! }),
      rawTraceLine({ t: 2, rssi: -62, manufacturerData: stairsRecords.manufacturerData as Record<string, string>, phone: 3 }),
    ];
    const { events: read, report } = readTrace(lines.join('\n'), resolver);
    expect(read).toEqual([
      { kind: 'sighting', sighting: { t: 0, beaconId: 'b-hall', rssi: -60 } },
      { kind: 'sighting', sighting: { t: 1, beaconId: 'b-hall', rssi: -61 } },
      { kind: 'sighting', sighting: { t: 2, beaconId: 'b-stairs', rssi: -62 }, phone: 3 },
    ]);
    expect(report.rawResolved).toBe(3);
  });

  it('writes a NaN as null, which the reader then refuses instead of trusting', () => {
    const line = writeTraceLine({ kind: 'sighting', sighting: { t: 0, beaconId: 'b-hall', rssi: Number.NaN } });
    expect(line).toBe('{"type":"adv","t":0,"beacon":"b-hall","rssi":null}');
    expect(readTrace(line, resolver).report.badRssi).toBe(1);
  });
});
