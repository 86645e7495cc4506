import { generateNavGraph } from '../../../core/editing/graph/index.ts';
import type { EditorStore } from '../state/editor-store.ts';

/**
 * "Generate paths from rooms and doors": replaces the walking graph with one
 * generated from the floor plan, as a single undo step. There is no command that
 * sets the whole graph, so the generated graph goes in through `replaceVenue`
 * (which the history undoes like any edit).
 */

export interface GenerateOutcome {
  /** False when the store refused the edit (it shows why). */
  ok: boolean;
  /** What the generator wants the curator to know. */
  notes: string[];
  /** Path points and connections made. */
  nodes: number;
  edges: number;
}

/** The number of path points the venue has now: the panel asks before replacing them. */
export function existingPathPoints(store: EditorStore): number {
  return store.getState().venue.navGraph?.nodes.length ?? 0;
}

/** Generates and applies a new walking graph (one undo step). */
export function generatePaths(store: EditorStore): GenerateOutcome {
  const { venue, apply } = store.getState();
  const { navGraph, notes } = generateNavGraph(venue);
  const outcome = apply({ type: 'replaceVenue', venue: { ...venue, navGraph } });
  return { ok: outcome.ok, notes, nodes: navGraph.nodes.length, edges: navGraph.edges.length };
}
