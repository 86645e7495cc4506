/**
 * Detects walking steps in a phone's accelerometer readings (what the browser's
 * `devicemotion` event reports as `accelerationIncludingGravity`, m/s²). A step
 * is a peak of the acceleration's magnitude above gravity: the signal is
 * smoothed, its slowly moving mean (gravity, and how the phone is held) is
 * subtracted, and a peak counts when it rises above a threshold and comes at a
 * walking rhythm (not sooner than `minIntervalMs` after the previous step).
 * Steps tell the tracker that the visitor walks rather than stands; the
 * heading would need the venue's north, which the venue format does not carry.
 */
export interface StepDetectorOptions {
  /** Height of a peak above the running mean that counts as a step, m/s². */
  readonly thresholdMs2?: number;
  /** Shortest time between two steps (a brisk walk is about 2 steps per second). */
  readonly minIntervalMs?: number;
  /** Time constant of the smoothing, ms (removes the jitter within one step). */
  readonly smoothingMs?: number;
  /** Time constant of the running mean, ms (follows gravity and posture, not steps). */
  readonly baselineMs?: number;
}

const DEFAULTS: Required<StepDetectorOptions> = { thresholdMs2: 1.2, minIntervalMs: 300, smoothingMs: 60, baselineMs: 1500 };

/** A step detector fed one reading at a time; `push` returns true when the reading completes a step. */
export interface StepDetector {
  push(t: number, x: number, y: number, z: number): boolean;
  reset(): void;
}

export function createStepDetector(options: StepDetectorOptions = {}): StepDetector {
  const o = { ...DEFAULTS, ...options };
  let lastT: number | null = null;
  let smooth = 0;
  let baseline = 0;
  let armed = true;
  let lastStep = -Infinity;
  return {
    push(t, x, y, z) {
      if (![t, x, y, z].every(Number.isFinite)) return false;
      const magnitude = Math.hypot(x, y, z);
      if (lastT === null || t <= lastT) {
        // The first reading (or a clock that went back) starts the filters afresh.
        if (lastT === null || t < lastT) {
          smooth = magnitude;
          baseline = magnitude;
        }
        lastT = t;
        return false;
      }
      const dt = Math.min(t - lastT, 1000);
      lastT = t;
      smooth += (1 - Math.exp(-dt / o.smoothingMs)) * (magnitude - smooth);
      baseline += (1 - Math.exp(-dt / o.baselineMs)) * (magnitude - baseline);
      const excess = smooth - baseline;
      // Hysteresis: after a step, the signal must fall back below half the
      // threshold before the next peak can count, so one bump is one step.
      if (!armed) {
        if (excess < o.thresholdMs2 / 2) armed = true;
        return false;
      }
      if (excess > o.thresholdMs2 && t - lastStep >= o.minIntervalMs) {
        armed = false;
        lastStep = t;
        return true;
      }
      return false;
    },
    reset() {
      lastT = null;
      armed = true;
      lastStep = -Infinity;
    },
  };
}
