import { EDGE_KINDS, type EdgeKind, type NavEdge } from '../../../core/venue/schema.ts';

/**
 * How walking-graph connections are named and drawn in the editor: the same
 * colours in the 3D view and in the panel's legend, and plain names for the
 * kinds (a curator knows a "lift", not an "elevator edge").
 */

/** The colour of each kind of connection (3D lines and legend swatches). */
export const EDGE_COLORS: Readonly<Record<EdgeKind, string>> = {
  walk: '#0f766e',
  door: '#b45309',
  stairs: '#7e22ce',
  elevator: '#1d4ed8',
  ramp: '#15803d',
  escalator: '#be185d',
};

/** The colour of a path point, and of the selected one. */
export const NODE_COLOR = '#0f766e';
export const SELECTED_NODE_COLOR = '#f59e0b';
/** Floors of rooms visitors cannot reach. */
export const UNREACHABLE_COLOR = '#dc2626';

/** Plain names of the kinds, for selects and the legend. */
export const EDGE_KIND_LABELS: Readonly<Record<EdgeKind, string>> = {
  walk: 'Walk',
  door: 'Door',
  stairs: 'Stairs',
  elevator: 'Lift (elevator)',
  ramp: 'Ramp',
  escalator: 'Escalator',
};

/** Every kind, in the format's order. */
export const EDGE_KIND_LIST: readonly EdgeKind[] = EDGE_KINDS;

/** Kinds that go from one floor to another: they may join path points on different floors. */
export const FLOOR_CHANGING_KINDS: readonly EdgeKind[] = ['stairs', 'elevator', 'escalator'];

/** Whether a kind is step-free when the edge does not say (SCENE-FORMAT: stairs and escalators are not). */
export const accessibleByDefault = (kind: EdgeKind): boolean => kind !== 'stairs' && kind !== 'escalator';

/** Whether an edge is step-free: its own flag, else its kind's default. */
export const isAccessible = (edge: Pick<NavEdge, 'kind' | 'accessible'>): boolean => edge.accessible ?? accessibleByDefault(edge.kind);

/**
 * The `accessible` field for a new or changed edge: left out when it says what
 * the kind says anyway, so the scene file stays short.
 */
export const accessibleField = (kind: EdgeKind, accessible: boolean): { accessible?: boolean } =>
  accessible === accessibleByDefault(kind) ? {} : { accessible };
