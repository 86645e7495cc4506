import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateVenue, type Venue } from '../../../../../src/core/venue/index.ts';
import {
  AdvertisementDecoder,
  createBeaconResolver,
  packetIdentityKey,
  parseAdvertisementRecords,
  parseAdvertisingPayload,
  type IdentityPacket,
} from '../../../../../src/core/positioning/ble/index.ts';
import { ROOT, readJsonFixture } from '../../../../helpers/fixtures.ts';

const loadVenue = (doc: unknown): Venue => {
  const result = validateVenue(doc);
  if (!result.venue) throw new Error(`fixture venue is invalid: ${JSON.stringify(result.problems)}`);
  return result.venue;
};
const tinyGallery = (): Venue => loadVenue(readJsonFixture('venues', 'tiny-gallery', 'scene.json'));
const demoMuseum = (): Venue => loadVenue(JSON.parse(readFileSync(join(ROOT, 'scenes', 'demo-museum', 'scene.json'), 'utf8')));

const firstPacket = (results: ReturnType<typeof parseAdvertisingPayload>): IdentityPacket => {
  const p = results[0];
  if (!p || (p.kind !== 'eddystone-uid' && p.kind !== 'ibeacon')) throw new Error(`expected an identity packet, got ${JSON.stringify(results)}`);
  return p;
};

describe('resolving advertisements to the beacons of tiny-gallery', () => {
  const resolver = createBeaconResolver(tinyGallery());

  it('knows the venue, its beacon ids and its floors', () => {
    expect(resolver.venueId).toBe('tiny-gallery');
    expect([...resolver.beaconIds]).toEqual(['b-hall', 'b-gallery', 'b-stairs']);
    expect([...resolver.floorIds]).toEqual(['eg', 'og']);
    expect(resolver.hasBeacon('b-gallery')).toBe(true);
    expect(resolver.hasBeacon('b-cellar')).toBe(false);
  });

  it('finds the Eddystone beacon by namespace and instance, whatever the case of the hex', () => {
    // UID frame: 00 | ee | namespace | instance (see advertisement.test.ts for the layout).
    const frame = '00ee' + '0123456789ABCDEF0123' + '000000000002';
    expect(resolver.resolve(firstPacket(parseAdvertisementRecords({ serviceData: { FEAA: frame } })))).toBe('b-gallery');
  });

  it('finds the iBeacon by UUID, major and minor', () => {
    // 02 01 06 | 1a ff 4c 00 | 02 15 UUID major=0001 minor=0003 power=c5
    const payload = '0201061aff4c000215f7826da64fa24e988024bc5b71e0893e00010003c5';
    expect(resolver.resolve(firstPacket(parseAdvertisingPayload(payload)))).toBe('b-stairs');
  });

  it('does not confuse beacons that differ in one field', () => {
    const otherMinor = '0201061aff4c000215f7826da64fa24e988024bc5b71e0893e00010004c5';
    const otherMajor = '0201061aff4c000215f7826da64fa24e988024bc5b71e0893e00020003c5';
    const otherInstance = { serviceData: { feaa: '00ee0123456789abcdef0123000000000003' } };
    expect(resolver.resolve(firstPacket(parseAdvertisingPayload(otherMinor)))).toBeNull();
    expect(resolver.resolve(firstPacket(parseAdvertisingPayload(otherMajor)))).toBeNull();
    expect(resolver.resolve(firstPacket(parseAdvertisementRecords(otherInstance)))).toBeNull();
  });

  it('keys packets exactly as the validator keys venue identities', () => {
    const p = firstPacket(parseAdvertisingPayload('0201061aff4c000215f7826da64fa24e988024bc5b71e0893e00010003c5'));
    expect(packetIdentityKey(p)).toBe('ibeacon:f7826da64fa24e988024bc5b71e0893e:1:3');
  });

  it('lets the first of two beacons sharing an identity win, in a venue that was not validated', () => {
    const venue = tinyGallery();
    const twin = { ...venue.beacons![0]!, id: 'b-twin' };
    const resolverWithTwin = createBeaconResolver({ ...venue, beacons: [...venue.beacons!, twin] });
    const frame = '00ee' + '0123456789abcdef0123' + '000000000001';
    expect(resolverWithTwin.resolve(firstPacket(parseAdvertisementRecords({ serviceData: { feaa: frame } })))).toBe('b-hall');
    expect(resolverWithTwin.hasBeacon('b-twin')).toBe(true);
  });

  it('counts identities it does not know, by key, through the decoder', () => {
    const decoder = new AdvertisementDecoder(resolver);
    const stranger = { serviceData: { feaa: '00ee' + 'ffffffffffffffffffff' + '000000000009' } };
    for (let i = 0; i < 3; i++) decoder.decode({ t: i, rssi: -70, records: stranger });
    const counts = decoder.stats.snapshot();
    expect(counts.unknownIdentity).toBe(3);
    expect(counts.unknownIdentities).toEqual([{ key: 'eddystone-uid:ffffffffffffffffffff:000000000009', count: 3 }]);
  });
});

describe('resolving the demo museum', () => {
  const venue = demoMuseum();
  const resolver = createBeaconResolver(venue);
  const uidBeacons = (venue.beacons ?? []).flatMap((b) => (b.identity?.protocol === 'eddystone-uid' ? [{ id: b.id, ...b.identity }] : []));

  it('has its 36 Eddystone-UID beacons', () => {
    expect(uidBeacons).toHaveLength(36);
  });

  it('resolves a raw Eddystone-UID packet built for one of its beacons to that beacon', () => {
    const b = uidBeacons[17]!;
    // Whole payload: flags, then service data 0xFEAA: 16 aa fe | 00 (UID) | e1 (−31 dBm at 0 m) | namespace | instance.
    const payload = '020106' + '1516aafe' + '00e1' + b.namespace + b.instance;
    const decoder = new AdvertisementDecoder(resolver);
    expect(decoder.decode({ t: 5, rssi: -72, payload }).sightings).toEqual([{ t: 5, beaconId: b.id, rssi: -72 }]);
  });

  it('tells every one of its beacons apart', () => {
    const resolved = uidBeacons.map((b) => resolver.resolve({ kind: 'eddystone-uid', namespace: b.namespace, instance: b.instance, txPowerAt0m: -18 }));
    expect(resolved).toEqual(uidBeacons.map((b) => b.id));
  });
});
