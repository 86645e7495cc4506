import type { Point3, PlanPoint, PlanPolygon } from '../../core/geometry/types.ts';
import { toPlan } from '../../core/geometry/types.ts';
import { containsPoint } from '../../core/geometry/polygon.ts';
import { clampTowards, fitPlan, outlinesBounds, planHeading, planToSvg, svgPoints, svgToPlan, viewCone, viewportFor, type PlanFrame, type SvgPoint } from '../../core/geometry/plan-view.ts';
import { pickText, type PickedText } from '../../core/i18n/localize.ts';
import type { RoomKind, Venue } from '../../core/venue/index.ts';
import { placeRoomLabel } from './plan-labels.ts';

/**
 * Everything the floor plan draws, computed once per venue, floor, language and
 * variant: SVG coordinates, label layout, which hotspots are on the floor. Pure, so
 * it is tested without a DOM; `FloorPlan.tsx` only turns it into elements.
 */

export type PlanVariant = 'mini' | 'full';

/** Sizes per variant, in SVG units. The viewBox is about as wide as the plan is shown in CSS pixels, so units ≈ pixels. */
export const VARIANT_SIZES = {
  mini: { width: 300, padding: 8, fontSize: 10, minFontSize: 10, labels: 'fit', marker: 4, coneLength: 22 },
  full: { width: 960, padding: 20, fontSize: 14, minFontSize: 11, labels: 'always', marker: 7, coneLength: 46 },
} as const satisfies Record<PlanVariant, { labels: 'fit' | 'always' } & Record<string, unknown>>;

/** How a room is filled: a few families of kinds rather than thirteen colours. */
export type RoomCategory = 'gallery' | 'circulation' | 'vertical' | 'service' | 'other';

const CATEGORY: Record<RoomKind, RoomCategory> = {
  gallery: 'gallery', hall: 'gallery',
  corridor: 'circulation', entrance: 'circulation', exit: 'circulation',
  stairs: 'vertical', elevator: 'vertical',
  toilet: 'service', cafe: 'service', shop: 'service', info: 'service', cloakroom: 'service',
  other: 'other',
};

export interface PlanRoomLayout {
  id: string;
  kind: RoomKind;
  category: RoomCategory;
  outline: PlanPolygon;
  /** The outline as an SVG `points` attribute. */
  points: string;
  name: PickedText;
  description: PickedText | null;
  /** The drawn name, or `null` when it does not fit (mini variant). */
  label: { lines: string[]; x: number; y: number; fontSize: number } | null;
  exhibitCount: number;
}

export interface PlanHotspotLayout {
  id: string;
  x: number;
  y: number;
  title: PickedText;
}

export interface FloorPlanLayout {
  frame: PlanFrame;
  viewBox: string;
  rooms: PlanRoomLayout[];
  obstacles: { id: string; outline: PlanPolygon; points: string }[];
  hotspots: PlanHotspotLayout[];
}

/**
 * Lays out one floor. The frame fits the rooms of *all* floors, so switching floors
 * keeps the building in place (the stairs stay where they were) instead of zooming
 * to each floor's own extent.
 */
export function layoutFloorPlan(venue: Venue, floor: string, lang: string, variant: PlanVariant): FloorPlanLayout {
  const size = VARIANT_SIZES[variant];
  const bounds = outlinesBounds(venue.rooms.map((r) => r.outline));
  const { width, height } = viewportFor(bounds, size.width, size.padding);
  const frame = fitPlan(bounds, width, height, size.padding);
  const text = (t: Record<string, string>) => pickText(t, lang, venue.defaultLanguage);

  const obstacles = (venue.obstacles ?? []).filter((o) => o.floor === floor).map((o) => ({ id: o.id, outline: o.outline, points: svgPoints(frame, o.outline) }));
  const floorRooms = venue.rooms.filter((r) => r.floor === floor);
  const roomIds = new Set(floorRooms.map((r) => r.id));
  const hotspotsOnFloor = (venue.hotspots ?? []).filter((h) => roomIds.has(h.room));

  const rooms = floorRooms.map((room): PlanRoomLayout => {
    const name = text(room.name);
    // Only obstacles that touch the room can be in a label's way.
    const holes = obstacles.filter((o) => o.outline.some((p) => containsPoint(room.outline, p))).map((o) => o.outline);
    const placed = placeRoomLabel(name.text, room.outline, { scale: frame.scale, fontSize: size.fontSize, minFontSize: size.minFontSize, mode: size.labels, holes });
    const at = placed && planToSvg(frame, placed.at);
    return {
      id: room.id,
      kind: room.kind,
      category: CATEGORY[room.kind] ?? 'other',
      outline: room.outline,
      points: svgPoints(frame, room.outline),
      name,
      description: room.description ? text(room.description) : null,
      label: placed && at ? { lines: placed.lines, x: at[0], y: at[1], fontSize: placed.fontSize } : null,
      exhibitCount: hotspotsOnFloor.filter((h) => h.room === room.id).length,
    };
  });

  const hotspots = hotspotsOnFloor.map((h) => {
    const [x, y] = planToSvg(frame, toPlan(h.position));
    return { id: h.id, x, y, title: text(h.title) };
  });

  return { frame, viewBox: `0 0 ${width} ${height}`, rooms, obstacles, hotspots };
}

/**
 * The plan point under an SVG point, when it is on a room's walkable floor of this
 * plan; `null` outside the rooms or on an obstacle (nowhere to walk to).
 */
export function pickPlanPoint(layout: FloorPlanLayout, p: SvgPoint): PlanPoint | null {
  const plan = svgToPlan(layout.frame, p);
  if (!layout.rooms.some((r) => containsPoint(r.outline, plan))) return null;
  if (layout.obstacles.some((o) => containsPoint(o.outline, plan))) return null;
  return plan;
}

/** The camera drawn on the plan: where it stands (at the drawing's edge when outside) and its view cone. */
export interface CameraGlyph {
  x: number;
  y: number;
  /** The cone as an SVG `points` attribute; `null` when looking straight down. */
  cone: string | null;
}

/** Half the horizontal field of view drawn; a hint of direction, not the exact frustum. */
const CONE_HALF_ANGLE = Math.PI / 6;

/** Projects a camera pose onto the plan. */
export function cameraGlyph(layout: FloorPlanLayout, pose: { position: Point3; target: Point3 }, variant: PlanVariant): CameraGlyph {
  const { frame } = layout;
  const inset = VARIANT_SIZES[variant].marker;
  const eye = planToSvg(frame, toPlan(pose.position));
  const target = planToSvg(frame, toPlan(pose.target));
  const [x, y] = clampTowards(eye, target, [inset, inset], [frame.width - inset, frame.height - inset]);
  const heading = planHeading(pose.position, pose.target);
  const cone = heading ? viewCone([x, y], heading, CONE_HALF_ANGLE, VARIANT_SIZES[variant].coneLength) : null;
  return { x, y, cone: cone ? cone.map((p) => p.map((v) => Math.round(v * 100) / 100).join(',')).join(' ') : null };
}

/** The visitor's position and uncertainty circle in SVG units. */
export function visitorGlyph(layout: FloorPlanLayout, position: Point3, radius: number): { x: number; y: number; r: number } {
  const [x, y] = planToSvg(layout.frame, toPlan(position));
  return { x, y, r: Math.max(radius, 0) * layout.frame.scale };
}
