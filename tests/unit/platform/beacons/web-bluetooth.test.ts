import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeaconResolver } from '../../../../src/core/positioning/ble/resolve.ts';
import { encodeEddystoneTlm, encodeEddystoneUid, encodeIBeacon } from '../../../../src/core/positioning/ble/encode.ts';
import { createWebBluetoothSource, type BluetoothAdvertisingEventLike, type BluetoothLEScanOptionsLike, type BluetoothScanningLike } from '../../../../src/platform/beacons/web-bluetooth.ts';
import type { BeaconSourceEvent } from '../../../../src/platform/beacons/source.ts';
import { demoMuseum } from '../../../helpers/fixtures.ts';

const venue = demoMuseum();
const resolver = createBeaconResolver(venue);
const identityOf = (i: number) => venue.beacons![i]!.identity as { namespace: string; instance: string };
const EDDYSTONE_UUID = '0000feaa-0000-1000-8000-00805f9b34fb';

/** A stand-in for Chrome's navigator.bluetooth with the Scanning API. */
function fakeBluetooth(behaviour: { refuse?: unknown; available?: boolean; pending?: boolean } = {}) {
  const listeners = new Set<(e: BluetoothAdvertisingEventLike) => void>();
  const requests: BluetoothLEScanOptionsLike[] = [];
  const scan = { active: true, stop: vi.fn(() => void (scan.active = false)) };
  let resolvePending: (() => void) | null = null;
  const bluetooth: BluetoothScanningLike = {
    addEventListener: (_type, l) => void listeners.add(l),
    removeEventListener: (_type, l) => void listeners.delete(l),
    requestLEScan: (options) => {
      requests.push(options);
      if (behaviour.refuse !== undefined) return Promise.reject(behaviour.refuse);
      if (behaviour.pending) return new Promise((resolve) => (resolvePending = () => resolve(scan)));
      return Promise.resolve(scan);
    },
    ...(behaviour.available !== undefined && { getAvailability: () => Promise.resolve(behaviour.available!) }),
  };
  return {
    bluetooth,
    scan,
    requests,
    listeners,
    grant: () => resolvePending?.(),
    advertise: (event: BluetoothAdvertisingEventLike) => listeners.forEach((l) => l(event)),
  };
}

const view = (bytes: Uint8Array | null) => new DataView(bytes!.buffer, bytes!.byteOffset, bytes!.byteLength);
const uidEvent = (i: number, rssi: number | null, device = `dev-${i}`): BluetoothAdvertisingEventLike => ({
  device: { id: device },
  rssi,
  serviceData: new Map([[EDDYSTONE_UUID, view(encodeEddystoneUid(identityOf(i).namespace, identityOf(i).instance, -18))]]),
  manufacturerData: new Map(),
});

