import type { Venue } from '../../../core/venue/schema.ts';
import { unreachableRooms, unreachableRoomsStepFree } from '../../../core/editing/graph/index.ts';
import type { EditorStore } from '../state/editor-store.ts';
import { goTo } from '../state/go-to.ts';

/**
 * The rooms the walking graph misses, for the panel's lists and the red floors
 * in the 3D view, and showing one of them to the curator.
 */

/** Both lists for a venue; the step-free list leaves out rooms already in the first. */
export function missedRooms(venue: Venue): { unreachable: string[]; stepsOnly: string[] } {
  const unreachable = unreachableRooms(venue);
  const cut = new Set(unreachable);
  return { unreachable, stepsOnly: unreachableRoomsStepFree(venue).filter((id) => !cut.has(id)) };
}

/** Selects a room and shows it from above, with its floor in focus. */
export function showRoom(store: EditorStore, roomId: string): void {
  goTo(store, { kind: 'room', id: roomId });
}
