import { LIMITS } from '../venue/limits.ts';
import { identityKey } from '../venue/rules/beacons.ts';
import type { Beacon, BeaconIdentity, Venue } from '../venue/schema.ts';
import type { AddBeacon, ApplyResult, DeleteBeacon, MoveBeacon, SetBeaconIdentity, SetBeaconTxPower } from './commands.ts';
import { copyPoint, idProblem, identityProblem, pointProblem, txPowerProblem } from './checks.ts';
import { newId } from './ids.ts';
import { changed, idsOf, indexOfId, refuse, removeAt, replaceAt } from './outcome.ts';

/** Beacon edits: place, move, delete, radio identity and calibrated power. */

const unknownBeacon = (id: string) => refuse(`there is no beacon "${id}"`);
const unknownFloor = (id: string) => refuse(`there is no floor "${id}"`);

/** The id of another beacon that already advertises `identity`, if any: two could not be told apart. */
function identityOwner(venue: Venue, identity: BeaconIdentity, except?: string): string | undefined {
  const key = identityKey(identity);
  return venue.beacons?.find((b) => b.id !== except && b.identity !== undefined && identityKey(b.identity) === key)?.id;
}

function updateBeacon(venue: Venue, index: number, edit: (b: Beacon) => Beacon): Venue {
  const beacons = venue.beacons ?? [];
  return { ...venue, beacons: replaceAt(beacons, index, edit(beacons[index]!)) };
}

export function addBeacon(venue: Venue, c: AddBeacon): ApplyResult {
  const taken = idsOf(venue.beacons);
  if ((venue.beacons?.length ?? 0) >= LIMITS.beacons) return refuse(`a venue holds at most ${LIMITS.beacons} beacons`);
  if (indexOfId(venue.floors, c.floor) < 0) return unknownFloor(c.floor);
  const problem =
    pointProblem(c.position) ??
    (c.identity === undefined ? null : identityProblem(c.identity)) ??
    (c.txPower === undefined ? null : txPowerProblem(c.txPower));
  if (problem) return refuse(problem);
  const owner = c.identity === undefined ? undefined : identityOwner(venue, c.identity);
  if (owner !== undefined) return refuse(`beacon "${owner}" already has this radio identity`);
  const id = c.id ?? newId('b', taken);
  const idError = idProblem(id, taken);
  if (idError) return refuse(idError);
  const beacon: Beacon = { id, floor: c.floor, position: copyPoint(c.position) };
  if (c.identity !== undefined) beacon.identity = { ...c.identity };
  if (c.txPower !== undefined) beacon.txPower = c.txPower;
  return changed(venue, { ...venue, beacons: [...(venue.beacons ?? []), beacon] }, ['beacons'], { ...c, id }, { createdId: id });
}

export function moveBeacon(venue: Venue, c: MoveBeacon): ApplyResult {
  const index = indexOfId(venue.beacons, c.id);
  if (index < 0) return unknownBeacon(c.id);
  if (c.floor !== undefined && indexOfId(venue.floors, c.floor) < 0) return unknownFloor(c.floor);
  const problem = pointProblem(c.position);
  if (problem) return refuse(problem);
  const after = updateBeacon(venue, index, (b) => ({ ...b, position: copyPoint(c.position), ...(c.floor !== undefined ? { floor: c.floor } : {}) }));
  return changed(venue, after, ['beacons'], c);
}

/** Deletes the beacon; hotspots that named it lose their `beacon` link. */
export function deleteBeacon(venue: Venue, c: DeleteBeacon): ApplyResult {
  const index = indexOfId(venue.beacons, c.id);
  if (index < 0) return unknownBeacon(c.id);
  let after: Venue = { ...venue, beacons: removeAt(venue.beacons ?? [], index) };
  const linked = venue.hotspots?.filter((h) => h.beacon === c.id).map((h) => h.id) ?? [];
  if (linked.length > 0 && venue.hotspots) {
    const hotspots = venue.hotspots.map((h) => {
      if (h.beacon !== c.id) return h;
      const { beacon: _removed, ...rest } = h;
      return rest;
    });
    after = { ...after, hotspots };
  }
  const effects = linked.map((id) => `hotspot "${id}" is no longer linked to beacon "${c.id}"`);
  return changed(venue, after, linked.length > 0 ? ['beacons', 'hotspots'] : ['beacons'], c, { effects });
}

export function setBeaconIdentity(venue: Venue, c: SetBeaconIdentity): ApplyResult {
  const index = indexOfId(venue.beacons, c.id);
  if (index < 0) return unknownBeacon(c.id);
  if (c.identity !== null) {
    const problem = identityProblem(c.identity);
    if (problem) return refuse(problem);
    const owner = identityOwner(venue, c.identity, c.id);
    if (owner !== undefined) return refuse(`beacon "${owner}" already has this radio identity`);
  }
  const after = updateBeacon(venue, index, (b) => {
    const next: Beacon = { ...b };
    if (c.identity === null) delete next.identity;
    else next.identity = { ...c.identity };
    return next;
  });
  return changed(venue, after, ['beacons'], c);
}

export function setBeaconTxPower(venue: Venue, c: SetBeaconTxPower): ApplyResult {
  const index = indexOfId(venue.beacons, c.id);
  if (index < 0) return unknownBeacon(c.id);
  const problem = c.txPower === null ? null : txPowerProblem(c.txPower);
  if (problem) return refuse(problem);
  const after = updateBeacon(venue, index, (b) => {
    const next: Beacon = { ...b };
    if (c.txPower === null) delete next.txPower;
    else next.txPower = c.txPower;
    return next;
  });
  return changed(venue, after, ['beacons'], c);
}
