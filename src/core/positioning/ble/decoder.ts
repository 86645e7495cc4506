import type { BeaconSighting } from '../types.ts';
import { parseAdvertisementRecords, parseAdvertisingPayload, type AdvertisementBytes, type AdvertisementRecords } from './advertisement.ts';
import type { BeaconHealth } from './health.ts';
import { reject, type PacketResult } from './packets.ts';
import { packetIdentityKey, type BeaconResolver } from './resolve.ts';
import { PacketStats } from './stats.ts';

/**
 * The one path from "the radio heard something" to sightings of venue beacons:
 * parse, count, resolve, note beacon health. Web Bluetooth, the native bridge
 * and the trace reader all go through it, so they agree on what counts as a
 * beacon and on how bad input is counted.
 */

/** The plausible range of an RSSI reading, dBm. Android reports 127 for "unknown"; nothing real is above +20. */
export const RSSI_MIN = -130;
export const RSSI_MAX = 20;

/** True for a finite number within {@link RSSI_MIN}…{@link RSSI_MAX}. */
export function isPlausibleRssi(rssi: unknown): rssi is number {
  return typeof rssi === 'number' && rssi >= RSSI_MIN && rssi <= RSSI_MAX; // NaN fails both comparisons
}

/** One advertisement as a source received it. Give `payload` (whole AD payload) or `records` (Web Bluetooth style). */
export interface HeardAdvertisement {
  /** Milliseconds on the caller's clock. */
  readonly t: number;
  readonly rssi: number;
  /** Identifies the sending radio (Web Bluetooth device id, bridge address), for TLM attribution. */
  readonly deviceKey?: string;
  /** The whole advertising payload; takes precedence over `records` when both are given. */
  readonly payload?: AdvertisementBytes;
  readonly records?: AdvertisementRecords;
}

/** What one advertisement yielded. */
export interface DecodedAdvertisement {
  /** One per distinct venue beacon named (usually zero or one); empty when the RSSI was not plausible. */
  readonly sightings: readonly BeaconSighting[];
  /** Every packet found, parsed or rejected. */
  readonly packets: readonly PacketResult[];
  /** Identity packets that no venue beacon has. */
  readonly unknownIdentities: number;
  /** True when a venue beacon was named but its sighting dropped for an implausible RSSI (or a non-finite time); counted as bad RSSI. */
  readonly badReading: boolean;
}

export interface DecoderOptions {
  /** Counters to add to (a fresh set by default). */
  readonly stats?: PacketStats;
  /** Beacon health to update; without it, TLM frames are only counted. */
  readonly health?: BeaconHealth;
}

/** Decodes advertisements into sightings for one venue. */
export class AdvertisementDecoder {
  readonly stats: PacketStats;
  readonly health: BeaconHealth | null;

  constructor(
    private readonly resolver: BeaconResolver,
    options: DecoderOptions = {},
  ) {
    this.stats = options.stats ?? new PacketStats();
    this.health = options.health ?? null;
  }

  /** Parses, counts and resolves one advertisement. Never throws. */
  decode(ad: HeardAdvertisement): DecodedAdvertisement {
    const packets = ad.payload !== undefined ? parseAdvertisingPayload(ad.payload) : ad.records ? parseAdvertisementRecords(ad.records) : [reject('no beacon data')];
    const readable = isPlausibleRssi(ad.rssi) && Number.isFinite(ad.t);
    const sightings: BeaconSighting[] = [];
    let unknownIdentities = 0;
    let resolved = false;
    for (const p of packets) {
      this.stats.countPacket(p);
      if (p.kind === 'eddystone-uid' || p.kind === 'ibeacon') {
        const beaconId = this.resolver.resolve(p);
        if (beaconId === null) {
          unknownIdentities++;
          this.stats.countUnknownIdentity(packetIdentityKey(p));
          continue;
        }
        resolved = true;
        this.health?.noteIdentity(beaconId, ad.t, ad.deviceKey);
        if (readable && !sightings.some((s) => s.beaconId === beaconId)) sightings.push({ t: ad.t, beaconId, rssi: ad.rssi });
      } else if (p.kind === 'eddystone-tlm') {
        if (!this.health || this.health.noteTelemetry(p, ad.t, ad.deviceKey) === null) this.stats.countUnattributedTlm();
      }
    }
    const badReading = !readable && resolved;
    if (badReading) this.stats.countBadRssi();
    return { sightings, packets, unknownIdentities, badReading };
  }
}
