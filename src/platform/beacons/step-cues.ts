import { createStepDetector } from '../../core/positioning/motion/step-detector.ts';
import type { BeaconSource, BeaconSourceListener } from './source.ts';

/**
 * Step cues from the phone's accelerometer (`devicemotion`), joined to a beacon
 * source: the tracker then knows when the visitor walks and when they stand,
 * which steadies the dot while standing and lets it keep up while walking.
 * Entirely optional: without motion sensors, or when the visitor refuses them
 * (iOS asks), positioning runs on beacons alone and nothing is said.
 */

/** What this module needs of `window` (injectable for tests). */
export interface MotionWindow {
  addEventListener(type: 'devicemotion', listener: (event: MotionReading) => void): void;
  removeEventListener(type: 'devicemotion', listener: (event: MotionReading) => void): void;
  /** iOS 13+: `DeviceMotionEvent.requestPermission()`, which must be called from a tap. */
  readonly DeviceMotionEvent?: { requestPermission?: () => Promise<'granted' | 'denied'> };
}

/** The part of a DeviceMotionEvent the detector reads. */
export interface MotionReading {
  readonly accelerationIncludingGravity: { readonly x: number | null; readonly y: number | null; readonly z: number | null } | null;
}

export interface StepCueOptions {
  readonly window?: MotionWindow;
  /** The clock sightings are stamped with (performance.now in the page). */
  readonly now?: () => number;
}

/**
 * Wraps `source` so that starting it also listens for steps (emitted as motion
 * cues to `listener`), and stopping it stops both. Call `start` from the
 * visitor's tap: iOS only asks for motion permission then.
 */
export function withStepCues(source: BeaconSource, listener: BeaconSourceListener, options: StepCueOptions = {}): BeaconSource {
  const win = options.window ?? (typeof window === 'undefined' ? undefined : (window as unknown as MotionWindow));
  const now = options.now ?? (() => performance.now());
  const detector = createStepDetector();
  let listening = false;
  const onMotion = (event: MotionReading): void => {
    const a = event.accelerationIncludingGravity;
    if (!a || a.x === null || a.y === null || a.z === null) return;
    const t = now();
    if (detector.push(t, a.x, a.y, a.z)) listener({ type: 'motion', cue: { t, step: true } });
  };
  const listen = async (): Promise<void> => {
    if (!win || listening) return;
    try {
      const ask = win.DeviceMotionEvent?.requestPermission;
      if (ask && (await ask.call(win.DeviceMotionEvent)) !== 'granted') return;
    } catch {
      return; // Refused or not allowed here: beacons alone still position the visitor.
    }
    win.addEventListener('devicemotion', onMotion);
    listening = true;
  };
  return {
    kind: source.kind,
    async start() {
      // Both permission prompts come from the same tap; neither waits for the other.
      await Promise.all([source.start(), listen()]);
    },
    stop() {
      source.stop();
      if (listening && win) win.removeEventListener('devicemotion', onMotion);
      listening = false;
      detector.reset();
    },
  };
}
