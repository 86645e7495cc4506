/**
 * The clock and timers a beacon source uses, injectable so tests can drive time
 * by hand (or with vitest's fake timers) instead of waiting for it.
 */

/** A millisecond clock and one-shot timers. */
export interface SourceTimers {
  /** Milliseconds on the caller's clock (`performance.now()` in the browser). */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The page's own clock and timers, looked up when called (so stubbed globals in tests are honoured). */
export const pageTimers: SourceTimers = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};
