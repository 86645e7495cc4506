/**
 * What a beacon advertisement can turn out to be, once parsed. Parsers return one
 * of these values for every input and never throw: a malformed or foreign packet
 * is a {@link PacketRejection} with a short reason, so sources and the trace reader
 * can count and report it instead of crashing on what a radio (or a file) hands them.
 *
 * Hex strings are lower-case; UUIDs are formatted 8-4-4-4-12, lower-case.
 */

/** Eddystone-UID: a beacon's fixed identity (10-byte namespace + 6-byte instance). */
export interface EddystoneUidPacket {
  readonly kind: 'eddystone-uid';
  /** 20 lower-case hex digits. */
  readonly namespace: string;
  /** 12 lower-case hex digits. */
  readonly instance: string;
  /** Calibrated RSSI at 0 m, dBm (add −41 dBm for the usual 1 m reference). */
  readonly txPowerAt0m: number;
}

/** Eddystone-URL: a compressed web address; carries no beacon identity. */
export interface EddystoneUrlPacket {
  readonly kind: 'eddystone-url';
  /** The expanded URL, e.g. `https://www.example.com/`. */
  readonly url: string;
  readonly txPowerAt0m: number;
}

/** Eddystone-TLM (unencrypted, version 0): the beacon's telemetry. Carries no identity. */
export interface EddystoneTlmPacket {
  readonly kind: 'eddystone-tlm';
  /** Battery voltage, millivolts; null when the beacon reports 0 (not battery powered / not supported). */
  readonly batteryMv: number | null;
  /** Beacon temperature, °C; null when the beacon reports 0x8000 (not supported). */
  readonly temperatureC: number | null;
  /** Advertising PDUs sent since power-up or reboot. */
  readonly advertisingCount: number;
  /** Time since power-up or reboot, seconds (0.1 s resolution). */
  readonly uptimeS: number;
}

/** Apple iBeacon: proximity UUID, major and minor. */
export interface IBeaconPacket {
  readonly kind: 'ibeacon';
  /** 8-4-4-4-12 lower-case. */
  readonly uuid: string;
  readonly major: number;
  readonly minor: number;
  /** Calibrated RSSI at 1 m, dBm. */
  readonly measuredPower: number;
}

/** Why a packet was not understood. A closed list, so counters stay small and readable. */
export const REJECT_REASONS = [
  'invalid hex',
  'data too long',
  'empty data',
  'ad structure overruns payload',
  'no beacon data',
  'eddystone frame too short',
  'eddystone frame type unknown',
  'eddystone eid not supported',
  'eddystone tlm encrypted',
  'eddystone tlm version unknown',
  'eddystone url scheme unknown',
  'eddystone url has reserved bytes',
  'eddystone url too long',
  'ibeacon too short',
  'apple data is not an ibeacon',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** A packet that was malformed or is not a beacon format we read. */
export interface PacketRejection {
  readonly kind: 'rejected';
  readonly reason: RejectReason;
}

/** A packet that was understood. */
export type BeaconPacket = EddystoneUidPacket | EddystoneUrlPacket | EddystoneTlmPacket | IBeaconPacket;
export type BeaconPacketKind = BeaconPacket['kind'];
export const PACKET_KINDS: readonly BeaconPacketKind[] = ['eddystone-uid', 'eddystone-url', 'eddystone-tlm', 'ibeacon'];

/** The packets that name a beacon, and so can be resolved to a venue beacon. */
export type IdentityPacket = EddystoneUidPacket | IBeaconPacket;

/** The outcome of parsing one packet. */
export type PacketResult = BeaconPacket | PacketRejection;

/** Builds a rejection (one shared object per reason: rejections are frequent and carry no other data). */
export const reject = (reason: RejectReason): PacketRejection => REJECTIONS[reason];
const REJECTIONS = Object.fromEntries(REJECT_REASONS.map((reason) => [reason, Object.freeze({ kind: 'rejected', reason })])) as Record<RejectReason, PacketRejection>;

/** True for the packets that carry a beacon identity. */
export const isIdentityPacket = (p: PacketResult): p is IdentityPacket => p.kind === 'eddystone-uid' || p.kind === 'ibeacon';
