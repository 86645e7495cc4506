import { AdvertisementDecoder } from '../../core/positioning/ble/decoder.ts';
import { BeaconHealth } from '../../core/positioning/ble/health.ts';
import { PacketStats } from '../../core/positioning/ble/stats.ts';
import { isPlausibleRssi } from '../../core/positioning/ble/decoder.ts';
import type { BeaconResolver } from '../../core/positioning/ble/resolve.ts';
import type { IdentityPacket } from '../../core/positioning/ble/packets.ts';
import { packetIdentityKey } from '../../core/positioning/ble/resolve.ts';
import type { BeaconSource, BeaconSourceListener } from './source.ts';
import { bridgeCommand, parseBridgeMessage, type BridgeAdvertisement, type BridgeCommand, type BridgeDropReason } from './bridge-protocol.ts';
import { pageTimers, type SourceTimers } from './timers.ts';

/**
 * Beacons heard by a wrapper app: an Android or iOS app that shows this page in a
 * WebView scans with the platform's full Bluetooth APIs (which, unlike Web
 * Bluetooth, see iBeacons too) and posts the advertisements to the page. The
 * protocol is in docs/native-bridge.md and bridge-protocol.ts; here the page
 * finds the wrapper's channel, sends start/stop, and turns what arrives into
 * sightings through the same decoder as every other source.
 */

/** The parts of `window` the bridge uses: the message event, and the channels a wrapper may inject. */
export interface BridgeWindow {
  addEventListener(type: 'message', listener: (event: { readonly data: unknown; readonly origin?: string }) => void): void;
  removeEventListener(type: 'message', listener: (event: { readonly data: unknown; readonly origin?: string }) => void): void;
  /** React Native WebView: takes a string. */
  readonly ReactNativeWebView?: { postMessage(message: string): void };
  /** WKWebView script message handler named `museumVisitBridge`: takes an object. */
  readonly webkit?: { readonly messageHandlers?: { readonly museumVisitBridge?: { postMessage(message: unknown): void } } };
  /** Android `addJavascriptInterface(…, "MuseumVisitBridge")`: takes a string. */
  readonly MuseumVisitBridge?: { postMessage(message: string): void };
  /** The embedding page, when this page runs in an iframe of a web wrapper. */
  readonly parent?: { postMessage(message: unknown, targetOrigin: string): void } | null;
  readonly location?: { readonly origin?: string };
}

/** Options of {@link createNativeBridgeSource}. */
export interface NativeBridgeOptions {
  /** Resolves identities to the open venue's beacons. */
  readonly resolver: BeaconResolver;
  /** The window to listen on and find channels in (default: the page's). */
  readonly window?: BridgeWindow;
  /**
   * Origins whose messages are accepted besides the page's own (a wrapper
   * injecting `window.postMessage` posts with the page's origin). A web wrapper
   * embedding the page in an iframe must be listed here; `parent` commands go to
   * the first entry.
   */
  readonly allowedOrigins?: readonly string[];
  /** How long to wait for the wrapper's first answer before reporting it absent, ms. Default 3000. */
  readonly answerTimeoutMs?: number;
  /** Clock and timers (default: the page's). */
  readonly timers?: SourceTimers;
  /** Counters to add to (a fresh set by default). */
  readonly stats?: PacketStats;
  /** Beacon health to update (default: a fresh one for the venue's beacons). */
  readonly health?: BeaconHealth;
}

/** Counts of messages dropped by the bridge (what the decoder drops is in `stats`). */
export type BridgeMessageCounts = Record<BridgeDropReason | 'accepted' | 'malformedItems' | 'wrongOrigin' | 'staleItems', number>;

/** The native bridge source, with its counters and the beacons' health. */
export interface NativeBridgeSource extends BeaconSource {
  readonly kind: 'bridge';
  readonly stats: PacketStats;
  readonly health: BeaconHealth;
  /** Messages accepted and dropped, by reason. */
  messageCounts(): Readonly<BridgeMessageCounts>;
}

/** Items older than this, relative to the newest of their message, are dropped: a stalled queue is not a position. */
const MAX_ITEM_AGE_MS = 30_000;

