import { useMemo } from 'react';
import type { Point3 } from '../../core/geometry/types.ts';
import { planToSvg, type PlanFrame } from '../../core/geometry/plan-view.ts';
import type { Route } from '../../core/routing/types.ts';
import { routeDrawing, splitPath } from '../../state/wayfinding/route-paths.ts';

/**
 * The route on the floor plan: its stretches on the floor shown (the part already
 * walked dimmed), a marker where it changes floor (an arrow up or down, named
 * for the floor it leads to) and the destination. The step list in the
 * wayfinding panel is the same route in words, for screen readers and keyboards;
 * here it is a picture with a short name. Loaded with `lazy()` by the plan: a
 * route exists only once the wayfinding panel's chunk is here, so the first
 * download need not carry the drawing code.
 */

const points = (frame: PlanFrame, line: readonly Point3[]): string =>
  line
    .map((p) => planToSvg(frame, [p[0], p[2]]))
    .map(([x, y]) => `${round(x)},${round(y)}`)
    .join(' ');

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** What the plan passes to draw the route on one floor. */
export interface PlanRouteProps {
  route: Route;
  /** Metres of the route already walked. */
  along: number;
  floor: string;
  frame: PlanFrame;
  /** Marker size, SVG units. */
  radius: number;
  label: string;
  /** Names a floor-change marker: where the route goes on to (`leaving`), or where it came from. */
  floorChangeLabel: (otherFloor: string, leaving: boolean) => string;
  /** Floor elevations, to tell up from down. */
  elevation: ReadonlyMap<string, number>;
}

/** The route on one floor of the plan (see the file's comment); nothing when it does not touch that floor. */
export default function PlanRoute({ route, along, floor, frame, radius, label, floorChangeLabel, elevation }: PlanRouteProps) {
  const drawing = useMemo(() => routeDrawing(route), [route]);
  const paths = drawing.paths.filter((p) => p.floor === floor);
  const changes = drawing.changes.filter((c) => c.fromFloor === floor || c.toFloor === floor);
  const destination = route.destination.floor === floor ? planToSvg(frame, [route.destination.position[0], route.destination.position[2]]) : null;
  if (paths.length === 0 && changes.length === 0 && !destination) return null;

  return (
    <g className="plan-route" role="img" aria-label={label} data-floor={floor}>
      {paths.map((path, i) => {
        const { walked, ahead } = splitPath(path, along);
        return (
          <g key={i}>
            {walked.length >= 2 && <polyline className="plan-route__walked" points={points(frame, walked)} />}
            {ahead.length >= 2 && <polyline className="plan-route__casing" points={points(frame, ahead)} />}
            {ahead.length >= 2 && <polyline className="plan-route__ahead" points={points(frame, ahead)} data-points={ahead.length} />}
          </g>
        );
      })}
      {changes.map((c, i) => {
        const leaving = c.fromFloor === floor;
        const at = leaving ? c.from : c.to;
        const other = leaving ? c.toFloor : c.fromFloor;
        const up = (elevation.get(c.toFloor) ?? 0) >= (elevation.get(c.fromFloor) ?? 0);
        const [x, y] = planToSvg(frame, [at[0], at[2]]);
        const r = radius * 1.5;
        // The direction of travel: an arrow pointing up the page for "up", down for "down".
        const tip = up ? -r * 0.55 : r * 0.55;
        return (
          <g key={i} className="plan-route__change" transform={`translate(${round(x)} ${round(y)})`} data-to-floor={other} data-kind={c.kind}>
            <title>{floorChangeLabel(other, leaving)}</title>
            <circle r={r} />
            <path d={`M 0 ${round(-tip)} L 0 ${round(tip)} M ${round(-r * 0.4)} ${round(tip * 0.3)} L 0 ${round(tip)} L ${round(r * 0.4)} ${round(tip * 0.3)}`} />
          </g>
        );
      })}
      {destination && (
        <g className="plan-route__destination" transform={`translate(${round(destination[0])} ${round(destination[1])})`}>
          <circle r={radius * 1.6} />
          <circle className="plan-route__destination-core" r={radius * 0.7} />
        </g>
      )}
    </g>
  );
}
