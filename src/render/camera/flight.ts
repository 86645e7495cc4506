import type { Pose } from '../../core/camera/framing.ts';
import type { Point3 } from '../../core/geometry/types.ts';

/**
 * A camera flight from one pose to another: eased, with a duration that grows with
 * the distance (a short hop is quick, crossing the building takes longer) and a
 * gentle rise in between so the camera does not cut through walls on long moves.
 */
export interface Flight {
  from: Pose;
  to: Pose;
  startMs: number;
  durationMs: number;
  /** Rise over long moves (overview); none when walking, where the eye stays at eye height. */
  lift: boolean;
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const lerp3 = (a: Point3, b: Point3, t: number): Point3 => [lerp(a[0], b[0], t), lerp(a[1], b[1], t), lerp(a[2], b[2], t)];
const easeInOut = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

export function planFlight(from: Pose, to: Pose, startMs: number, lift = true): Flight {
  const distance = Math.hypot(to.position[0] - from.position[0], to.position[1] - from.position[1], to.position[2] - from.position[2]);
  const durationMs = Math.min(2200, 500 + distance * 45);
  return { from, to, startMs, durationMs, lift };
}

/** The pose at `nowMs`, and whether the flight has arrived. */
export function poseAt(flight: Flight, nowMs: number): { pose: Pose; done: boolean } {
  const raw = Math.min(1, Math.max(0, (nowMs - flight.startMs) / flight.durationMs));
  const t = easeInOut(raw);
  const position = lerp3(flight.from.position, flight.to.position, t);
  const distance = Math.hypot(flight.to.position[0] - flight.from.position[0], flight.to.position[2] - flight.from.position[2]);
  // Rise by up to a fifth of the way travelled at mid-flight, back to the end height on arrival.
  const lift = flight.lift ? Math.min(8, distance * 0.2) * Math.sin(Math.PI * t) : 0;
  return { pose: { position: [position[0], position[1] + lift, position[2]], target: lerp3(flight.from.target, flight.to.target, t) }, done: raw >= 1 };
}
