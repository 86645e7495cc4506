import { useEffect, useMemo, useState } from 'react';
import type { Venue } from '../core/venue/index.ts';
import type { PlanPoint, Point3 } from '../core/geometry/types.ts';
import { EYE_HEIGHT } from '../core/camera/framing.ts';
import { cameraStore } from '../state/camera-store.ts';
import type { CameraPose } from '../state/view-store.ts';
import { useView, flyTo, setViewMode } from '../state/view-store.ts';
import { walkableAreaOf } from '../core/geometry/walkable.ts';
import { FloorPlan } from './plan/FloorPlan.tsx';
import { lowestFloor } from '../state/view-actions.ts';
import { fixIn, usePosition } from '../state/position-store.ts';
import type { PositionFix } from '../core/positioning/types.ts';
import { routeIn, useWayfinding, walkedAlong } from '../state/wayfinding/wayfinding-store.ts';

/** The camera pose, at most ten times a second: the map need not redraw every frame. */
function useThrottledPose(): CameraPose | null {
  const [pose, setPose] = useState(cameraStore.getState().pose);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = cameraStore.subscribe(() => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        setPose(cameraStore.getState().pose);
      }, 100);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, []);
  return pose;
}

/** "You are here" for the plan: the fix of this venue (a new object only when the fix changes). */
function useVisitor(venue: Venue): { position: Point3; floor: string; radius: number; room: string | null } | null {
  const fix: PositionFix | null = usePosition((s) => fixIn(s, venue.id));
  return useMemo(() => (fix ? { position: [fix.position[0], 0, fix.position[1]], floor: fix.floor, radius: fix.accuracy, room: fix.room } : null), [fix]);
}

/** Walks to a point picked on the plan (entering the walk view on that floor). */
export function walkToPlanPoint(venue: Venue, point: PlanPoint, floorId: string): void {
  if (!walkableAreaOf(venue, floorId).canStand(point)) return;
  const floor = venue.floors.find((f) => f.id === floorId);
  const y = (floor?.elevation ?? 0) + EYE_HEIGHT;
  const pose = cameraStore.getState().pose;
  const dx = pose ? pose.target[0] - pose.position[0] : 0;
  const dz = pose ? pose.target[2] - pose.position[2] : -1;
  const len = Math.hypot(dx, dz) || 1;
  setViewMode('walk', floorId);
  flyTo({ position: [point[0], y, point[1]], target: [point[0] + dx / len, y, point[1] + dz / len] });
}

/** The route being followed in this venue, with the metres walked (a new object only when either changes). */
function useRoute(venue: Venue) {
  const route = useWayfinding((s) => routeIn(s, venue.id));
  const along = useWayfinding(walkedAlong);
  return useMemo(() => (route ? { route, along } : null), [route, along]);
}

/**
 * The floor plan: small in a corner of the 3D view, or as the full plan view; with
 * "you are here" and the route when known. With all floors in view, the mini-map
 * shows the visitor's floor (else the lowest).
 */
export function PlanView({ venue, lang, variant, selected, onSelect }: { venue: Venue; lang: string; variant: 'mini' | 'full'; selected: string | null; onSelect: (id: string) => void }) {
  const focus = useView((s) => s.floor);
  const visitor = useVisitor(venue);
  const route = useRoute(venue);
  const floor = focus ?? visitor?.floor ?? lowestFloor(venue);
  const pose = useThrottledPose();
  return (
    <FloorPlan
      venue={venue}
      floor={floor}
      lang={lang}
      variant={variant}
      selectedHotspot={selected}
      onSelectHotspot={onSelect}
      cameraPose={variant === 'mini' ? pose : null}
      visitor={visitor}
      route={route}
      onPickPoint={(p, f) => walkToPlanPoint(venue, p, f)}
      {...(variant === 'full' && { onSelectFloor: (f: string) => setViewMode('plan', f) })}
      className={variant === 'mini' ? 'mini-map' : 'full-plan'}
    />
  );
}
