/** Turn-by-turn instructions for routes, in German and English. */
export { describeRoute, instructionLanguage, DOOR_AT_TURN, type RouteStep } from './describe.ts';
export { spokenDistance, FEW_STEPS_BELOW, type SpokenDistance } from './distance.ts';
export { INSTRUCTION_LANGUAGES, PHRASES, type InstructionLanguage, type Phrases, type TransportKind, type FloorRef, type WalkWords } from './phrases.ts';
export { classifyTurn, signedTurnAngle, sideOf, heading, TURN_THRESHOLDS, AHEAD_DEGREES, BEHIND_DEGREES, type TurnKind, type Side } from './turns.ts';
export { routeManeuvers, type Maneuver, type WalkManeuver, type FloorChangeManeuver, type RoomEntry } from './maneuvers.ts';
export { nearestLandmark, LANDMARK_RADIUS } from './landmarks.ts';
export { floorLevels, venueNames, type VenueNames } from './names.ts';
export { simplifyPolyline, SIMPLIFY_TOLERANCE } from './simplify.ts';
