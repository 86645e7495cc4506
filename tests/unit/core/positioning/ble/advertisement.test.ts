import { describe, expect, it } from 'vitest';
import {
  bytesToHex,
  eddystoneUidPayload,
  encodeEddystoneTlm,
  encodeEddystoneUid,
  encodeIBeacon,
  hexToBytes,
  iBeaconPayload,
  identityRecords,
  parseAdvertisementRecords,
  parseAdvertisingPayload,
  parseIBeacon,
  parseManufacturerData,
  parseServiceData,
  sixteenBitKey,
} from '../../../../../src/core/positioning/ble/index.ts';

/*
 * Vectors built by hand from the specifications:
 *
 * Eddystone-UID service data (after UUID 0xFEAA), the "b-hall" beacon of tiny-gallery:
 *   00 | ee (−18 dBm at 0 m) | 0123456789abcdef0123 (namespace) | 000000000001 (instance) | 0000 (reserved)
 * The same beacon as a whole advertising payload (AD structures, Core Spec Supplement part A):
 *   02 01 06                 flags: LE General Discoverable, BR/EDR not supported
 *   03 03 aa fe              complete list of 16-bit service UUIDs: 0xFEAA (little-endian)
 *   17 16 aa fe <20 bytes>   service data, 16-bit UUID 0xFEAA (little-endian), length 0x17 = 1 + 2 + 20
 *
 * iBeacon manufacturer data (after company 0x004C), the "b-stairs" beacon of tiny-gallery:
 *   02 15 | f7826da64fa24e988024bc5b71e0893e (UUID) | 0001 (major) | 0003 (minor) | c5 (−59 dBm at 1 m)
 * As a whole payload: 02 01 06 | 1a ff 4c 00 <23 bytes>  (length 0x1a = 1 + 2 + 23; company id little-endian)
 */
const UID_FRAME = '00ee0123456789abcdef01230000000000010000';
const UID_PAYLOAD = '020106' + '0303aafe' + '1716aafe' + UID_FRAME;
const IBEACON_DATA = '0215' + 'f7826da64fa24e988024bc5b71e0893e' + '0001' + '0003' + 'c5';
const IBEACON_PAYLOAD = '020106' + '1aff4c00' + IBEACON_DATA;

const HALL = { kind: 'eddystone-uid', namespace: '0123456789abcdef0123', instance: '000000000001', txPowerAt0m: -18 };
const STAIRS = { kind: 'ibeacon', uuid: 'f7826da6-4fa2-4e98-8024-bc5b71e0893e', major: 1, minor: 3, measuredPower: -59 };

const bytes = (hex: string): Uint8Array => hexToBytes(hex) as Uint8Array;

describe('an iBeacon in Apple manufacturer data', () => {
  it('gives UUID (8-4-4-4-12, lower-case), major, minor and measured power', () => {
    expect(parseIBeacon(bytes(IBEACON_DATA))).toEqual(STAIRS);
  });

  it.each([
    ['Apple data of another kind (0x10, Nearby Info)', '1005031c', 'apple data is not an ibeacon'],
    ['a wrong iBeacon length byte', '0214' + IBEACON_DATA.slice(4), 'apple data is not an ibeacon'],
    ['a missing measured-power byte', IBEACON_DATA.slice(0, -2), 'ibeacon too short'],
    ['only the type byte', '02', 'ibeacon too short'],
    ['nothing', '', 'empty data'],
  ])('refuses %s', (_name, hex, reason) => {
    expect(parseIBeacon(bytes(hex))).toEqual({ kind: 'rejected', reason });
  });
});

