/** Wayfinding: the routing graph, shortest paths, snapping, destinations, routes and tour routes. */
export * from './types.ts';
export { planRoute } from './router.ts';
export { planTourRoute, type TourLeg, type TourRoute } from './tour-route.ts';
export { FACILITY_ROOM_KINDS, resolveTarget, type Finish, type ResolvedTarget } from './targets.ts';
export { snapToGraph, hotspotAnchor, standingPoint, type SnapResult, type HotspotAnchor } from './snap.ts';
export { buildRoutingGraph, routingGraphOf, arcKindName, ARC_ACCESSIBLE, ARC_AGAINST_ONE_WAY, type RoutingGraph } from './graph.ts';
export { findPath, type PathFound, type SearchOptions } from './astar.ts';
export { createHeuristic, floorTableHeuristic, MAX_HEURISTIC_GOALS, type Heuristic } from './heuristic.ts';
export { planarScaleOf, floorChangeBounds, type FloorChangeBounds, type EdgeLength, type FloorLink } from './bounds.ts';
export { NodeHeap } from './priority-queue.ts';
