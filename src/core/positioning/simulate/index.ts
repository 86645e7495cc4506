/** The seeded beacon simulator: a visitor walking the venue, as their phone would record it. */
export { simulateWalk, simulateVisit, type SimulatedVisit } from './simulate-walk.ts';
export { resolveSimulateOptions, SIMULATE_DEFAULTS, MAX_DURATION_MS, type SimulateOptions, type ResolvedSimulateOptions, type Range } from './options.ts';
export { deriveSeed, stream, between } from './random.ts';
export { planWalk, type WalkPlan, type WalkStop } from './plan-walk.ts';
export { walkerStateAt, segmentIndexAt, type Segment, type SegmentMode, type WalkerState } from './timeline.ts';
export { bodyShadow, lossProbability } from './radio.ts';
export { wrapAngle } from './motion.ts';
