/** Traces (JSON Lines of sightings, motion cues and ground truth): reading against a venue, and writing. */
export { TRACE_FORMAT_VERSION, eventTime, type TraceEvent, type TruthPoint } from './events.ts';
export { readTrace, type ReadTrace } from './read-trace.ts';
export { formatTraceReport, DROP_REASONS, MAX_PROBLEMS, MAX_LINE_CHARS, type TraceReport, type DropReason } from './report.ts';
export { writeTraceLine, traceMetaLine, rawTraceLine, type RawAdvertisementLine } from './write-trace.ts';
