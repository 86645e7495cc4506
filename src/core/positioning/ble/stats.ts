import { PACKET_KINDS, type BeaconPacketKind, type PacketResult, type RejectReason } from './packets.ts';

/**
 * Counters of what a source (or a trace) delivered: packets parsed per kind,
 * rejected per reason, identities the venue does not know, telemetry that could
 * not be attributed to a beacon, readings with an impossible RSSI. Shared by the
 * browser sources, the native bridge and the trace reader, so every path reports
 * bad input the same way instead of throwing.
 */

/** A plain, JSON-friendly copy of the counters. */
export interface PacketCounts {
  readonly parsed: Readonly<Record<BeaconPacketKind, number>>;
  /** Only reasons that occurred. */
  readonly rejected: Readonly<Partial<Record<RejectReason, number>>>;
  /** Identity packets (UID / iBeacon) no venue beacon has. */
  readonly unknownIdentity: number;
  /** The most frequent unknown identity keys (at most {@link MAX_UNKNOWN_KEYS} distinct keys are tracked). */
  readonly unknownIdentities: readonly { readonly key: string; readonly count: number }[];
  /** TLM frames that could not be tied to a beacon (no device key, or the device never sent an identity). */
  readonly unattributedTlm: number;
  /** Advertisements dropped for an RSSI that is not a plausible reading. */
  readonly badRssi: number;
}

/** Distinct unknown identities remembered (a busy street can carry thousands of foreign beacons). */
export const MAX_UNKNOWN_KEYS = 64;

/** Mutable counters; take a {@link PacketCounts} snapshot to show or compare them. */
export class PacketStats {
  private readonly parsed: Record<BeaconPacketKind, number> = { 'eddystone-uid': 0, 'eddystone-url': 0, 'eddystone-tlm': 0, ibeacon: 0 };
  private readonly rejected = new Map<RejectReason, number>();
  private readonly unknownKeys = new Map<string, number>();
  private unknownIdentity = 0;
  private unattributedTlm = 0;
  private badRssi = 0;

  /** Counts one parse result (a packet by kind, a rejection by reason). */
  countPacket(result: PacketResult): void {
    if (result.kind === 'rejected') this.rejected.set(result.reason, (this.rejected.get(result.reason) ?? 0) + 1);
    else this.parsed[result.kind]++;
  }

  /** Counts an identity packet the venue does not know, by its identity key. */
  countUnknownIdentity(key: string): void {
    this.unknownIdentity++;
    const seen = this.unknownKeys.get(key);
    if (seen !== undefined) this.unknownKeys.set(key, seen + 1);
    else if (this.unknownKeys.size < MAX_UNKNOWN_KEYS) this.unknownKeys.set(key, 1);
  }

  /** Counts a TLM frame that could not be tied to a beacon. */
  countUnattributedTlm(): void {
    this.unattributedTlm++;
  }

  /** Counts an advertisement dropped for its RSSI. */
  countBadRssi(): void {
    this.badRssi++;
  }

  /** Packets parsed of one kind. */
  parsedCount(kind: BeaconPacketKind): number {
    return this.parsed[kind];
  }

  /** Packets rejected (all reasons, or one). */
  rejectedCount(reason?: RejectReason): number {
    if (reason !== undefined) return this.rejected.get(reason) ?? 0;
    let n = 0;
    for (const c of this.rejected.values()) n += c;
    return n;
  }

  /** A copy of the counters. */
  snapshot(): PacketCounts {
    return {
      parsed: { ...this.parsed },
      rejected: Object.fromEntries(this.rejected),
      unknownIdentity: this.unknownIdentity,
      unknownIdentities: [...this.unknownKeys].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)),
      unattributedTlm: this.unattributedTlm,
      badRssi: this.badRssi,
    };
  }

  /** Sets every counter back to zero (a source restarting). */
  reset(): void {
    for (const k of PACKET_KINDS) this.parsed[k] = 0;
    this.rejected.clear();
    this.unknownKeys.clear();
    this.unknownIdentity = 0;
    this.unattributedTlm = 0;
    this.badRssi = 0;
  }
}

/** One line, e.g. `120 packets (118 eddystone-uid, 2 eddystone-tlm); 3 rejected (2 eddystone frame too short, 1 invalid hex); 4 unknown identities`. */
export function formatPacketCounts(c: PacketCounts): string {
  const parsedParts = PACKET_KINDS.filter((k) => c.parsed[k] > 0).map((k) => `${c.parsed[k]} ${k}`);
  const parsedTotal = PACKET_KINDS.reduce((n, k) => n + c.parsed[k], 0);
  const rejectedEntries = Object.entries(c.rejected) as [RejectReason, number][];
  const rejectedTotal = rejectedEntries.reduce((n, [, v]) => n + v, 0);
  const parts = [`${parsedTotal} packets${parsedParts.length ? ` (${parsedParts.join(', ')})` : ''}`];
  if (rejectedTotal > 0) parts.push(`${rejectedTotal} rejected (${rejectedEntries.map(([r, v]) => `${v} ${r}`).join(', ')})`);
  if (c.unknownIdentity > 0) parts.push(`${c.unknownIdentity} of unknown identity`);
  if (c.unattributedTlm > 0) parts.push(`${c.unattributedTlm} unattributed TLM`);
  if (c.badRssi > 0) parts.push(`${c.badRssi} with an impossible RSSI`);
  return parts.join('; ');
}
