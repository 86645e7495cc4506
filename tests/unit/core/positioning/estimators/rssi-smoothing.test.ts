import { describe, expect, it } from 'vitest';
import { RssiSmoother } from '../../../../../src/core/positioning/radio/smoothing.ts';
import { seededRandom } from '../../../../fixtures/positioning/synthetic-radio.ts';

const s = (t: number, beaconId: string, rssi: number) => ({ t, beaconId, rssi });

describe('RSSI smoothing', () => {
  it('averages a beacon over the last second and says how many readings are behind it', () => {
    const smoother = new RssiSmoother();
    smoother.add(s(0, 'a', -60));
    smoother.add(s(300, 'a', -70));
    expect(smoother.rssiAt('a', 300)).toEqual({ beaconId: 'a', rssi: -65, count: 2, lastT: 300 });
  });

  it('ignores a single wild reading once there are three or more (trimmed mean)', () => {
    const smoother = new RssiSmoother();
    for (const [t, rssi] of [[0, -60], [200, -62], [400, -95], [600, -61], [800, -40]] as const) smoother.add(s(t, 'a', rssi));
    // Lowest (−95) and highest (−40) dropped: mean of −60, −62, −61.
    expect(smoother.rssiAt('a', 800)?.rssi).toBeCloseTo(-61, 10);
    expect(smoother.rssiAt('a', 800)?.count).toBe(5);
  });

  it('ages readings out of the window, also when asked later without new sightings', () => {
    const smoother = new RssiSmoother({ windowMs: 1000 });
    smoother.add(s(0, 'a', -80));
    smoother.add(s(500, 'a', -60));
    smoother.add(s(900, 'b', -70));
    expect(smoother.rssiAt('a', 1200)).toMatchObject({ rssi: -60, count: 1 });
    expect(smoother.current(1600).map((r) => r.beaconId)).toEqual(['b']);
    expect(smoother.current(2000)).toEqual([]);
    expect(smoother.rssiAt('never-heard', 2000)).toBeUndefined();
  });

  it('counts and ignores readings that are not usable, and takes late ones at the latest time', () => {
    const smoother = new RssiSmoother();
    expect(smoother.add(s(0, 'a', Number.NaN))).toBe(false);
    expect(smoother.add(s(Number.POSITIVE_INFINITY, 'a', -60))).toBe(false);
    expect(smoother.add(s(10, 'a', 300))).toBe(false);
    expect(smoother.rejected).toBe(3);
    smoother.add(s(1000, 'a', -60));
    smoother.add(s(400, 'a', -70));
    expect(smoother.outOfOrder).toBe(1);
    expect(smoother.rssiAt('a', 1000)).toMatchObject({ rssi: -65, count: 2, lastT: 1000 });
  });

  it('matches a brute-force trimmed mean over a long noisy stream', () => {
    const smoother = new RssiSmoother({ windowMs: 1500 });
    const random = seededRandom(7);
    const all: { t: number; beaconId: string; rssi: number }[] = [];
    let t = 0;
    for (let i = 0; i < 5000; i++) {
      t += Math.floor(random() * 60);
      const reading = s(t, `b${Math.floor(random() * 4)}`, Math.round(-50 - random() * 50));
      smoother.add(reading);
      all.push(reading);
      if (i % 97 === 0) {
        for (const r of smoother.current(t)) {
          const window = all.filter((x) => x.beaconId === r.beaconId && x.t > t - 1500).map((x) => x.rssi).sort((a, b) => a - b);
          const kept = window.length >= 3 ? window.slice(1, -1) : window;
          expect(r.count).toBe(window.length);
          expect(r.rssi).toBeCloseTo(kept.reduce((a, b) => a + b, 0) / kept.length, 6);
        }
      }
    }
  });

  it('keeps up with far more than 10,000 sightings a second from 24 beacons', () => {
    const smoother = new RssiSmoother();
    const n = 200_000;
    const start = performance.now();
    for (let i = 0; i < n; i++) smoother.add({ t: i * 5, beaconId: `b-${i % 24}`, rssi: -60 - (i % 30) });
    const perSecond = n / ((performance.now() - start) / 1000);
    expect(perSecond).toBeGreaterThan(100_000);
    expect(smoother.current(n * 5)).toHaveLength(24);
  });
});
