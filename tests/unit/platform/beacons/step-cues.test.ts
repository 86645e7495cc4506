import { describe, expect, it } from 'vitest';
import { withStepCues, type MotionReading, type MotionWindow } from '../../../../src/platform/beacons/step-cues.ts';
import type { BeaconSource, BeaconSourceEvent } from '../../../../src/platform/beacons/source.ts';

/** A window whose accelerometer the test drives, optionally behind iOS's permission prompt. */
function fakeWindow(permission?: 'granted' | 'denied') {
  const listeners = new Set<(e: MotionReading) => void>();
  const win: MotionWindow = {
    addEventListener: (_type, l) => listeners.add(l),
    removeEventListener: (_type, l) => listeners.delete(l),
    ...(permission && { DeviceMotionEvent: { requestPermission: async () => permission } }),
  };
  const shake = (y: number) => listeners.forEach((l) => l({ accelerationIncludingGravity: { x: 0, y, z: 0 } }));
  return { win, listeners, shake };
}

function fakeSource(): BeaconSource & { running: boolean } {
  return {
    kind: 'bluetooth',
    running: false,
    async start() {
      this.running = true;
    },
    stop() {
      this.running = false;
    },
  };
}

/** Half a second standing, then a few bounces of a walk, 20 ms apart. */
function walk(shake: (y: number) => void, clock: { t: number }) {
  for (let i = 0; i < 25; i++, clock.t += 20) shake(9.81);
  for (let i = 0; i < 100; i++, clock.t += 20) shake(9.81 + 4 * Math.max(0, Math.sin((2 * Math.PI * 2 * clock.t) / 1000)));
}

describe('step cues from the accelerometer, alongside the beacons', () => {
  it('starts and stops with the beacon source and emits steps as motion cues on the page clock', async () => {
    const { win, listeners, shake } = fakeWindow();
    const events: BeaconSourceEvent[] = [];
    const clock = { t: 1000 };
    const source = fakeSource();
    const combined = withStepCues(source, (e) => events.push(e), { window: win, now: () => clock.t });
    await combined.start();
    expect(source.running).toBe(true);
    walk(shake, clock);
    const steps = events.filter((e) => e.type === 'motion');
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.every((e) => e.type === 'motion' && e.cue.step === true && e.cue.t >= 1000)).toBe(true);
    combined.stop();
    expect(source.running).toBe(false);
    expect(listeners.size).toBe(0);
  });

  it('positions with beacons alone when the visitor refuses motion sensors', async () => {
    const { win, listeners } = fakeWindow('denied');
    const source = fakeSource();
    await withStepCues(source, () => undefined, { window: win }).start();
    expect(source.running).toBe(true);
    expect(listeners.size).toBe(0);
  });

  it('ignores readings without acceleration data', async () => {
    const { win, listeners } = fakeWindow('granted');
    const events: BeaconSourceEvent[] = [];
    await withStepCues(fakeSource(), (e) => events.push(e), { window: win }).start();
    listeners.forEach((l) => l({ accelerationIncludingGravity: null }));
    listeners.forEach((l) => l({ accelerationIncludingGravity: { x: null, y: 3, z: 1 } }));
    expect(events).toEqual([]);
  });
});
