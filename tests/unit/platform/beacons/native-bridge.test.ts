import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Venue } from '../../../../src/core/venue/index.ts';
import { createBeaconResolver } from '../../../../src/core/positioning/ble/resolve.ts';
import { bytesToHex } from '../../../../src/core/positioning/ble/hex.ts';
import { eddystoneUidPayload, encodeEddystoneTlm, encodeEddystoneUid, encodeIBeacon } from '../../../../src/core/positioning/ble/encode.ts';
import { BRIDGE_LIMITS, BRIDGE_SOURCE, parseBridgeMessage } from '../../../../src/platform/beacons/bridge-protocol.ts';
import { createNativeBridgeSource, insideWrapperApp, type BridgeWindow } from '../../../../src/platform/beacons/native-bridge.ts';
import type { BeaconSourceEvent } from '../../../../src/platform/beacons/source.ts';
import type { SourceTimers } from '../../../../src/platform/beacons/timers.ts';
import { demoMuseum } from '../../../helpers/fixtures.ts';

const demo = demoMuseum();
// The demo's beacons are Eddystone; one iBeacon is added, as a venue mixing both would have.
const IBEACON_UUID = 'f7826da6-4fa2-4e98-8024-bc5b71e0893e';
const venue: Venue = { ...demo, beacons: [...demo.beacons!, { id: 'b-ib', floor: 'eg', position: [5, 2.8, 5], identity: { protocol: 'ibeacon', uuid: IBEACON_UUID, major: 7, minor: 9 } }] };
const resolver = createBeaconResolver(venue);
const b01 = demo.beacons![0]!.identity as { namespace: string; instance: string };

const fakeTimers: SourceTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const envelope = (body: Record<string, unknown>) => ({ source: BRIDGE_SOURCE, version: 1, ...body });

/** A WebView window with a React Native channel, to which the test posts as the wrapper would. */
function fakeWindow(origin = 'https://museum.example') {
  const listeners = new Set<(e: { data: unknown; origin?: string }) => void>();
  const sent: unknown[] = [];
  const win: BridgeWindow = {
    addEventListener: (_type, l) => void listeners.add(l),
    removeEventListener: (_type, l) => void listeners.delete(l),
    ReactNativeWebView: { postMessage: (m) => void sent.push(JSON.parse(m)) },
    location: { origin },
  };
  return { win, sent, listeners, post: (data: unknown, from = origin) => listeners.forEach((l) => l({ data, origin: from })) };
}