describe('the same beacon, reported in either shape', () => {
  it('an Eddystone-UID reads the same from Web Bluetooth records and from the whole payload', () => {
    expect(parseAdvertisementRecords({ serviceData: { '0xfeaa': UID_FRAME } })).toEqual([HALL]);
    expect(parseAdvertisingPayload(UID_PAYLOAD)).toEqual([HALL]);
  });

  it('an iBeacon reads the same from Web Bluetooth records and from the whole payload', () => {
    expect(parseAdvertisementRecords({ manufacturerData: { '0x004c': IBEACON_DATA } })).toEqual([STAIRS]);
    expect(parseAdvertisingPayload(IBEACON_PAYLOAD)).toEqual([STAIRS]);
  });

  it('reads the DataViews that Web Bluetooth hands over, keyed as Web Bluetooth keys them', () => {
    // event.serviceData: Map<128-bit UUID string, DataView>; event.manufacturerData: Map<number, DataView>.
    const uidBuffer = new Uint8Array([0xff, ...bytes(UID_FRAME)]).buffer; // a view at an offset, as DataViews often are
    const serviceData = new Map([['0000feaa-0000-1000-8000-00805f9b34fb', new DataView(uidBuffer, 1)]]);
    const manufacturerData = new Map([[0x004c, new DataView(bytes(IBEACON_DATA).buffer)]]);
    expect(parseAdvertisementRecords({ serviceData, manufacturerData })).toEqual([HALL, STAIRS]);
    expect(parseServiceData('0000feaa-0000-1000-8000-00805f9b34fb', new DataView(uidBuffer, 1))).toEqual(HALL);
    expect(parseManufacturerData(76, bytes(IBEACON_DATA).buffer as ArrayBuffer)).toEqual(STAIRS);
  });

  it('reads one payload that carries both an Eddystone frame and an iBeacon', () => {
    const both = '020106' + '1716aafe' + UID_FRAME + '1aff4c00' + IBEACON_DATA;
    expect(parseAdvertisingPayload(both)).toEqual([HALL, STAIRS]);
  });

  it('skips the zero padding Android puts between advertising data and scan response', () => {
    const padded = '020106' + '00'.repeat(28) + '1716aafe' + UID_FRAME + '00'.repeat(4);
    expect(parseAdvertisingPayload(padded)).toEqual([HALL]);
  });
});

describe('record keys, as platforms and people spell them', () => {
  it.each([
    ['0xfeaa', 0xfeaa], ['0xFEAA', 0xfeaa], ['feaa', 0xfeaa], ['FEAA', 0xfeaa],
    ['0000feaa-0000-1000-8000-00805f9b34fb', 0xfeaa], ['0000FEAA-0000-1000-8000-00805F9B34FB', 0xfeaa],
    ['0x004c', 0x004c], ['004c', 0x004c], ['004C', 0x004c], ['76', 76], ['4c', 0x4c], [76, 76], ['65194', 0xfeaa],
    ['0076', 0x76], // four characters is the fixed-width hex form
  ] as const)('%s is %i', (key, value) => {
    expect(sixteenBitKey(key)).toBe(value);
  });

  it.each([
    ['a 128-bit UUID outside the Bluetooth base', '6e400001-b5a3-f393-e0a9-e50e24dcca9e'],
    ['too many digits', '0x1feaa'],
    ['a decimal above 65535', '70000'],
    ['not a number', 'apple'],
    ['empty', ''],
    ['a negative number', -1],
    ['a fraction', 1.5],
  ] as const)('%s is no key', (_name, key) => {
    expect(sixteenBitKey(key)).toBeNull();
  });
});

