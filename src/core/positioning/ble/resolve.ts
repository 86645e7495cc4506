import type { BeaconIdentity, Venue } from '../../venue/schema.ts';
import { identityKey } from '../../venue/rules/beacons.ts';
import type { IdentityPacket } from './packets.ts';

/**
 * Turns parsed advertisements into venue beacon ids. Built once per venue; the
 * lookup is one string key per packet, in the same format as the validator's
 * duplicate-identity check ({@link identityKey}), so a venue that validates
 * resolves every identity unambiguously.
 */
export interface BeaconResolver {
  /** The venue's id. */
  readonly venueId: string;
  /** Every beacon id of the venue (also those without a radio identity, named by id in traces). */
  readonly beaconIds: ReadonlySet<string>;
  /** Every floor id of the venue (a trace's `truth` lines must name one). */
  readonly floorIds: ReadonlySet<string>;
  /** True when the venue has a beacon with this id. */
  hasBeacon(beaconId: string): boolean;
  /** The venue beacon advertising this identity, or null when the venue has none. */
  resolve(packet: IdentityPacket): string | null;
}

/** The identity key of a parsed packet, in the format of {@link identityKey}. */
export function packetIdentityKey(packet: IdentityPacket): string {
  const identity: BeaconIdentity =
    packet.kind === 'eddystone-uid'
      ? { protocol: 'eddystone-uid', namespace: packet.namespace, instance: packet.instance }
      : { protocol: 'ibeacon', uuid: packet.uuid, major: packet.major, minor: packet.minor };
  return identityKey(identity);
}

/**
 * A resolver for `venue`. When two beacons share an identity (a venue that did
 * not validate) the first one wins, as in the validator's message.
 */
export function createBeaconResolver(venue: Venue): BeaconResolver {
  const byIdentity = new Map<string, string>();
  const beaconIds = new Set<string>();
  for (const b of venue.beacons ?? []) {
    beaconIds.add(b.id);
    if (b.identity === undefined) continue;
    const key = identityKey(b.identity);
    if (!byIdentity.has(key)) byIdentity.set(key, b.id);
  }
  const floorIds = new Set(venue.floors.map((f) => f.id));
  return {
    venueId: venue.id,
    beaconIds,
    floorIds,
    hasBeacon: (id) => beaconIds.has(id),
    resolve: (packet) => byIdentity.get(packetIdentityKey(packet)) ?? null,
  };
}
