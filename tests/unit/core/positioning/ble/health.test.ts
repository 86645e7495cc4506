import { describe, expect, it } from 'vitest';
import { validateVenue, type Venue } from '../../../../../src/core/venue/index.ts';
import {
  AdvertisementDecoder,
  BeaconHealth,
  PacketStats,
  createBeaconResolver,
  encodeEddystoneTlm,
  formatPacketCounts,
} from '../../../../../src/core/positioning/ble/index.ts';
import { readJsonFixture } from '../../../../helpers/fixtures.ts';

const venue = (): Venue => {
  const result = validateVenue(readJsonFixture('venues', 'tiny-gallery', 'scene.json'));
  if (!result.venue) throw new Error('tiny-gallery fixture is invalid');
  return result.venue;
};

// Service data of 0xFEAA. UID: 00 | ee | namespace | instance (b-hall and b-gallery of tiny-gallery).
const HALL_UID = { serviceData: { '0xfeaa': '00ee0123456789abcdef0123000000000001' } };
const GALLERY_UID = { serviceData: { '0xfeaa': '00ee0123456789abcdef0123000000000002' } };
// TLM: 20 | 00 | battery 0bb8 = 3000 mV | temp 1880 = 24.5 °C | 00000400 PDUs | 00002710 = 1000 s.
const TLM = { serviceData: { '0xfeaa': '20000bb818800000040000002710' } };
// The same telemetry a little later and with a weaker battery: 0a8c = 2700 mV, 1900 = 25 °C.
const LATER_TLM = { serviceData: { '0xfeaa': '20000a8c19000000050000002800' } };

function setUp() {
  const resolver = createBeaconResolver(venue());
  const health = new BeaconHealth(resolver.beaconIds);
  const stats = new PacketStats();
  return { health, stats, decoder: new AdvertisementDecoder(resolver, { stats, health }) };
}

describe('beacon health from telemetry', () => {
  it('ties a TLM frame to the beacon whose identity the same device sent last', () => {
    const { health, decoder, stats } = setUp();
    decoder.decode({ t: 1000, rssi: -60, deviceKey: 'dev-A', records: HALL_UID });
    const tlm = decoder.decode({ t: 1100, rssi: -61, deviceKey: 'dev-A', records: TLM });
    expect(tlm.sightings).toEqual([]);
    expect(health.entry('b-hall', 1100)).toEqual({
      beaconId: 'b-hall',
      lastHeardT: 1100,
      silentForMs: 0,
      silent: false,
      telemetry: { t: 1100, batteryMv: 3000, temperatureC: 24.5, advertisingCount: 1024, uptimeS: 1000 },
    });
    expect(stats.snapshot().unattributedTlm).toBe(0);
  });

  it('keeps only the latest telemetry of a beacon', () => {
    const { health, decoder } = setUp();
    decoder.decode({ t: 0, rssi: -60, deviceKey: 'dev-A', records: HALL_UID });
    decoder.decode({ t: 10, rssi: -60, deviceKey: 'dev-A', records: TLM });
    decoder.decode({ t: 20, rssi: -60, deviceKey: 'dev-A', records: LATER_TLM });
    expect(health.entry('b-hall', 20)?.telemetry).toEqual({ t: 20, batteryMv: 2700, temperatureC: 25, advertisingCount: 1280, uptimeS: 1024 });
  });

  it('follows a device key to whichever beacon it named last', () => {
    const { health, decoder } = setUp();
    decoder.decode({ t: 0, rssi: -60, deviceKey: 'dev-A', records: HALL_UID });
    decoder.decode({ t: 5, rssi: -60, deviceKey: 'dev-A', records: GALLERY_UID });
    decoder.decode({ t: 6, rssi: -60, deviceKey: 'dev-A', records: TLM });
    expect(health.entry('b-gallery', 6)?.telemetry?.batteryMv).toBe(3000);
    expect(health.entry('b-hall', 6)?.telemetry).toBeNull();
  });

  it('counts a TLM as unattributed without a device key, or from a device that never named a beacon', () => {
    const { health, decoder, stats } = setUp();
    decoder.decode({ t: 0, rssi: -60, deviceKey: 'dev-A', records: HALL_UID });
    decoder.decode({ t: 1, rssi: -60, records: TLM });
    decoder.decode({ t: 2, rssi: -60, deviceKey: 'dev-B', records: TLM });
    expect(stats.snapshot().unattributedTlm).toBe(2);
    expect(health.entries(2).every((e) => e.telemetry === null)).toBe(true);
  });

  it('lists every beacon, silent ones first, including those never heard', () => {
    const { health, decoder } = setUp();
    decoder.decode({ t: 0, rssi: -60, records: HALL_UID });
    decoder.decode({ t: 100_000, rssi: -60, records: GALLERY_UID });
    const entries = health.entries(130_000, 60_000);
    expect(entries.map((e) => [e.beaconId, e.silent, e.silentForMs])).toEqual([
      ['b-stairs', true, null],
      ['b-hall', true, 130_000],
      ['b-gallery', false, 30_000],
    ]);
  });

  it('forgets the least recently heard devices beyond its limit', () => {
    const resolver = createBeaconResolver(venue());
    const health = new BeaconHealth(resolver.beaconIds, { maxDevices: 2 });
    health.noteIdentity('b-hall', 0, 'dev-1');
    health.noteIdentity('b-gallery', 1, 'dev-2');
    health.noteIdentity('b-hall', 2, 'dev-1'); // dev-1 heard again: dev-2 is now the oldest
    health.noteIdentity('b-stairs', 3, 'dev-3');
    const tlm = { kind: 'eddystone-tlm', batteryMv: 3000, temperatureC: 20, advertisingCount: 1, uptimeS: 1 } as const;
    expect(health.noteTelemetry(tlm, 4, 'dev-2')).toBeNull();
    expect(health.noteTelemetry(tlm, 4, 'dev-1')).toBe('b-hall');
    expect(health.noteTelemetry(tlm, 4, 'dev-3')).toBe('b-stairs');
  });

  it('ignores beacons the venue does not have and times that are not numbers', () => {
    const health = new BeaconHealth(['b-hall']);
    health.noteIdentity('b-elsewhere', 0, 'dev-1');
    health.noteIdentity('b-hall', Number.NaN, 'dev-2');
    expect(health.entries(0)).toEqual([{ beaconId: 'b-hall', lastHeardT: null, silentForMs: null, silent: true, telemetry: null }]);
    expect(health.entry('b-elsewhere', 0)).toBeNull();
  });
});

