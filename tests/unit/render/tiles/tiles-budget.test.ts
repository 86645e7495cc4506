import { describe, expect, it } from 'vitest';
import { deviceProfile, tilesBudget } from '../../../../src/render/scans/tiles/tiles-budget.ts';

const MB = 1024 * 1024;

describe('the memory and detail budget of a tiled scan', () => {
  it('keeps a low-memory phone to 96 MB of tiles and a coarse 12 px error', () => {
    const b = tilesBudget({ devicePixelRatio: 3, deviceMemoryGB: 2 });
    expect(b).toMatchObject({ errorTarget: 12, maxBytes: 96 * MB, minBytes: 72 * MB, parseJobs: 2 });
  });

  it('treats a device that does not tell its memory (Safari, Firefox) as a mid-range phone', () => {
    expect(tilesBudget({ devicePixelRatio: 3, deviceMemoryGB: null })).toEqual(tilesBudget({ devicePixelRatio: 3, deviceMemoryGB: 4 }));
    expect(tilesBudget({ devicePixelRatio: 3, deviceMemoryGB: null })).toMatchObject({ errorTarget: 10, maxBytes: 160 * MB });
  });

  it('gives a desktop more memory and finer detail, a high-density screen slightly coarser detail', () => {
    expect(tilesBudget({ devicePixelRatio: 1, deviceMemoryGB: 8 })).toMatchObject({ errorTarget: 6, maxBytes: 320 * MB, parseJobs: 4 });
    expect(tilesBudget({ devicePixelRatio: 2, deviceMemoryGB: 8 }).errorTarget).toBe(8);
    expect(tilesBudget({ devicePixelRatio: 1, deviceMemoryGB: 4 }).errorTarget).toBe(8);
  });

  it('every budget is within the renderer’s sensible range and unloads below its maximum', () => {
    for (const devicePixelRatio of [1, 1.5, 2, 3]) {
      for (const deviceMemoryGB of [null, 0.5, 1, 2, 4, 8, 16]) {
        const b = tilesBudget({ devicePixelRatio, deviceMemoryGB });
        expect(b.errorTarget).toBeGreaterThanOrEqual(6);
        expect(b.errorTarget).toBeLessThanOrEqual(12);
        expect(b.minBytes).toBeLessThan(b.maxBytes);
        expect(b.minTiles).toBeLessThan(b.maxTiles);
        // Far below 3d-tiles-renderer's desktop default of ~430 MB.
        expect(b.maxBytes).toBeLessThanOrEqual(320 * MB);
      }
    }
  });

  it('outside a browser the profile is a plain default', () => {
    expect(deviceProfile()).toEqual({ devicePixelRatio: 1, deviceMemoryGB: null });
  });
});
