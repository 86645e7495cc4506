import type { Venue } from '../venue/schema.ts';
import type { ApplyResult, CollectionSnapshot, EditCommand, EditableCollection, ReplaceVenue, RestoreCollections } from './commands.ts';

/** Helpers every command module uses to build its result immutably. */

/** A refusal: the venue stays as it was. */
export const refuse = (message: string): ApplyResult => ({ ok: false, message });

/** The inverse that puts `keys` of `before` back exactly (including their absence). */
export function snapshotOf(before: Venue, keys: readonly EditableCollection[]): RestoreCollections {
  const collections = keys.map((key): CollectionSnapshot => {
    const value = before[key];
    return (value === undefined ? { key, present: false } : { key, present: true, value }) as CollectionSnapshot;
  });
  return { type: 'restoreCollections', collections };
}

/** A successful edit of `keys`, from `before` to `after`. */
export function changed(
  before: Venue,
  after: Venue,
  keys: readonly EditableCollection[],
  applied: EditCommand,
  extra: { createdId?: string; effects?: string[] } = {},
): ApplyResult {
  return {
    ok: true,
    venue: after,
    inverse: snapshotOf(before, keys),
    applied,
    ...(extra.createdId !== undefined ? { createdId: extra.createdId } : {}),
    effects: extra.effects ?? [],
  };
}

/** A copy of `list` with the item at `index` replaced. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy[index] = item;
  return copy;
}

/** A copy of `list` without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return [...list.slice(0, index), ...list.slice(index + 1)];
}

/** The index of the item with `id`, or -1. */
export const indexOfId = (list: readonly { id: string }[] | undefined, id: string): number =>
  list === undefined ? -1 : list.findIndex((item) => item.id === id);

/** The ids used in a list, for uniqueness checks. */
export const idsOf = (list: readonly { id: string }[] | undefined): Set<string> => new Set((list ?? []).map((item) => item.id));

/** Puts snapshots back into `venue`: the inverse of every command. */
export function restoreCollections(venue: Venue, command: RestoreCollections): ApplyResult {
  const next: Record<string, unknown> = { ...venue };
  for (const snap of command.collections) {
    if (snap.present) next[snap.key] = snap.value;
    else delete next[snap.key];
  }
  const after = next as Venue;
  return changed(venue, after, command.collections.map((s) => s.key), command);
}

/**
 * Replaces the whole document with another version of the same venue (an
 * imported bundle); the inverse puts the current document back.
 */
export function replaceVenue(venue: Venue, command: ReplaceVenue): ApplyResult {
  const next = command.venue;
  if (typeof next !== 'object' || next === null || typeof next.id !== 'string') return refuse('the replacement is not a venue document');
  if (next.id !== venue.id) return refuse(`the replacement is venue "${next.id}", not "${venue.id}"`);
  return { ok: true, venue: next, inverse: { type: 'replaceVenue', venue }, applied: command, effects: [] };
}