describe('decoding advertisements with impossible readings', () => {
  it.each([
    ['NaN', Number.NaN],
    ['+127 (Android: unknown)', 127],
    ['−300 dBm', -300],
    ['infinity', Number.NEGATIVE_INFINITY],
  ])('drops the sighting of an RSSI of %s and counts it', (_name, rssi) => {
    const { decoder, stats, health } = setUp();
    const out = decoder.decode({ t: 50, rssi, deviceKey: 'dev-A', records: HALL_UID });
    expect(out.sightings).toEqual([]);
    expect(out.badReading).toBe(true);
    expect(stats.snapshot().badRssi).toBe(1);
    // The beacon was still heard: its health says so.
    expect(health.entry('b-hall', 50)?.lastHeardT).toBe(50);
  });

  it('emits one sighting per beacon even when a payload names it twice', () => {
    const { decoder } = setUp();
    const out = decoder.decode({ t: 1, rssi: -60, payload: '020106' + '1516aafe00ee0123456789abcdef0123000000000001'.repeat(2) });
    expect(out.packets).toHaveLength(2);
    expect(out.sightings).toEqual([{ t: 1, beaconId: 'b-hall', rssi: -60 }]);
  });

  it('counts parsed and rejected packets for a one-line summary', () => {
    const { decoder, stats } = setUp();
    decoder.decode({ t: 0, rssi: -60, records: HALL_UID });
    decoder.decode({ t: 1, rssi: -60, records: { serviceData: { '0xfeaa': encodeEddystoneTlm({ batteryMv: 3000, temperatureC: 20, advertisingCount: 1, uptimeS: 1 }) } } });
    decoder.decode({ t: 2, rssi: -60, records: { serviceData: { '0xfeaa': '00' } } });
    decoder.decode({ t: 3, rssi: -60, payload: 'nothex' });
    expect(stats.parsedCount('eddystone-uid')).toBe(1);
    expect(stats.rejectedCount()).toBe(2);
    expect(formatPacketCounts(stats.snapshot())).toBe('2 packets (1 eddystone-uid, 1 eddystone-tlm); 2 rejected (1 eddystone frame too short, 1 invalid hex); 1 unattributed TLM');
    stats.reset();
    expect(formatPacketCounts(stats.snapshot())).toBe('0 packets');
  });
});
