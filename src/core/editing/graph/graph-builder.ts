import type { EdgeKind, NavEdge, NavNode, Room, Venue } from '../../venue/schema.ts';
import type { PlanPoint } from '../../geometry/types.ts';
import { LIMITS } from '../../venue/limits.ts';
import { pickText } from '../../i18n/localize.ts';

/**
 * Collects the nodes and edges of a generated walking graph: readable unique
 * ids, positions on the floor's walking surface rounded to millimetres, no
 * duplicate or self edges, and the notes for the curator.
 */

/** A room id without its conventional `r-` prefix: `r-foyer` → `foyer`. */
export const shortRoomId = (id: string): string => id.replace(/^r-/, '') || id;

/** A room for a note: its name (English if it has one) and its id. */
export function roomLabel(venue: Venue, room: Room): string {
  const name = pickText(room.name, 'en', venue.defaultLanguage).text.trim();
  return name && name !== room.id ? `"${name}" (${room.id})` : `"${room.id}"`;
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

export class NavGraphBuilder {
  readonly nodes: NavNode[] = [];
  readonly edges: NavEdge[] = [];
  readonly notes: string[] = [];
  private readonly taken = new Set<string>();
  private readonly joined = new Set<string>();
  private readonly elevation: ReadonlyMap<string, number>;
  private readonly positions = new Map<string, PlanPoint>();

  constructor(venue: Venue) {
    this.elevation = new Map(venue.floors.map((f) => [f.id, f.elevation]));
  }

  /** Adds a node at `p` on `floor`'s walking surface; its id is `base`, or `base-2`, `base-3`… when taken. */
  addNode(base: string, floor: string, p: PlanPoint, room?: string): string {
    const id = this.uniqueId(base);
    const y = this.elevation.get(floor) ?? 0;
    this.nodes.push({ id, floor, position: [round(p[0]), round(y), round(p[1])], ...(room !== undefined ? { room } : {}) });
    this.positions.set(id, p);
    return id;
  }

  /** Where a node added here stands on its floor plan. */
  pointOf(id: string): PlanPoint | undefined {
    return this.positions.get(id);
  }

  /** Joins two nodes; a second edge between the same two nodes (either way) or a loop is skipped. */
  addEdge(from: string, to: string, kind: EdgeKind, extra: { accessible?: boolean; length?: number } = {}): void {
    if (from === to) return;
    const key = from < to ? JSON.stringify([from, to]) : JSON.stringify([to, from]);
    if (this.joined.has(key)) return;
    this.joined.add(key);
    const edge: NavEdge = { from, to, kind };
    if (extra.accessible !== undefined) edge.accessible = extra.accessible;
    if (extra.length !== undefined) edge.length = Math.max(0.1, Math.round(extra.length * 10) / 10);
    this.edges.push(edge);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  private uniqueId(base: string): string {
    // Leave room for a "-nnn" counter within the id length limit.
    const stem = base.length > LIMITS.id - 6 ? base.slice(0, LIMITS.id - 6) : base;
    let id = stem;
    for (let n = 2; this.taken.has(id); n++) id = `${stem}-${n}`;
    this.taken.add(id);
    return id;
  }
}