type Channel = (command: BridgeCommand) => void;

/** The wrapper's channel for page → app commands, in order of preference; null outside a wrapper. */
function findChannel(win: BridgeWindow, parentOrigin: string | undefined): Channel | null {
  const rn = win.ReactNativeWebView;
  if (rn && typeof rn.postMessage === 'function') return (c) => rn.postMessage(JSON.stringify(c));
  const wk = win.webkit?.messageHandlers?.museumVisitBridge;
  if (wk && typeof wk.postMessage === 'function') return (c) => wk.postMessage(c);
  const android = win.MuseumVisitBridge;
  if (android && typeof android.postMessage === 'function') return (c) => android.postMessage(JSON.stringify(c));
  const parent = win.parent;
  if (parent && parent !== (win as unknown) && parentOrigin !== undefined && typeof parent.postMessage === 'function') return (c) => parent.postMessage(c, parentOrigin);
  return null;
}

/**
 * True when the page runs inside a wrapper app that offers the bridge (React
 * Native WebView, WKWebView or an Android JavaScript interface): the app then
 * scans with the platform's full Bluetooth APIs instead of Web Bluetooth.
 */
export function insideWrapperApp(win: BridgeWindow): boolean {
  return findChannel(win, undefined) !== null;
}

/** A source listening for the wrapper app's advertisements. */
export function createNativeBridgeSource(listener: BeaconSourceListener, options: NativeBridgeOptions): NativeBridgeSource {
  const timers = options.timers ?? pageTimers;
  const stats = options.stats ?? new PacketStats();
  const health = options.health ?? new BeaconHealth(options.resolver.beaconIds);
  const decoder = new AdvertisementDecoder(options.resolver, { stats, health });
  const counts: BridgeMessageCounts = { accepted: 0, foreign: 0, 'too-large': 0, 'unsupported-version': 0, 'unknown-type': 0, malformed: 0, malformedItems: 0, wrongOrigin: 0, staleItems: 0 };
  let win: BridgeWindow | null = null;
  let channel: Channel | null = null;
  let state: 'idle' | 'waiting' | 'running' = 'idle';
  let answerTimer: unknown = null;
  let settleStart: (() => void) | null = null;
  let lastT = -Infinity;

  const setRunning = (): void => {
    if (state !== 'waiting') return;
    state = 'running';
    clearAnswerTimer();
    listener({ type: 'status', status: { state: 'running' } });
    settleStart?.();
  };
  const clearAnswerTimer = (): void => {
    if (answerTimer !== null) timers.clearTimeout(answerTimer);
    answerTimer = null;
  };
  /** The page's clock never runs backwards for consumers, whatever the wrapper's clock does. */
  const stamp = (t: number): number => (lastT = Math.max(lastT, t));

  /** Turns a pre-decoded identity into a sighting, counted like a parsed packet. */
  const identitySighting = (item: BridgeAdvertisement, t: number): void => {
    const id = item.beacon!;
    const packet: IdentityPacket =
      id.protocol === 'eddystone-uid'
        ? { kind: 'eddystone-uid', namespace: id.namespace.toLowerCase(), instance: id.instance.toLowerCase(), txPowerAt0m: 0 }
        : { kind: 'ibeacon', uuid: id.uuid.toLowerCase(), major: id.major, minor: id.minor, measuredPower: 0 };
    stats.countPacket(packet);
    const beaconId = options.resolver.resolve(packet);
    if (beaconId === null) return stats.countUnknownIdentity(packetIdentityKey(packet));
    health.noteIdentity(beaconId, t, item.address);
    if (!isPlausibleRssi(item.rssi)) return stats.countBadRssi();
    listener({ type: 'sighting', sighting: { t, beaconId, rssi: item.rssi } });
  };

  const onAdvertisements = (items: readonly BridgeAdvertisement[]): void => {
    const now = timers.now();
    // Wrapper times only say how long ago each item was heard, relative to the newest of the message.
    let newest = -Infinity;
    for (const item of items) if (item.t !== undefined && item.t > newest) newest = item.t;
    const aged = items.map((item) => ({ item, age: item.t === undefined ? 0 : newest - item.t }));
    aged.sort((a, b) => b.age - a.age);
    for (const { item, age } of aged) {
      if (state !== 'running') return;
      if (age > MAX_ITEM_AGE_MS) {
        counts.staleItems++;
        continue;
      }
      const t = stamp(now - age);
      if (item.beacon && item.data === undefined && item.serviceData === undefined && item.manufacturerData === undefined) {
        identitySighting(item, t);
        continue;
      }
      const decoded = decoder.decode({
        t,
        rssi: item.rssi,
        ...(item.address !== undefined && { deviceKey: item.address }),
        ...(item.data !== undefined ? { payload: item.data } : { records: { serviceData: item.serviceData ?? null, manufacturerData: item.manufacturerData ?? null } }),
      });
      for (const sighting of decoded.sightings) listener({ type: 'sighting', sighting });
    }
  };

  const onMessage = (event: { readonly data: unknown; readonly origin?: string }): void => {
    if (state === 'idle') return;
    const parsed = parseBridgeMessage(event.data);
    if (!parsed.ok) {
      counts[parsed.reason]++;
      return;
    }
    const origin = event.origin ?? '';
    const own = win?.location?.origin;
    if (origin !== '' && origin !== own && !(options.allowedOrigins ?? []).includes(origin)) {
      counts.wrongOrigin++;
      return;
    }
    counts.accepted++;
    const message = parsed.message;
    if (message.type === 'status') {
      if (message.status.state === 'running') return setRunning();
      // The wrapper stopped or cannot scan: pass its words on and wait for a new start.
      stopListening();
      listener({ type: 'status', status: message.status });
      return;
    }
    setRunning(); // a wrapper that sends data without a status is evidently running
    if (message.type === 'advertisements') {
      counts.malformedItems += message.malformedItems;
      onAdvertisements(message.items);
    } else {
      listener({ type: 'motion', cue: { t: stamp(timers.now()), ...(message.step !== undefined && { step: message.step }), ...(message.heading !== undefined && { heading: message.heading }) } });
    }
  };

  const stopListening = (): void => {
    clearAnswerTimer();
    win?.removeEventListener('message', onMessage);
    state = 'idle';
    settleStart?.();
  };

  return {
    kind: 'bridge',
    stats,
    health,
    messageCounts: () => ({ ...counts }),
    start() {
      if (state !== 'idle') return Promise.resolve();
      listener({ type: 'status', status: { state: 'starting' } });
      win = options.window ?? ((globalThis as { window?: BridgeWindow }).window ?? null);
      channel = win ? findChannel(win, options.allowedOrigins?.[0]) : null;
      if (!win || !channel) {
        listener({ type: 'status', status: { state: 'unavailable', reason: 'unsupported', message: 'This page is not running inside the museum app, so it cannot hear beacons this way. Scan the QR code at an exhibit, or pick the room you are in.' } });
        return Promise.resolve();
      }
      state = 'waiting';
      win.addEventListener('message', onMessage);
      const started = new Promise<void>((resolve) => {
        settleStart = () => {
          settleStart = null;
          resolve();
        };
      });
      answerTimer = timers.setTimeout(() => {
        answerTimer = null;
        if (state !== 'waiting') return;
        stopListening();
        listener({ type: 'status', status: { state: 'unavailable', reason: 'unsupported', message: 'The museum app did not answer; it may be too old to scan for beacons. Scan the QR code at an exhibit, or pick the room you are in.' } });
      }, options.answerTimeoutMs ?? 3000);
      try {
        channel(bridgeCommand('start'));
      } catch (error) {
        stopListening();
        listener({ type: 'status', status: { state: 'unavailable', reason: 'failed', message: `Could not reach the museum app: ${error instanceof Error ? error.message : String(error)}` } });
      }
      return started;
    },
    stop() {
      if (state === 'idle') return;
      try {
        channel?.(bridgeCommand('stop'));
      } catch {
        // The wrapper is gone; there is nothing left to stop.
      }
      stopListening();
      listener({ type: 'status', status: { state: 'stopped' } });
    },
  };
}
