import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { useStore } from 'zustand';
import { BufferGeometry, CylinderGeometry, DoubleSide, Float32BufferAttribute, MeshBasicMaterial, RingGeometry } from 'three';
import type { Point3 } from '../core/geometry/types.ts';
import type { Venue } from '../core/venue/index.ts';
import { routeIn, walkedAlong, wayfindingStore } from '../state/wayfinding/wayfinding-store.ts';
import { routeDrawing, splitPath, type FloorChange } from '../state/wayfinding/route-paths.ts';
import { useView } from '../state/view-store.ts';

/**
 * The route in 3D: a flat ribbon a few centimetres above each floor it crosses,
 * the part already walked in grey, a slanted ribbon up the stairs (a post in a
 * lift shaft), and a ring with a post at the destination. A faint copy is drawn
 * without the depth test, so the way stays readable behind walls and under the
 * floor above in the overview. Floors cut away by the floor clipping take their
 * part with them (the renderer's clipping planes apply to everything); with one
 * floor in focus, as with the "you are here" dot, only that floor's part shows.
 * Rebuilt when the route, the progress (in quarter metres) or the focus change;
 * the canvas renders on demand, so each change asks for a frame.
 */

/** Above the walking surface, so the ribbon does not flicker against the scan's floor. */
const LIFT_M = 0.04;
/** Ribbon width, metres: a few pixels from the overview, a clear path underfoot when walking. */
const WIDTH_M = 0.4;
/** A floor change shorter than this in plan is drawn as a post (a lift), longer as a ramp (stairs). */
const POST_BELOW_M = 0.3;
/** Progress is drawn to the nearest quarter metre: finer changes are not worth a rebuild. */
const ALONG_STEP_M = 0.25;

const AHEAD = '#7c3aed';
const WALKED = '#8b8794';

/** Flat, unlit, two-sided (seen from below through a cut floor too), drawn after the building without writing depth; pulled towards the camera against z-fighting. */
const material = (color: string, opacity: number, depthTest = true) =>
  new MeshBasicMaterial({ color, side: DoubleSide, transparent: opacity < 1, opacity, depthWrite: false, depthTest, polygonOffset: true, polygonOffsetFactor: -4 });
const aheadMaterial = material(AHEAD, 1);
const walkedMaterial = material(WALKED, 0.85);
const ghostMaterial = material(AHEAD, 0.28, false);

const post = new CylinderGeometry(0.07, 0.07, 1, 12);
post.translate(0, 0.5, 0);
const ring = new RingGeometry(0.45, 0.7, 40);
ring.rotateX(-Math.PI / 2);

/**
 * A ribbon along `points` (each at the height given), `width` wide, with mitred
 * joints so neighbouring pieces neither overlap nor gap. Points closer than a
 * millimetre are merged; fewer than two points give an empty geometry.
 */
export function ribbonGeometry(points: readonly Point3[], width: number): BufferGeometry {
  const pts = points.filter((p, i) => i === 0 || Math.hypot(p[0] - points[i - 1]![0], p[2] - points[i - 1]![2]) > 1e-3);
  const geometry = new BufferGeometry();
  if (pts.length < 2) return geometry;
  const half = width / 2;
  // Unit normals of each piece in plan (pointing left of the walking direction).
  const normals = pts.slice(1).map((b, i) => {
    const a = pts[i]!;
    const dx = b[0] - a[0];
    const dz = b[2] - a[2];
    const len = Math.hypot(dx, dz) || 1;
    return [dz / len, -dx / len] as const;
  });
  const positions: number[] = [];
  for (let i = 0; i < pts.length; i++) {
    const before = normals[Math.max(0, i - 1)]!;
    const after = normals[Math.min(normals.length - 1, i)]!;
    let nx = before[0] + after[0];
    let nz = before[1] + after[1];
    const len = Math.hypot(nx, nz);
    // A mitre as long as the joint needs, capped so a hairpin does not shoot a spike across the room.
    let scale = half;
    if (len > 1e-6) {
      nx /= len;
      nz /= len;
      const cos = nx * after[0] + nz * after[1];
      scale = half / Math.max(cos, 0.35);
    } else {
      [nx, nz] = after;
    }
    const p = pts[i]!;
    positions.push(p[0] + nx * scale, p[1], p[2] + nz * scale, p[0] - nx * scale, p[1], p[2] - nz * scale);
  }
  const index: number[] = [];
  for (let i = 0; i < pts.length - 1; i++) {
    const a = i * 2;
    index.push(a, a + 1, a + 2, a + 1, a + 3, a + 2);
  }
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setIndex(index);
  return geometry;
}