function recorder() {
  const events: BeaconSourceEvent[] = [];
  return {
    events,
    listener: (e: BeaconSourceEvent) => void events.push(e),
    statuses: () => events.flatMap((e) => (e.type === 'status' ? [e.status] : [])),
    sightings: () => events.flatMap((e) => (e.type === 'sighting' ? [e.sighting] : [])),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('scanning with Web Bluetooth', () => {
  it('says what is needed where the browser has no scanning API, and offers the fallbacks', async () => {
    for (const navigator of [{}, { bluetooth: { addEventListener() {}, removeEventListener() {}, requestDevice() {} } }]) {
      vi.stubGlobal('navigator', navigator);
      const r = recorder();
      const source = createWebBluetoothSource(r.listener, { resolver });
      await source.start();
      expect(r.statuses()).toEqual([
        { state: 'starting' },
        { state: 'unavailable', reason: 'unsupported', message: expect.stringMatching(/Chrome.*Experimental Web Platform features.*QR code.*pick the room/s) },
      ]);
    }
  });

  it('reports a refusal as denied, and other failures as failed', async () => {
    const denied = recorder();
    await createWebBluetoothSource(denied.listener, { resolver, bluetooth: fakeBluetooth({ refuse: new DOMException('User denied', 'NotAllowedError') }).bluetooth }).start();
    expect(denied.statuses().at(-1)).toEqual({ state: 'unavailable', reason: 'denied', message: expect.stringMatching(/not allowed/) });

    const failed = recorder();
    const fake = fakeBluetooth({ refuse: new DOMException('Adapter off', 'InvalidStateError') });
    await createWebBluetoothSource(failed.listener, { resolver, bluetooth: fake.bluetooth }).start();
    expect(failed.statuses().at(-1)).toEqual({ state: 'unavailable', reason: 'failed', message: expect.stringMatching(/turned off/) });
    expect(fake.listeners.size).toBe(0); // nothing left listening

    const odd = recorder();
    await createWebBluetoothSource(odd.listener, { resolver, bluetooth: fakeBluetooth({ refuse: 'weird' }).bluetooth }).start();
    expect(odd.statuses().at(-1)).toEqual({ state: 'unavailable', reason: 'failed', message: expect.stringMatching(/failed \(weird\)/) });

    const none = recorder();
    await createWebBluetoothSource(none.listener, { resolver, bluetooth: fakeBluetooth({ available: false }).bluetooth }).start();
    expect(none.statuses().at(-1)).toEqual({ state: 'unavailable', reason: 'unsupported', message: expect.stringMatching(/no Bluetooth/) });
  });

  it('scans for Eddystone, turning UID frames into sightings stamped with the page clock', async () => {
    const fake = fakeBluetooth();
    vi.stubGlobal('navigator', { bluetooth: fake.bluetooth });
    const r = recorder();
    let clock = 1234.5;
    const source = createWebBluetoothSource(r.listener, { resolver, now: () => clock });
    await source.start();
    expect(fake.requests).toEqual([{ filters: [{ services: [0xfeaa] }], keepRepeatedDevices: true }]);
    expect(r.statuses().map((s) => s.state)).toEqual(['starting', 'running']);
    fake.advertise(uidEvent(0, -63));
    clock = 1300;
    fake.advertise(uidEvent(4, -77));
    expect(r.sightings()).toEqual([
      { t: 1234.5, beaconId: venue.beacons![0]!.id, rssi: -63 },
      { t: 1300, beaconId: venue.beacons![4]!.id, rssi: -77 },
    ]);
  });

  it('keeps beacon health from telemetry frames of the same device, and counts what it cannot use', async () => {
    const fake = fakeBluetooth();
    const r = recorder();
    const source = createWebBluetoothSource(r.listener, { resolver, bluetooth: fake.bluetooth, now: () => 500 });
    await source.start();
    fake.advertise(uidEvent(2, -70, 'device-x'));
    const tlm = encodeEddystoneTlm({ batteryMv: 3010, temperatureC: 19, advertisingCount: 42, uptimeS: 100 });
    fake.advertise({ device: { id: 'device-x' }, rssi: -70, serviceData: new Map([[EDDYSTONE_UUID, view(tlm)]]) });
    expect(source.health.entry(venue.beacons![2]!.id, 500)?.telemetry).toEqual(expect.objectContaining({ batteryMv: 3010, temperatureC: 19 }));

    fake.advertise(uidEvent(1, null)); // no RSSI
    fake.advertise({ device: { id: 'x' }, rssi: -50, serviceData: new Map([[EDDYSTONE_UUID, view(encodeEddystoneUid('00000000000000000000', '000000000000', -20))]]) });
    fake.advertise({ device: null, rssi: -50, serviceData: new Map([[EDDYSTONE_UUID, new DataView(new ArrayBuffer(3))]]) });
    fake.advertise({ rssi: -50, manufacturerData: new Map([[0x004c, view(encodeIBeacon('f7826da6-4fa2-4e98-8024-bc5b71e0893e', 1, 2, -59))]]) });
    const stats = source.stats.snapshot();
    expect(stats.badRssi).toBe(1);
    expect(stats.unknownIdentity).toBe(2); // the zero Eddystone and the iBeacon (not in this venue)
    expect(source.stats.rejectedCount()).toBe(1);
    expect(r.sightings()).toHaveLength(1);
  });

  it('stops the scan and stops listening; a scan granted after stop is stopped at once', async () => {
    const fake = fakeBluetooth();
    const r = recorder();
    const source = createWebBluetoothSource(r.listener, { resolver, bluetooth: fake.bluetooth });
    await source.start();
    source.stop();
    source.stop();
    expect(fake.scan.stop).toHaveBeenCalledTimes(1);
    expect(fake.listeners.size).toBe(0);
    fake.advertise(uidEvent(0, -60));
    expect(r.sightings()).toEqual([]);
    expect(r.statuses().map((s) => s.state)).toEqual(['starting', 'running', 'stopped']);

    const slow = fakeBluetooth({ pending: true });
    const late = recorder();
    const pendingSource = createWebBluetoothSource(late.listener, { resolver, bluetooth: slow.bluetooth });
    const starting = pendingSource.start();
    await Promise.resolve();
    pendingSource.stop(); // the visitor gives up while the permission prompt is open
    slow.grant();
    await starting;
    expect(slow.scan.stop).toHaveBeenCalledTimes(1);
    expect(late.statuses().map((s) => s.state)).toEqual(['starting', 'stopped']);
    expect(slow.listeners.size).toBe(0);
  });
});
