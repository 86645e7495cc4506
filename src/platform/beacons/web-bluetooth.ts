import { AdvertisementDecoder } from '../../core/positioning/ble/decoder.ts';
import { BeaconHealth } from '../../core/positioning/ble/health.ts';
import { PacketStats } from '../../core/positioning/ble/stats.ts';
import { EDDYSTONE_SERVICE_UUID } from '../../core/positioning/ble/eddystone.ts';
import type { BeaconResolver } from '../../core/positioning/ble/resolve.ts';
import type { BeaconSource, BeaconSourceListener, BeaconSourceStatus } from './source.ts';

/**
 * Beacons heard by the browser itself, through the Web Bluetooth Scanning API
 * (`navigator.bluetooth.requestLEScan`). Only Chrome has it, behind the
 * "Experimental Web Platform features" flag, and it hides Apple manufacturer
 * data, so this source reads Eddystone (service data 0xFEAA): UID frames become
 * sightings, TLM frames update beacon health through the device that sent them.
 * Where the API is missing or refused, the source says so in words a visitor
 * understands and points to the fallbacks (QR codes, picking the room).
 *
 * TypeScript's DOM library does not describe the Scanning API, so the parts used
 * are typed here (https://webbluetoothcg.github.io/web-bluetooth/scanning.html).
 */

/** `BluetoothLEScan`: the running scan. */
export interface BluetoothLEScanLike {
  readonly active?: boolean;
  stop(): void;
}

/** `BluetoothAdvertisingEvent`, as far as it is read. */
export interface BluetoothAdvertisingEventLike {
  readonly device?: { readonly id?: string } | null;
  readonly rssi?: number | null;
  /** Service UUID (128-bit string) → the bytes after the UUID. */
  readonly serviceData?: ReadonlyMap<string, DataView> | null;
  /** Company id → the bytes after the id (Chrome leaves Apple's out). */
  readonly manufacturerData?: ReadonlyMap<number, DataView> | null;
}

/** Options of `requestLEScan`. */
export interface BluetoothLEScanOptionsLike {
  readonly filters?: readonly { readonly services?: readonly (number | string)[] }[];
  readonly keepRepeatedDevices?: boolean;
  readonly acceptAllAdvertisements?: boolean;
}

type AdvertisementListener = (event: BluetoothAdvertisingEventLike) => void;

/** `navigator.bluetooth` with the Scanning API. */
export interface BluetoothScanningLike {
  requestLEScan?(options: BluetoothLEScanOptionsLike): Promise<BluetoothLEScanLike>;
  getAvailability?(): Promise<boolean>;
  addEventListener(type: 'advertisementreceived', listener: AdvertisementListener): void;
  removeEventListener(type: 'advertisementreceived', listener: AdvertisementListener): void;
}

/** Options of {@link createWebBluetoothSource}. */
export interface WebBluetoothOptions {
  /** Resolves identities to the open venue's beacons. */
  readonly resolver: BeaconResolver;
  /** The page's clock for sighting times (default `performance.now()`). */
  readonly now?: () => number;
  /** The Bluetooth object (default `navigator.bluetooth`); null or missing means unsupported. */
  readonly bluetooth?: BluetoothScanningLike | null;
  /** Counters to add to (a fresh set by default). */
  readonly stats?: PacketStats;
  /** Beacon health to update (default: a fresh one for the venue's beacons). */
  readonly health?: BeaconHealth;
}

/** The Web Bluetooth source, with its counters and the beacons' health. */
export interface WebBluetoothSource extends BeaconSource {
  readonly kind: 'bluetooth';
  readonly stats: PacketStats;
  readonly health: BeaconHealth;
}

/** What the visitor can do instead, appended to every "cannot scan" message. */
const FALLBACK = 'Scan the QR code at an exhibit, or pick the room you are in.';

/** The status for a missing API, a refusal or a failure, worded for the visitor. */
export function scanRefusal(error: unknown): Extract<BeaconSourceStatus, { state: 'unavailable' }> {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  const detail = error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error) ? String((error as { message: unknown }).message) : String(error);
  switch (name) {
    case 'NotAllowedError':
      return { state: 'unavailable', reason: 'denied', message: `Bluetooth scanning was not allowed. You can allow it in the site settings of your browser. ${FALLBACK}` };
    case 'NotFoundError':
      return { state: 'unavailable', reason: 'unsupported', message: `This device has no Bluetooth adapter the browser can use. ${FALLBACK}` };
    case 'InvalidStateError':
      return { state: 'unavailable', reason: 'failed', message: `Bluetooth seems to be turned off. Turn it on and try again. ${FALLBACK}` };
    default:
      return { state: 'unavailable', reason: 'failed', message: `Bluetooth scanning failed${detail ? ` (${detail.slice(0, 200)})` : ''}. ${FALLBACK}` };
  }
}

