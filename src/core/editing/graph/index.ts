/** Walking-graph editing helpers: a generated first graph, and the rooms a graph fails to reach. */
export { generateNavGraph, type GeneratedNavGraph } from './generate.ts';
export { unreachableRooms, unreachableRoomsStepFree, startRooms } from './reachability.ts';
export { roomOverheadPose } from './room-overhead.ts';
export { sharedWalls, placeDoor, placeDoors, MIN_SHARED_WALL_M, type SharedWall, type Door } from './doors.ts';
export { floorLinks, overlapInPlan, type FloorLink } from './floor-links.ts';