function recorder() {
  const events: BeaconSourceEvent[] = [];
  return {
    events,
    listener: (e: BeaconSourceEvent) => void events.push(e),
    statuses: () => events.flatMap((e) => (e.type === 'status' ? [e.status] : [])),
    sightings: () => events.flatMap((e) => (e.type === 'sighting' ? [e.sighting] : [])),
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 10_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('bridge messages from a wrapper app', () => {
  it('accepts well-formed advertisements, motion and status, as objects or JSON strings', () => {
    const adv = envelope({ type: 'advertisements', items: [{ t: 5, rssi: -70, address: 'AA:BB', data: '0201060303aafe' }] });
    for (const data of [adv, JSON.stringify(adv)]) {
      const parsed = parseBridgeMessage(data);
      expect(parsed).toEqual({ ok: true, message: { type: 'advertisements', items: [{ t: 5, rssi: -70, address: 'AA:BB', data: '0201060303aafe' }], malformedItems: 0 } });
    }
    expect(parseBridgeMessage(envelope({ type: 'motion', step: true, heading: 3 * Math.PI }))).toEqual({ ok: true, message: { type: 'motion', step: true, heading: expect.closeTo(Math.PI, 9) } });
    expect(parseBridgeMessage(envelope({ type: 'status', state: 'unavailable', reason: 'denied', message: 'Location permission refused' }))).toEqual({
      ok: true,
      message: { type: 'status', status: { state: 'unavailable', reason: 'denied', message: 'Location permission refused' } },
    });
  });

  it('tells other postMessage traffic apart from broken messages of the wrapper', () => {
    for (const foreign of [null, undefined, 42, 'hello', '{"source":"vite"}', [], { type: 'advertisements', items: [] }, { source: 'other', version: 1 }]) {
      expect(parseBridgeMessage(foreign), JSON.stringify(foreign)).toEqual({ ok: false, reason: 'foreign' });
    }
    expect(parseBridgeMessage(`{"source":"${BRIDGE_SOURCE}", oops`)).toEqual({ ok: false, reason: 'malformed' });
    expect(parseBridgeMessage(envelope({ version: 2, type: 'advertisements', items: [] }))).toEqual({ ok: false, reason: 'unsupported-version' });
    expect(parseBridgeMessage(envelope({ type: 'launch-missiles' }))).toEqual({ ok: false, reason: 'unknown-type' });
    expect(parseBridgeMessage(envelope({ type: 'advertisements', items: 'many' }))).toEqual({ ok: false, reason: 'malformed' });
    expect(parseBridgeMessage(envelope({ type: 'motion' }))).toEqual({ ok: false, reason: 'malformed' });
    expect(parseBridgeMessage(envelope({ type: 'motion', heading: Number.NaN }))).toEqual({ ok: false, reason: 'malformed' });
    expect(parseBridgeMessage(envelope({ type: 'motion', step: 'yes' }))).toEqual({ ok: false, reason: 'malformed' });
    expect(parseBridgeMessage(envelope({ type: 'status', state: 'dancing' }))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('bounds hostile sizes: whole messages, items, hex strings, records, texts', () => {
    expect(parseBridgeMessage(envelope({ type: 'advertisements', items: new Array(BRIDGE_LIMITS.items + 1).fill({ rssi: -60, data: '00' }) }))).toEqual({ ok: false, reason: 'too-large' });
    expect(parseBridgeMessage(`{"source":"${BRIDGE_SOURCE}","pad":"${'x'.repeat(BRIDGE_LIMITS.messageChars)}"}`)).toEqual({ ok: false, reason: 'too-large' });
    const items = [
      { rssi: -60, data: 'ab'.repeat(BRIDGE_LIMITS.hexChars) }, // too long
      { rssi: -60, data: 'not hex' },
      { rssi: -60, serviceData: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`0x${i}`, '00'])) },
      { rssi: -60, serviceData: { ['k'.repeat(37)]: '00' } },
      { rssi: -60, manufacturerData: { '0x004c': 42 } },
      { rssi: '-60', data: '00' },
      { rssi: -60 }, // no data at all
      { rssi: -60, t: Number.POSITIVE_INFINITY, data: '00' },
      { rssi: -60, address: 'a'.repeat(65), data: '00' },
      { rssi: -60, beacon: { protocol: 'ibeacon', uuid: 'nope', major: 1, minor: 2 } },
      { rssi: -60, beacon: { protocol: 'ibeacon', uuid: IBEACON_UUID, major: 70_000, minor: 2 } },
      'string item',
      null,
      { rssi: -60, data: '0201' }, // the only good one
    ];
    const parsed = parseBridgeMessage(envelope({ type: 'advertisements', items }));
    expect(parsed).toEqual({ ok: true, message: { type: 'advertisements', items: [{ rssi: -60, data: '0201' }], malformedItems: items.length - 1 } });
    const status = parseBridgeMessage(envelope({ type: 'status', state: 'unavailable', reason: 'because', message: 'x'.repeat(10_000) }));
    expect(status.ok && status.message.type === 'status' && status.message.status).toEqual({ state: 'unavailable', reason: 'failed', message: 'x'.repeat(BRIDGE_LIMITS.statusMessageChars) });
  });

  it('is not fooled by prototype keys in JSON', () => {
    const parsed = parseBridgeMessage(`{"source":"${BRIDGE_SOURCE}","version":1,"type":"advertisements","items":[{"rssi":-60,"serviceData":{"__proto__":"00","feaa":"00"}}]}`);
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>).feaa).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('feaa');
  });
});

