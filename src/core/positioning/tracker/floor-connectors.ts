import type { Venue } from '../../venue/schema.ts';

/**
 * Where a visitor can change floor: the ends of walking-graph edges of kind
 * stairs, elevator, escalator or ramp that join two floors. The tracker lets a
 * particle change floor only near one of these, so the dot never drops through
 * a ceiling in the middle of a gallery.
 */
export interface FloorConnector {
  readonly fromFloor: number;
  readonly x: number;
  readonly z: number;
  readonly toFloor: number;
  /** Where the connector arrives on `toFloor`. */
  readonly toX: number;
  readonly toZ: number;
}

const VERTICAL = new Set(['stairs', 'elevator', 'escalator', 'ramp']);

/** The connectors of a venue, both directions unless the edge is one-way; floors by index in `floors`. */
export function floorConnectors(venue: Venue, floors: readonly string[]): FloorConnector[] {
  const floorIndex = new Map(floors.map((id, i) => [id, i]));
  const nodes = new Map((venue.navGraph?.nodes ?? []).map((n) => [n.id, n]));
  const connectors: FloorConnector[] = [];
  for (const edge of venue.navGraph?.edges ?? []) {
    if (!VERTICAL.has(edge.kind)) continue;
    const a = nodes.get(edge.from);
    const b = nodes.get(edge.to);
    const fa = a && floorIndex.get(a.floor);
    const fb = b && floorIndex.get(b.floor);
    if (!a || !b || fa === undefined || fb === undefined || fa === fb) continue;
    connectors.push({ fromFloor: fa, x: a.position[0], z: a.position[2], toFloor: fb, toX: b.position[0], toZ: b.position[2] });
    if (!edge.oneWay) connectors.push({ fromFloor: fb, x: b.position[0], z: b.position[2], toFloor: fa, toX: a.position[0], toZ: a.position[2] });
  }
  return connectors;
}
