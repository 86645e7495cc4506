import { describe, expect, it } from 'vitest';
import { hexToBytes, parseEddystone, type PacketResult } from '../../../../../src/core/positioning/ble/index.ts';

/**
 * Vectors are built by hand from the Eddystone specification
 * (github.com/google/eddystone: eddystone-uid, eddystone-url, eddystone-tlm):
 * each is the service data of UUID 0xFEAA, i.e. the bytes after the UUID, and
 * each test spells out its fields byte by byte.
 */
const bytes = (hex: string): Uint8Array => {
  const b = hexToBytes(hex);
  if (typeof b === 'string') throw new Error(`test vector ${hex} is not hex: ${b}`);
  return b;
};
const parse = (hex: string): PacketResult => parseEddystone(bytes(hex));

describe('an Eddystone-UID frame', () => {
  // 00 = UID frame type; ee = txPower −18 dBm at 0 m (int8 0xEE = 238 − 256);
  // 10-byte namespace 0123456789abcdef0123; 6-byte instance 000000000001; 2 reserved bytes 0000.
  const uid = '00' + 'ee' + '0123456789abcdef0123' + '000000000001' + '0000';

  it('gives the namespace, the instance and the txPower at 0 m', () => {
    expect(parse(uid)).toEqual({ kind: 'eddystone-uid', namespace: '0123456789abcdef0123', instance: '000000000001', txPowerAt0m: -18 });
  });

  it('is read without the two reserved bytes, which many beacons leave out', () => {
    expect(parse(uid.slice(0, -4))).toEqual(parse(uid));
  });

  it('writes the identity in lower-case hex whatever case the bytes came in', () => {
    const upper = parse('00' + '10' + 'ABCDEF0123456789ABCD' + 'FFEEDDCCBBAA');
    expect(upper).toEqual({ kind: 'eddystone-uid', namespace: 'abcdef0123456789abcd', instance: 'ffeeddccbbaa', txPowerAt0m: 16 });
  });

  it('is refused when a byte of the instance is missing', () => {
    expect(parse(uid.slice(0, 34))).toEqual({ kind: 'rejected', reason: 'eddystone frame too short' });
  });
});

describe('an Eddystone-URL frame', () => {
  // 10 = URL frame type; eb = txPower −21 dBm; 01 = scheme "https://www.";
  // "example" in ASCII (65 78 61 6d 70 6c 65); 07 = expansion ".com".
  it('expands the scheme prefix and the expansion codes', () => {
    expect(parse('10' + 'eb' + '01' + '6578616d706c65' + '07')).toEqual({ kind: 'eddystone-url', url: 'https://www.example.com', txPowerAt0m: -21 });
  });

  it.each([
    // scheme 03 "https://", "museum", 08 ".org"
    ['03' + '6d757365756d' + '08', 'https://museum.org'],
    // scheme 02 "http://", "a", 00 ".com/", "x"
    ['02' + '61' + '00' + '78', 'http://a.com/x'],
    // scheme 00 "http://www.", "b", 0d ".gov"
    ['00' + '62' + '0d', 'http://www.b.gov'],
    // every expansion code in order, after scheme 03
    ['03' + '000102030405060708090a0b0c0d', 'https://.com/.org/.edu/.net/.info/.biz/.gov/.com.org.edu.net.info.biz.gov'],
  ])('reads %s as %s', (encoded, url) => {
    const p = parse('10' + '00' + encoded);
    expect(p.kind === 'eddystone-url' && p.url).toBe(url);
  });

  it.each([
    ['an unknown scheme byte', '10' + '00' + '04' + '61', 'eddystone url scheme unknown'],
    ['a space (0x20, reserved)', '10' + '00' + '03' + '6120', 'eddystone url has reserved bytes'],
    ['a DEL byte (0x7f, reserved)', '10' + '00' + '03' + '7f', 'eddystone url has reserved bytes'],
    ['a code 0x0e (reserved)', '10' + '00' + '03' + '0e', 'eddystone url has reserved bytes'],
    ['18 encoded bytes (17 at most)', '10' + '00' + '03' + '61'.repeat(18), 'eddystone url too long'],
    ['no scheme byte', '10' + '00', 'eddystone frame too short'],
  ])('is refused with %s', (_name, hex, reason) => {
    expect(parse(hex)).toEqual({ kind: 'rejected', reason });
  });

  it('accepts exactly 17 encoded bytes', () => {
    const p = parse('10' + '00' + '03' + '61'.repeat(17));
    expect(p.kind === 'eddystone-url' && p.url).toBe(`https://${'a'.repeat(17)}`);
  });
});

describe('an Eddystone-TLM frame', () => {
  // 20 = TLM frame type; 00 = version (unencrypted); 0bb8 = 3000 mV;
  // 1880 = 24.5 °C in signed 8.8 (24 = 0x18, 0.5 = 0x80); 00000400 = 1024 PDUs; 00002710 = 10000 × 0.1 s.
  const tlm = '20' + '00' + '0bb8' + '1880' + '00000400' + '00002710';

  it('gives battery, temperature, packet count and uptime', () => {
    expect(parse(tlm)).toEqual({ kind: 'eddystone-tlm', batteryMv: 3000, temperatureC: 24.5, advertisingCount: 1024, uptimeS: 1000 });
  });

  it('reads a temperature below zero (fe80 = −1.5 °C in two’s complement 8.8)', () => {
    const p = parse('20' + '00' + '0bb8' + 'fe80' + '00000000' + '00000000');
    expect(p.kind === 'eddystone-tlm' && p.temperatureC).toBe(-1.5);
  });

  it('says "not supported" for temperature 0x8000 and battery 0', () => {
    const p = parse('20' + '00' + '0000' + '8000' + '00000001' + '00000001');
    expect(p).toEqual({ kind: 'eddystone-tlm', batteryMv: null, temperatureC: null, advertisingCount: 1, uptimeS: 0.1 });
  });

  it('reads counters above 2³¹ as unsigned', () => {
    const p = parse('20' + '00' + '0bb8' + '1880' + 'ffffffff' + '80000000');
    expect(p.kind === 'eddystone-tlm' && [p.advertisingCount, p.uptimeS]).toEqual([4294967295, 214748364.8]);
  });

  it.each([
    ['encrypted (version 01)', '20' + '01' + '00'.repeat(16), 'eddystone tlm encrypted'],
    ['an unknown version', '20' + '07' + '00'.repeat(12), 'eddystone tlm version unknown'],
    ['one byte short', tlm.slice(0, -2), 'eddystone frame too short'],
  ])('is refused when %s', (_name, hex, reason) => {
    expect(parse(hex)).toEqual({ kind: 'rejected', reason });
  });
});

describe('other Eddystone frames and scraps', () => {
  it.each([
    ['no byte at all', '', 'empty data'],
    ['a single frame-type byte', '00', 'eddystone frame too short'],
    ['a single TLM byte', '20', 'eddystone frame too short'],
    ['an EID frame (0x30)', '30' + 'ee' + '0011223344556677', 'eddystone eid not supported'],
    ['an unknown frame type (0x40)', '40' + '00'.repeat(17), 'eddystone frame type unknown'],
  ])('%s is a typed rejection', (_name, hex, reason) => {
    expect(parse(hex)).toEqual({ kind: 'rejected', reason });
  });
});
