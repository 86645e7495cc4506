import type { EddystoneTlmPacket } from './packets.ts';

/**
 * Beacon health: when each venue beacon was last heard and its latest telemetry
 * (battery, temperature, packet count, uptime), for a "beacon health" view that
 * shows curators which beacons are flat, hot or silent.
 *
 * Eddystone-TLM frames carry no identity: a beacon interleaves them with its UID
 * frames from the same radio. So a TLM is tied to a beacon through the device that
 * sent it — the Web Bluetooth device id or the native bridge's address — by
 * remembering which beacon that device last sent a UID or iBeacon frame for.
 * Without a device key, or from a device not yet tied to a beacon, the TLM is
 * unattributed (the caller counts it).
 */

/** The latest telemetry of one beacon. */
export interface BeaconTelemetry {
  /** When it was received, caller's clock (ms). */
  readonly t: number;
  readonly batteryMv: number | null;
  readonly temperatureC: number | null;
  readonly advertisingCount: number;
  readonly uptimeS: number;
}

/** One beacon's health, as the health view lists it. */
export interface BeaconHealthEntry {
  readonly beaconId: string;
  /** Last time any frame of it was heard (ms), or null when never. */
  readonly lastHeardT: number | null;
  /** `now − lastHeardT`, or null when never heard. */
  readonly silentForMs: number | null;
  /** Never heard, or not heard for longer than the threshold given to {@link BeaconHealth.entries}. */
  readonly silent: boolean;
  readonly telemetry: BeaconTelemetry | null;
}

export interface BeaconHealthOptions {
  /** Devices remembered for TLM attribution; the least recently heard are forgotten first. Default 4096. */
  readonly maxDevices?: number;
}

/** How long a beacon may stay unheard before it is listed as silent, by default: one minute. */
export const DEFAULT_SILENT_AFTER_MS = 60_000;

interface BeaconRecord {
  lastHeardT: number | null;
  telemetry: BeaconTelemetry | null;
}

/** Health of the venue's beacons; beacons outside `beaconIds` are ignored. */
export class BeaconHealth {
  private readonly beacons = new Map<string, BeaconRecord>();
  /** Device key → the beacon it last sent an identity for; Map order doubles as recency order. */
  private readonly devices = new Map<string, string>();
  private readonly maxDevices: number;

  constructor(beaconIds: Iterable<string>, options: BeaconHealthOptions = {}) {
    for (const id of beaconIds) this.beacons.set(id, { lastHeardT: null, telemetry: null });
    this.maxDevices = Math.max(1, options.maxDevices ?? 4096);
  }

  /** An identity frame of `beaconId` was heard at `t`, from `deviceKey` when the source knows it. */
  noteIdentity(beaconId: string, t: number, deviceKey?: string): void {
    const rec = this.beacons.get(beaconId);
    if (!rec || !Number.isFinite(t)) return;
    rec.lastHeardT = Math.max(rec.lastHeardT ?? t, t);
    if (deviceKey === undefined || deviceKey === '') return;
    this.devices.delete(deviceKey);
    this.devices.set(deviceKey, beaconId);
    if (this.devices.size > this.maxDevices) {
      const oldest = this.devices.keys().next().value;
      if (oldest !== undefined) this.devices.delete(oldest);
    }
  }

  /**
   * A TLM frame was heard at `t`. Returns the beacon it was attributed to, or null
   * when it could not be (the caller counts it as unattributed).
   */
  noteTelemetry(tlm: EddystoneTlmPacket, t: number, deviceKey?: string): string | null {
    if (deviceKey === undefined || !Number.isFinite(t)) return null;
    const beaconId = this.devices.get(deviceKey);
    const rec = beaconId === undefined ? undefined : this.beacons.get(beaconId);
    if (beaconId === undefined || !rec) return null;
    rec.lastHeardT = Math.max(rec.lastHeardT ?? t, t);
    // Keep the newest reading even when frames arrive out of order from a bridge.
    if (!rec.telemetry || rec.telemetry.t <= t) {
      rec.telemetry = { t, batteryMv: tlm.batteryMv, temperatureC: tlm.temperatureC, advertisingCount: tlm.advertisingCount, uptimeS: tlm.uptimeS };
    }
    return beaconId;
  }

  /** The health of one beacon at `now`, or null when the venue has no such beacon. */
  entry(beaconId: string, now: number, silentAfterMs = DEFAULT_SILENT_AFTER_MS): BeaconHealthEntry | null {
    const rec = this.beacons.get(beaconId);
    if (!rec) return null;
    const silentForMs = rec.lastHeardT === null || !Number.isFinite(now) ? null : Math.max(0, now - rec.lastHeardT);
    return {
      beaconId,
      lastHeardT: rec.lastHeardT,
      silentForMs,
      silent: rec.lastHeardT === null || (silentForMs !== null && silentForMs > silentAfterMs),
      telemetry: rec.telemetry,
    };
  }

  /**
   * Every venue beacon's health at `now`, including those never heard: silent
   * ones first (never heard, then longest unheard), then by id.
   */
  entries(now: number, silentAfterMs = DEFAULT_SILENT_AFTER_MS): BeaconHealthEntry[] {
    const list: BeaconHealthEntry[] = [];
    for (const id of this.beacons.keys()) {
      const e = this.entry(id, now, silentAfterMs);
      if (e) list.push(e);
    }
    const rank = (e: BeaconHealthEntry) => (e.lastHeardT === null ? Infinity : e.silentForMs ?? 0);
    return list.sort((a, b) => Number(b.silent) - Number(a.silent) || rank(b) - rank(a) || (a.beaconId < b.beaconId ? -1 : a.beaconId > b.beaconId ? 1 : 0));
  }
}
