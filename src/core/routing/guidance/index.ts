/** Live guidance: following the tracker's fixes along a route (progress, off-route, re-routing, arrival). */
export { createGuidance, type Guidance, type GuidanceOptions, type GuidanceState, type GuidancePhase, type OffRouteReason, type Reroute } from './guidance.ts';
export { projectOntoRoute, type RouteProjection, type ProjectionHint } from './project.ts';
export { DEFAULT_GUIDANCE_THRESHOLDS, resolveGuidanceThresholds, scaledDistance, type GuidanceThresholds, type GuidanceThresholdOverrides, type AccuracyScaledDistance } from './thresholds.ts';
export { measureRoute, isShaft, planLength, type RouteMeasure } from './route-measure.ts';
export { advanceProgress, START_PROGRESS, type Progress } from './progress.ts';