describe('what is not a beacon is ignored or refused, never thrown', () => {
  it('ignores other services and companies, and says "no beacon data" when nothing is left', () => {
    const records = { serviceData: { '0x180f': '64' }, manufacturerData: { '0x0006': '010920' } };
    expect(parseAdvertisementRecords(records)).toEqual([{ kind: 'rejected', reason: 'no beacon data' }]);
    expect(parseAdvertisementRecords({ serviceData: { ...records.serviceData, feaa: UID_FRAME } })).toEqual([HALL]);
    expect(parseAdvertisingPayload('020106' + '0509' + '54657374')).toEqual([{ kind: 'rejected', reason: 'no beacon data' }]);
  });

  it.each([
    ['odd-length hex', { serviceData: { '0xfeaa': UID_FRAME.slice(1) } }, 'invalid hex'],
    ['non-hex characters', { serviceData: { '0xfeaa': UID_FRAME.replace('ee', 'zz') } }, 'invalid hex'],
    ['a number instead of hex', { serviceData: { '0xfeaa': 12 } }, 'invalid hex'],
    ['null instead of hex', { manufacturerData: { '0x004c': null } }, 'invalid hex'],
    ['an empty frame', { serviceData: { '0xfeaa': '' } }, 'empty data'],
    ['a 1-byte frame', { serviceData: { '0xfeaa': '00' } }, 'eddystone frame too short'],
    ['a 1-byte Apple message', { manufacturerData: { '0x004c': '02' } }, 'ibeacon too short'],
    ['a 10 MB string', { serviceData: { '0xfeaa': 'ab'.repeat(5_000_000) } }, 'data too long'],
  ])('records with %s are a typed rejection', (_name, records, reason) => {
    expect(parseAdvertisementRecords(records as never)).toEqual([{ kind: 'rejected', reason }]);
  });

  it.each([
    ['odd-length hex', UID_PAYLOAD.slice(1), 'invalid hex'],
    ['non-hex characters', 'xyz!', 'invalid hex'],
    ['a structure longer than the payload', '020106' + '1f16aafe' + UID_FRAME, 'ad structure overruns payload'],
    ['a single length byte', '05', 'ad structure overruns payload'],
    ['nothing', '', 'empty data'],
    ['a 10 MB string', '0'.repeat(10_000_000), 'data too long'],
    ['only zeros', '0000', 'no beacon data'],
  ])('a payload with %s is a typed rejection', (_name, hex, reason) => {
    expect(parseAdvertisingPayload(hex)).toEqual([{ kind: 'rejected', reason }]);
  });

  it('refuses a 10 MB string without reading it through', () => {
    const huge = 'zz'.repeat(5_000_000);
    const started = performance.now();
    expect(parseAdvertisingPayload(huge)).toEqual([{ kind: 'rejected', reason: 'data too long' }]);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('survives records that are not maps, and maps of hostile size', () => {
    expect(parseAdvertisementRecords({ serviceData: 'feaa' as never, manufacturerData: null })).toEqual([{ kind: 'rejected', reason: 'no beacon data' }]);
    const many = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, '00']));
    expect(parseAdvertisementRecords({ serviceData: many })).toEqual([{ kind: 'rejected', reason: 'no beacon data' }]);
  });
});

describe('encoding what a beacon sends (for the simulator)', () => {
  it('encodes the hand-built vectors byte for byte', () => {
    expect(bytesToHex(encodeEddystoneUid('0123456789ABCDEF0123', '000000000001', -18) as Uint8Array)).toBe(UID_FRAME);
    expect(bytesToHex(encodeIBeacon('F7826DA6-4FA2-4E98-8024-BC5B71E0893E', 1, 3, -59) as Uint8Array)).toBe(IBEACON_DATA);
    expect(bytesToHex(eddystoneUidPayload('0123456789abcdef0123', '000000000001', -18) as Uint8Array)).toBe(UID_PAYLOAD);
    expect(bytesToHex(iBeaconPayload('f7826da6-4fa2-4e98-8024-bc5b71e0893e', 1, 3, -59) as Uint8Array)).toBe(IBEACON_PAYLOAD);
    expect(bytesToHex(encodeEddystoneTlm({ batteryMv: 3000, temperatureC: 24.5, advertisingCount: 1024, uptimeS: 1000 }))).toBe('20000bb818800000040000002710');
  });

  it('round-trips telemetry, including "not supported" and negative temperatures', () => {
    for (const tlm of [
      { batteryMv: null, temperatureC: null, advertisingCount: 0, uptimeS: 0 },
      { batteryMv: 2950, temperatureC: -12.25, advertisingCount: 99, uptimeS: 3600.5 },
    ]) {
      expect(parseServiceData('0xfeaa', encodeEddystoneTlm(tlm))).toEqual({ kind: 'eddystone-tlm', ...tlm });
    }
  });

  it('turns a venue identity into records that parse back to it, with the 1 m txPower moved to 0 m', () => {
    const records = identityRecords({ protocol: 'eddystone-uid', namespace: '0123456789abcdef0123', instance: '000000000001' }, -59);
    expect(parseAdvertisementRecords(records ?? {})).toEqual([{ ...HALL, txPowerAt0m: -18 }]);
    const ib = identityRecords({ protocol: 'ibeacon', uuid: 'f7826da64fa24e988024bc5b71e0893e', major: 1, minor: 3 }, -59);
    expect(parseAdvertisementRecords(ib ?? {})).toEqual([STAIRS]);
  });

  it('refuses identities of the wrong length instead of sending garbage', () => {
    expect(encodeEddystoneUid('0123', '000000000001', -18)).toBeNull();
    expect(encodeIBeacon('not-a-uuid', 1, 1, -59)).toBeNull();
    expect(encodeEddystoneUid('0123456789abcdef0123', '000000000001', Number.NaN)?.[1]).toBe(0);
  });
});
