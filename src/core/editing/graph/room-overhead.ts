import type { Venue } from '../../venue/schema.ts';
import type { Pose } from '../../camera/framing.ts';
import { labelPoint } from '../../geometry/plan-view.ts';

/**
 * A camera pose over a room, for showing the curator a room the walking graph
 * misses: looking down at the middle of the room from about `height` metres,
 * tilted a little towards the default camera's side (+z), so orbiting still
 * works and the room's walls read as walls.
 */
export function roomOverheadPose(venue: Venue, roomId: string, height = 12): Pose | null {
  const room = venue.rooms.find((r) => r.id === roomId);
  const floor = room && venue.floors.find((f) => f.id === room.floor);
  if (!room || !floor || room.outline.length < 3) return null;
  const holes = (venue.obstacles ?? []).filter((o) => o.floor === room.floor).map((o) => o.outline);
  const [x, z] = labelPoint(room.outline, holes);
  const y = floor.elevation;
  return { position: [x, y + height, z + height * 0.3], target: [x, y, z] };
}
