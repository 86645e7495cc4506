import type { BeaconIdentity, Venue } from '../schema.ts';
import { quote, type ProblemList } from '../problems.ts';

/** The canonical key of a radio identity: two beacons with the same key cannot be told apart. */
export function identityKey(identity: BeaconIdentity): string {
  if (identity.protocol === 'eddystone-uid') {
    return `eddystone-uid:${identity.namespace.toLowerCase()}:${identity.instance.toLowerCase()}`;
  }
  return `ibeacon:${identity.uuid.replace(/-/g, '').toLowerCase()}:${identity.major}:${identity.minor}`;
}

/** Every beacon's identity is unique: a positioning source resolves advertisements by it. */
export function checkBeaconIdentities(venue: Venue, problems: ProblemList): void {
  const seen = new Map<string, number>();
  venue.beacons?.forEach((b, i) => {
    if (b.identity === undefined) return;
    const key = identityKey(b.identity);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.error(`beacons[${i}].identity`, `same radio identity as beacons[${first}] (${quote(venue.beacons?.[first]?.id)}); advertisements could not be told apart`);
    } else {
      seen.set(key, i);
    }
  });
}