/** The status when the browser has no Scanning API. */
export const UNSUPPORTED_STATUS: Extract<BeaconSourceStatus, { state: 'unavailable' }> = {
  state: 'unavailable',
  reason: 'unsupported',
  message:
    'This browser cannot scan for beacons. It needs Chrome (Android or macOS) with "Experimental Web Platform features" turned on at chrome://flags/#enable-experimental-web-platform-features. ' +
    FALLBACK,
};

/**
 * A source scanning for Eddystone beacons with Web Bluetooth. `start` must be
 * called from a user gesture (a button press): the browser asks the visitor's
 * permission. Sightings carry `now()` at the moment each advertisement arrived.
 */
export function createWebBluetoothSource(listener: BeaconSourceListener, options: WebBluetoothOptions): WebBluetoothSource {
  const now = options.now ?? (() => performance.now());
  const stats = options.stats ?? new PacketStats();
  const health = options.health ?? new BeaconHealth(options.resolver.beaconIds);
  const decoder = new AdvertisementDecoder(options.resolver, { stats, health });
  let state: 'idle' | 'starting' | 'running' = 'idle';
  let bluetooth: BluetoothScanningLike | null = null;
  let scan: BluetoothLEScanLike | null = null;
  /** Bumped by every stop, so a start that resolves after it knows it was cancelled. */
  let generation = 0;

  const onAdvertisement: AdvertisementListener = (event) => {
    if (state !== 'running' || typeof event !== 'object' || event === null) return;
    const decoded = decoder.decode({
      t: now(),
      rssi: typeof event.rssi === 'number' ? event.rssi : NaN,
      ...(typeof event.device?.id === 'string' && { deviceKey: event.device.id }),
      records: { serviceData: event.serviceData ?? null, manufacturerData: event.manufacturerData ?? null },
    });
    for (const sighting of decoded.sightings) listener({ type: 'sighting', sighting });
  };

  const release = (): void => {
    try {
      scan?.stop();
    } catch {
      // A scan the browser already ended cannot be stopped again; nothing is left to release.
    }
    scan = null;
    bluetooth?.removeEventListener('advertisementreceived', onAdvertisement);
    bluetooth = null;
    state = 'idle';
  };

  const refuse = (status: Extract<BeaconSourceStatus, { state: 'unavailable' }>): void => {
    release();
    listener({ type: 'status', status });
  };

  return {
    kind: 'bluetooth',
    stats,
    health,
    async start() {
      if (state !== 'idle') return;
      const mine = ++generation;
      state = 'starting';
      listener({ type: 'status', status: { state: 'starting' } });
      const bt = options.bluetooth !== undefined ? options.bluetooth : (globalThis as { navigator?: { bluetooth?: BluetoothScanningLike } }).navigator?.bluetooth;
      if (!bt || typeof bt.requestLEScan !== 'function' || typeof bt.addEventListener !== 'function') return refuse(UNSUPPORTED_STATUS);
      try {
        if (typeof bt.getAvailability === 'function' && !(await bt.getAvailability())) {
          if (mine === generation) refuse({ state: 'unavailable', reason: 'unsupported', message: `This device has no Bluetooth, or it is turned off. ${FALLBACK}` });
          return;
        }
        if (mine !== generation) return;
        // Listen first: the first advertisements may arrive before requestLEScan resolves.
        bluetooth = bt;
        bt.addEventListener('advertisementreceived', onAdvertisement);
        const started = await bt.requestLEScan({ filters: [{ services: [EDDYSTONE_SERVICE_UUID] }], keepRepeatedDevices: true });
        if (mine !== generation) {
          // Stopped while the permission prompt was open.
          started.stop();
          return;
        }
        scan = started;
        state = 'running';
        listener({ type: 'status', status: { state: 'running' } });
      } catch (error) {
        if (mine === generation) refuse(scanRefusal(error));
      }
    },
    stop() {
      generation++;
      if (state === 'idle') return;
      release();
      listener({ type: 'status', status: { state: 'stopped' } });
    },
  };
}
