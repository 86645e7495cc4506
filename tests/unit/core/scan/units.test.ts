import { describe, expect, it } from 'vitest';
import { checkBuildingUnits, formatLength, looksZUp } from '../../../../src/core/scan/index.ts';

describe('checkBuildingUnits', () => {
  it('accepts building sizes from half a metre to a kilometre', () => {
    expect(checkBuildingUnits([30, 8, 60])).toEqual({ plausible: true, largest: 60 });
    expect(checkBuildingUnits([0.5, 0.2, 0.3]).plausible).toBe(true);
    expect(checkBuildingUnits([1000, 50, 10]).plausible).toBe(true);
  });

  it('suggests the scale that makes a millimetre or centimetre scan building-sized, best first', () => {
    const mm = checkBuildingUnits([31_000, 8_000, 20_000]);
    expect(mm.plausible).toBe(false);
    expect(!mm.plausible && mm.suggestions[0]).toEqual({ scale: 0.001, meaning: 'millimetres' });
    const cm = checkBuildingUnits([3_100, 800, 2_000]);
    expect(!cm.plausible && cm.suggestions[0]).toEqual({ scale: 0.01, meaning: 'centimetres' });
    // Every suggestion really lands in the plausible range.
    for (const s of !cm.plausible ? cm.suggestions : []) expect(3_100 * s.scale).toBeGreaterThanOrEqual(0.5);
  });

  it('suggests scaling up a scan that is a few centimetres tall', () => {
    const tiny = checkBuildingUnits([0.031, 0.012, 0.02]);
    expect(!tiny.plausible && tiny.suggestions[0]?.scale).toBe(1000);
  });

  it('has no suggestion for a scan with no size', () => {
    expect(checkBuildingUnits([0, 0, 0])).toEqual({ plausible: false, largest: 0, suggestions: [] });
  });
});

describe('formatLength', () => {
  it('picks the unit a person would say', () => {
    expect(formatLength(0.031)).toBe('3.1 cm');
    expect(formatLength(0.004)).toBe('4 mm');
    expect(formatLength(31)).toBe('31 m');
    expect(formatLength(2.5)).toBe('2.5 m');
    expect(formatLength(3200)).toBe('3.2 km');
  });
});

describe('looksZUp', () => {
  it('reads the up axis from the facet area when it is known', () => {
    // A Z-up hall: 30 m × 60 m footprint in x/y, 5 m tall in z; floors and ceilings face along z.
    expect(looksZUp([30, 60, 5], [600, 300, 3600])).toBe(true);
    // The same hall Y-up.
    expect(looksZUp([30, 5, 60], [600, 3600, 300])).toBe(false);
  });

  it('falls back to "much taller than wide" for point clouds', () => {
    expect(looksZUp([10, 40, 8])).toBe(true);
    expect(looksZUp([10, 4, 8])).toBe(false);
  });
});
