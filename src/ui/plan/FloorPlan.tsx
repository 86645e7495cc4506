import { lazy, Suspense, useCallback, useId, useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { PlanPoint, Point3 } from '../../core/geometry/types.ts';
import type { Venue } from '../../core/venue/index.ts';
import { pickText } from '../../core/i18n/localize.ts';
import { cameraGlyph, layoutFloorPlan, pickPlanPoint, visitorGlyph, VARIANT_SIZES, type PlanVariant } from './plan-layout.ts';
import { planStrings } from './plan-strings.ts';
import { PlanRoomLabel, PlanRoomShape } from './PlanRoom.tsx';
import { PlanCamera, PlanHotspotMarker, PlanSelectedMarker, PlanVisitor } from './PlanMarkers.tsx';
import { FloorSwitcher } from './FloorSwitcher.tsx';
import type { Route } from '../../core/routing/types.ts';
import { PlanRoomList } from './PlanRoomList.tsx';
import './plan.css';

/** The route's drawing: its own small chunk, as there is a route only once the wayfinding chunk has loaded. */
const PlanRoute = lazy(() => import('./PlanRoute.tsx'));

export interface FloorPlanProps {
  venue: Venue;
  /** Id of the floor to draw. */
  floor: string;
  /** The visitor's language (venue texts fall back to the venue's default). */
  lang: string;
  /** `mini`: a small picture in a corner of the 3D view. `full`: the interactive plan view. */
  variant: PlanVariant;
  selectedHotspot: string | null;
  onSelectHotspot(id: string): void;
  /** The 3D camera, drawn as a view cone. */
  cameraPose?: { position: Point3; target: Point3 } | null;
  /** "You are here", with the position's uncertainty in metres and its room; drawn only on its floor. */
  visitor?: { position: Point3; floor: string; radius: number; room?: string | null } | null;
  /** The route being followed, and the metres of it already walked; drawn where it runs on this floor. */
  route?: { route: Route; along: number } | null;
  /** A click on a room's floor (not on an exhibit or obstacle), in plan coordinates: "walk there". */
  onPickPoint?(point: PlanPoint, floor: string): void;
  /** Shows the floor switcher (when the venue has several floors). */
  onSelectFloor?(floor: string): void;
  className?: string;
}

/**
 * The 2D floor plan of one floor as SVG: rooms filled by kind with their names,
 * obstacles, exhibit markers, the camera's view cone and the visitor's position.
 * Scales with its container (viewBox). `mini` is a labelled picture; `full` is a
 * figure with a caption, focusable exhibit markers and a screen-reader description
 * of every room.
 */
export function FloorPlan({ venue, floor, lang, variant, selectedHotspot, onSelectHotspot, cameraPose, visitor, route, onPickPoint, onSelectFloor, className }: FloorPlanProps) {
  const t = planStrings(lang);
  const svgRef = useRef<SVGSVGElement>(null);
  const titleId = useId();
  const size = VARIANT_SIZES[variant];
  const full = variant === 'full';

  const layout = useMemo(() => layoutFloorPlan(venue, floor, lang, variant), [venue, floor, lang, variant]);
  const floorInfo = venue.floors.find((f) => f.id === floor);
  const floorName = floorInfo ? pickText(floorInfo.name, lang, venue.defaultLanguage).text : floor;
  const title = t.floorPlan(floorName);

  // Callers pass inline handlers; reading the latest one through a ref keeps the room
  // layer below memoised across their re-renders.
  const pickRef = useRef(onPickPoint);
  useLayoutEffect(() => {
    pickRef.current = onPickPoint;
  });
  const onRoomsClick = useCallback(
    (e: MouseEvent<SVGGElement>) => {
      const ctm = svgRef.current?.getScreenCTM();
      const pick = pickRef.current;
      if (!pick || !ctm) return;
      // Client pixels → viewBox units, whatever the SVG's size and letterboxing.
      const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
      const plan = pickPlanPoint(layout, [p.x, p.y]);
      if (plan) pick(plan, floor);
    },
    [layout, floor],
  );

  // The rooms never change with the camera, which may move every frame: keep them out of that re-render.
  const roomLayer = useMemo(
    () => (
      <g className="plan-rooms" onClick={onRoomsClick}>
        {layout.rooms.map((room) => (
          <PlanRoomShape key={room.id} room={room} />
        ))}
        {layout.obstacles.map((o) => (
          <polygon key={o.id} className="plan-obstacle" points={o.points} />
        ))}
        {/* Names are read from the room list on the full plan, so the drawn ones are hidden from screen readers. */}
        <g className="plan-labels" aria-hidden="true">
          {layout.rooms.map((room) => (
            <PlanRoomLabel key={room.id} room={room} />
          ))}
        </g>
      </g>
    ),
    [layout, onRoomsClick],
  );

  // SVG has no z-index: the selected marker is drawn once more on top, as a picture
  // only. Reordering the markers instead would move the focused one and break Tab order.
  const selected = layout.hotspots.find((h) => h.id === selectedHotspot);
  const camera = cameraPose ? cameraGlyph(layout, cameraPose, variant) : null;
  const you = visitor && visitor.floor === floor ? visitorGlyph(layout, visitor.position, visitor.radius) : null;
  const youRoom = you ? layout.rooms.find((r) => r.id === visitor?.room) : undefined;
  const youLabel = you && visitor ? t.youAreHereIn(youRoom?.name.text ?? null, roundMetres(visitor.radius)) : '';
  const floorNames = useMemo(() => new Map(venue.floors.map((f) => [f.id, pickText(f.name, lang, venue.defaultLanguage).text])), [venue, lang]);
  const elevations = useMemo(() => new Map(venue.floors.map((f) => [f.id, f.elevation])), [venue]);
  const routeLabel = route ? t.route(destinationName(venue, route.route, lang)) : '';

  const svg = (
    <svg
      ref={svgRef}
      className="floor-plan__svg"
      viewBox={layout.viewBox}
      preserveAspectRatio="xMidYMid meet"
      // The mini-map is one picture to assistive technology: its name says where the visitor is.
      {...(full ? { role: 'group', 'aria-labelledby': titleId } : { role: 'img', 'aria-label': [title, youLabel, routeLabel].filter(Boolean).join('. ') })}
    >
      {roomLayer}
      {route && (
        <Suspense fallback={null}>
          <PlanRoute
            route={route.route}
            along={route.along}
            floor={floor}
            frame={layout.frame}
            radius={size.marker}
            label={routeLabel}
            floorChangeLabel={(other, leaving) => t.routeGoesOn(floorNames.get(other) ?? other, leaving)}
            elevation={elevations}
          />
        </Suspense>
      )}
      {camera && <PlanCamera glyph={camera} radius={size.marker} label={t.yourView} />}
      <g className="plan-hotspots">
        {layout.hotspots.map((h) => (
          <PlanHotspotMarker key={h.id} hotspot={h} radius={size.marker} selected={h.id === selectedHotspot} focusable={full} onSelect={onSelectHotspot} />
        ))}
        {selected && <PlanSelectedMarker hotspot={selected} radius={size.marker} />}
      </g>
      {you && visitor && <PlanVisitor {...you} radius={size.marker} label={youLabel} plan={[visitor.position[0], visitor.position[2]]} room={visitor.room ?? null} />}
    </svg>
  );

  const classes = ['floor-plan', `floor-plan--${variant}`, onPickPoint ? 'floor-plan--pick' : '', className ?? ''].filter(Boolean).join(' ');
  const switcher = onSelectFloor && venue.floors.length > 1 && (
    <FloorSwitcher venue={venue} floor={floor} lang={lang} label={t.floors} onSelectFloor={onSelectFloor} />
  );
  const empty = layout.rooms.length === 0 && <p className="floor-plan__empty">{t.noRooms}</p>;

  if (!full) {
    return (
      <div className={classes}>
        {empty || svg}
        {switcher}
      </div>
    );
  }
  return (
    <figure className={classes}>
      <figcaption className="floor-plan__caption">
        <span id={titleId} className="floor-plan__title">
          {title}
        </span>
        {onPickPoint && layout.rooms.length > 0 && <span className="floor-plan__hint"> {t.pickHint}</span>}
      </figcaption>
      {switcher}
      <div className="floor-plan__canvas">{empty || svg}</div>
      {layout.rooms.length > 0 && <PlanRoomList rooms={layout.rooms} t={t} hint={layout.hotspots.length > 0 ? t.exhibitHint : null} />}
    </figure>
  );
}

/** What a route leads to, by name: its exhibit, else its room. */
function destinationName(venue: Venue, route: Route, lang: string): string {
  const { hotspot, room } = route.destination;
  const h = hotspot ? venue.hotspots?.find((x) => x.id === hotspot) : undefined;
  if (h) return pickText(h.title, lang, venue.defaultLanguage).text;
  const r = room ? venue.rooms.find((x) => x.id === room) : undefined;
  return r ? pickText(r.name, lang, venue.defaultLanguage).text : '';
}

/** An uncertainty as people say it: whole metres, at least one. */
function roundMetres(radius: number): number {
  return Number.isFinite(radius) ? Math.max(1, Math.round(radius)) : 1;
}
