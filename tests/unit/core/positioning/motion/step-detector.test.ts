import { describe, expect, it } from 'vitest';
import { createStepDetector } from '../../../../../src/core/positioning/motion/step-detector.ts';
import { seededRandom } from '../../../../../src/core/positioning/random.ts';

const G = 9.81;

/**
 * Accelerometer readings at 50 Hz of a phone held upright: gravity on y, plus a
 * bounce of `amplitude` m/s² at `stepsPerSecond` while walking, plus sensor noise.
 */
function readings(seconds: number, stepsPerSecond: number, amplitude: number, noise = 0.2, seed = 1): [number, number, number, number][] {
  const random = seededRandom(seed);
  const out: [number, number, number, number][] = [];
  for (let t = 0; t < seconds * 1000; t += 20) {
    const bounce = amplitude * Math.max(0, Math.sin((2 * Math.PI * stepsPerSecond * t) / 1000));
    out.push([t, random.normal() * noise, G + bounce + random.normal() * noise, random.normal() * noise]);
  }
  return out;
}

const countSteps = (samples: [number, number, number, number][]) => {
  const detector = createStepDetector();
  return samples.filter(([t, x, y, z]) => detector.push(t, x, y, z)).length;
};

describe('detecting steps from the accelerometer', () => {
  it('counts the steps of a 10-second walk at two steps per second', () => {
    const steps = countSteps(readings(10, 2, 4));
    expect(steps).toBeGreaterThanOrEqual(17);
    expect(steps).toBeLessThanOrEqual(21);
  });

  it('counts no steps while the visitor stands still with a shaky hand', () => {
    expect(countSteps(readings(10, 0, 0, 0.3))).toBe(0);
  });

  it('does not count a fast vibration as running', () => {
    // 8 bounces per second (a bus, a dropped phone rattling) are faster than anyone walks.
    expect(countSteps(readings(5, 8, 4))).toBeLessThanOrEqual(5 / 0.3 + 1);
  });

  it('ignores broken readings and a clock that goes back', () => {
    const detector = createStepDetector();
    expect(detector.push(0, Number.NaN, G, 0)).toBe(false);
    expect(detector.push(10, 0, Number.POSITIVE_INFINITY, 0)).toBe(false);
    expect(detector.push(20, 0, G, 0)).toBe(false);
    expect(detector.push(5, 0, G + 20, 0)).toBe(false);
  });
});