interface Piece {
  readonly key: string;
  readonly geometry: BufferGeometry;
  readonly walked: boolean;
}

/** The route being followed in `venue`, drawn in the 3D view (see the file's comment); nothing without one. */
export function RouteLine({ venue }: { venue: Venue }) {
  const invalidate = useThree((s) => s.invalidate);
  const route = useStore(wayfindingStore, (s) => routeIn(s, venue.id));
  const along = useStore(wayfindingStore, (s) => Math.round(walkedAlong(s) / ALONG_STEP_M) * ALONG_STEP_M);
  const focus = useView((s) => s.floor);
  const elevation = useMemo(() => new Map(venue.floors.map((f) => [f.id, f.elevation])), [venue]);
  const drawing = useMemo(() => (route ? routeDrawing(route) : null), [route]);

  const pieces = useMemo((): Piece[] => {
    if (!drawing) return [];
    const out: Piece[] = [];
    const shows = (floor: string) => focus === null || focus === floor;
    const flat = (points: readonly Point3[], floor: string): Point3[] => points.map((p) => [p[0], (elevation.get(floor) ?? p[1]) + LIFT_M, p[2]]);
    drawing.paths.forEach((path, i) => {
      if (!shows(path.floor)) return;
      const { walked, ahead } = splitPath(path, along);
      if (walked.length >= 2) out.push({ key: `w${i}`, geometry: ribbonGeometry(flat(walked, path.floor), WIDTH_M), walked: true });
      if (ahead.length >= 2) out.push({ key: `a${i}`, geometry: ribbonGeometry(flat(ahead, path.floor), WIDTH_M), walked: false });
    });
    drawing.changes.forEach((c: FloorChange, i) => {
      if (!shows(c.fromFloor) && !shows(c.toFloor)) return;
      if (Math.hypot(c.to[0] - c.from[0], c.to[2] - c.from[2]) < POST_BELOW_M) return; // a lift: drawn as a post below
      const from: Point3 = [c.from[0], (elevation.get(c.fromFloor) ?? c.from[1]) + LIFT_M, c.from[2]];
      const to: Point3 = [c.to[0], (elevation.get(c.toFloor) ?? c.to[1]) + LIFT_M, c.to[2]];
      out.push({ key: `c${i}`, geometry: ribbonGeometry([from, to], WIDTH_M), walked: along >= c.endAt });
    });
    return out;
  }, [drawing, along, focus, elevation]);

  // Lifts: a post from the lower floor to the upper, where the route rides it.
  const posts = useMemo(() => {
    if (!drawing) return [];
    return drawing.changes
      .filter((c) => Math.hypot(c.to[0] - c.from[0], c.to[2] - c.from[2]) < POST_BELOW_M && (focus === null || focus === c.fromFloor || focus === c.toFloor))
      .map((c, i) => {
        const a = elevation.get(c.fromFloor) ?? c.from[1];
        const b = elevation.get(c.toFloor) ?? c.to[1];
        return { key: `p${i}`, position: [c.from[0], Math.min(a, b), c.from[2]] as const, height: Math.max(0.1, Math.abs(b - a)), walked: along >= c.endAt };
      });
  }, [drawing, along, focus, elevation]);

  const destination = route && (focus === null || focus === route.destination.floor) ? route.destination : null;

  // Geometries are rebuilt with the progress: the old ones go back to the GPU's free memory.
  useEffect(() => () => pieces.forEach((p) => p.geometry.dispose()), [pieces]);
  useEffect(() => invalidate(), [pieces, posts, destination, invalidate]);

  if (!route) return null;
  return (
    <group name="route">
      {pieces.map((p) => (
        <group key={p.key}>
          <mesh geometry={p.geometry} material={p.walked ? walkedMaterial : aheadMaterial} renderOrder={6} />
          {!p.walked && <mesh geometry={p.geometry} material={ghostMaterial} renderOrder={5} />}
        </group>
      ))}
      {posts.map((p) => (
        <mesh key={p.key} geometry={post} material={p.walked ? walkedMaterial : aheadMaterial} position={p.position} scale={[1, p.height, 1]} renderOrder={6} />
      ))}
      {destination && (
        <group position={[destination.position[0], (elevation.get(destination.floor) ?? destination.position[1]) + LIFT_M, destination.position[2]]}>
          <mesh geometry={ring} material={aheadMaterial} renderOrder={7} />
          <mesh geometry={ring} material={ghostMaterial} renderOrder={5} />
          <mesh geometry={post} material={aheadMaterial} scale={[1, 1.6, 1]} renderOrder={7} />
        </group>
      )}
    </group>
  );
}