describe('the native bridge source', () => {
  it('asks the wrapper to start, runs on its answer, and turns Eddystone and iBeacon advertisements into sightings', async () => {
    const w = fakeWindow();
    const r = recorder();
    const source = createNativeBridgeSource(r.listener, { resolver, window: w.win, timers: fakeTimers });
    const started = source.start();
    expect(w.sent).toEqual([{ source: BRIDGE_SOURCE, version: 1, type: 'start' }]);
    w.post(JSON.stringify(envelope({ type: 'status', state: 'running' })));
    await started;
    expect(r.statuses().map((s) => s.state)).toEqual(['starting', 'running']);

    const uid = bytesToHex(eddystoneUidPayload(b01.namespace, b01.instance, -18)!);
    const ib = bytesToHex(encodeIBeacon(IBEACON_UUID, 7, 9, -59)!);
    w.post(
      envelope({
        type: 'advertisements',
        items: [
          { t: 900_400, rssi: -61, address: 'A', data: uid }, // heard 100 ms before the newest
          { t: 900_500, rssi: -72, address: 'B', manufacturerData: { '0x004c': ib } },
          { t: 900_450, rssi: -80, beacon: { protocol: 'ibeacon', uuid: IBEACON_UUID.toUpperCase(), major: 7, minor: 9 } },
        ],
      }),
    );
    expect(r.sightings()).toEqual([
      { t: 9_900, beaconId: 'b-01', rssi: -61 },
      { t: 9_950, beaconId: 'b-ib', rssi: -80 },
      { t: 10_000, beaconId: 'b-ib', rssi: -72 },
    ]);
    w.post(envelope({ type: 'motion', step: true, heading: 1 }));
    expect(r.events.at(-1)).toEqual({ type: 'motion', cue: { t: 10_000, step: true, heading: 1 } });
    expect(source.stats.parsedCount('eddystone-uid')).toBe(1);
    expect(source.stats.parsedCount('ibeacon')).toBe(2);
  });

  it('ties telemetry to the beacon that sent it from the same address', async () => {
    const w = fakeWindow();
    const source = createNativeBridgeSource(recorder().listener, { resolver, window: w.win, timers: fakeTimers });
    void source.start();
    const uid = bytesToHex(encodeEddystoneUid(b01.namespace, b01.instance, -18)!);
    const tlm = bytesToHex(encodeEddystoneTlm({ batteryMv: 2950, temperatureC: 21.5, advertisingCount: 1000, uptimeS: 3600 }));
    w.post(envelope({ type: 'advertisements', items: [{ rssi: -60, address: 'C1', serviceData: { feaa: uid } }, { rssi: -60, address: 'C1', serviceData: { feaa: tlm } }] }));
    expect(source.health.entry('b-01', 10_000)?.telemetry).toEqual(expect.objectContaining({ batteryMv: 2950, temperatureC: 21.5 }));
  });

  it('counts and drops what it cannot use, and never throws', async () => {
    const w = fakeWindow();
    const r = recorder();
    const source = createNativeBridgeSource(r.listener, { resolver, window: w.win, timers: fakeTimers });
    void source.start();
    const unknown = bytesToHex(eddystoneUidPayload('00112233445566778899', 'aabbccddeeff', -18)!);
    const good = bytesToHex(eddystoneUidPayload(b01.namespace, b01.instance, -18)!);
    expect(() => {
      w.post('some other library');
      w.post(envelope({ type: 'advertisements', items: [{ rssi: -60, data: unknown }, { rssi: 127, data: good }, { rssi: -60, data: 'zz' }, { rssi: -60, data: '0201' }] }));
      w.post(envelope({ type: 'advertisements', items: [{ rssi: -60, data: good }] }), 'https://evil.example');
      w.post(envelope({ type: 'advertisements', items: [{ t: 0, rssi: -60, data: good }, { t: 60_000, rssi: -60, data: good }] }));
      w.post(envelope({ version: 9, type: 'status', state: 'running' }));
    }).not.toThrow();
    expect(source.messageCounts()).toEqual(expect.objectContaining({ foreign: 1, wrongOrigin: 1, malformedItems: 1, staleItems: 1, 'unsupported-version': 1, accepted: 2 }));
    expect(source.stats.snapshot()).toEqual(expect.objectContaining({ unknownIdentity: 1, badRssi: 1 }));
    expect(r.sightings()).toEqual([{ t: 10_000, beaconId: 'b-01', rssi: -60 }]);
  });

  it('keeps sighting times in order even when the wrapper’s clock jumps back', async () => {
    const w = fakeWindow();
    const r = recorder();
    void createNativeBridgeSource(r.listener, { resolver, window: w.win, timers: fakeTimers }).start();
    const good = bytesToHex(eddystoneUidPayload(b01.namespace, b01.instance, -18)!);
    w.post(envelope({ type: 'advertisements', items: [{ t: 1000, rssi: -60, data: good }] }));
    // A later message whose items claim to be older than what was already delivered.
    w.post(envelope({ type: 'advertisements', items: [{ t: 0, rssi: -61, data: good }, { t: 20_000, rssi: -62, data: good }] }));
    const times = r.sightings().map((s) => s.t);
    expect(times).toEqual([10_000, 10_000, 10_000]);
  });

  it('says it is unavailable outside a wrapper app, or when the app does not answer', async () => {
    const alone = recorder();
    await createNativeBridgeSource(alone.listener, { resolver, window: { addEventListener: () => {}, removeEventListener: () => {} }, timers: fakeTimers }).start();
    expect(alone.statuses().at(-1)).toEqual({ state: 'unavailable', reason: 'unsupported', message: expect.stringMatching(/not running inside the museum app.*QR code/) });

    const w = fakeWindow();
    const silent = recorder();
    const started = createNativeBridgeSource(silent.listener, { resolver, window: w.win, timers: fakeTimers, answerTimeoutMs: 2000 }).start();
    vi.advanceTimersByTime(2000);
    await started;
    expect(silent.statuses().at(-1)).toEqual({ state: 'unavailable', reason: 'unsupported', message: expect.stringMatching(/did not answer/) });
    expect(w.listeners.size).toBe(0);
  });

  it('passes on the wrapper’s refusal in its own words', async () => {
    const w = fakeWindow();
    const r = recorder();
    const started = createNativeBridgeSource(r.listener, { resolver, window: w.win, timers: fakeTimers }).start();
    w.post(envelope({ type: 'status', state: 'unavailable', reason: 'denied', message: 'Bluetooth permission refused in Settings' }));
    await started;
    expect(r.statuses().at(-1)).toEqual({ state: 'unavailable', reason: 'denied', message: 'Bluetooth permission refused in Settings' });
  });

  it('reaches the wrapper through whichever channel it injected', async () => {
    const posted: unknown[] = [];
    const base = { addEventListener: () => {}, removeEventListener: () => {} };
    const channels: BridgeWindow[] = [
      { ...base, webkit: { messageHandlers: { museumVisitBridge: { postMessage: (m) => void posted.push(m) } } } },
      { ...base, MuseumVisitBridge: { postMessage: (m) => void posted.push(JSON.parse(m)) } },
    ];
    for (const win of channels) void createNativeBridgeSource(() => {}, { resolver, window: win, timers: fakeTimers }).start();
    const parent = { postMessage: (m: unknown, origin: string) => void posted.push({ m, origin }) };
    void createNativeBridgeSource(() => {}, { resolver, window: { ...base, parent }, allowedOrigins: ['https://kiosk.example'], timers: fakeTimers }).start();
    expect(posted).toEqual([
      { source: BRIDGE_SOURCE, version: 1, type: 'start' },
      { source: BRIDGE_SOURCE, version: 1, type: 'start' },
      { m: { source: BRIDGE_SOURCE, version: 1, type: 'start' }, origin: 'https://kiosk.example' },
    ]);
  });

  it('tells the wrapper to stop and stops listening', async () => {
    const w = fakeWindow();
    const r = recorder();
    const source = createNativeBridgeSource(r.listener, { resolver, window: w.win, timers: fakeTimers });
    void source.start();
    w.post(envelope({ type: 'status', state: 'running' }));
    source.stop();
    source.stop();
    expect(w.sent.at(-1)).toEqual({ source: BRIDGE_SOURCE, version: 1, type: 'stop' });
    expect(w.listeners.size).toBe(0);
    expect(r.statuses().map((s) => s.state)).toEqual(['starting', 'running', 'stopped']);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('telling a wrapper app from a browser', () => {
  it('sees the bridge of React Native, WKWebView and Android, and nothing in a plain page', () => {
    expect(insideWrapperApp({ ReactNativeWebView: { postMessage: () => undefined } } as unknown as BridgeWindow)).toBe(true);
    expect(insideWrapperApp({ webkit: { messageHandlers: { museumVisitBridge: { postMessage: () => undefined } } } } as unknown as BridgeWindow)).toBe(true);
    expect(insideWrapperApp({ MuseumVisitBridge: { postMessage: () => undefined } } as unknown as BridgeWindow)).toBe(true);
    expect(insideWrapperApp({ MuseumVisitBridge: { postMessage: 'not a function' } } as unknown as BridgeWindow)).toBe(false);
    expect(insideWrapperApp({} as unknown as BridgeWindow)).toBe(false);
  });
});
