import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { validateBundle } from '../../../tools/venue-validate.ts';
import { requireSharedData, ROOT } from '../../helpers/fixtures.ts';
import { runImport } from '../../helpers/scan-fixtures.ts';

/**
 * Real-world glTF from ../shared/data/models (see SOURCE.txt there): Blender
 * exports of gallery halls (MIT) and a textured CC0 bed, plus the demo
 * museum's own scan. Each must become a valid venue; the textured model must
 * shrink to at most 35 % of its bytes (the budget in DESIGN.md).
 */
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'scan-import-real-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('scan:import on real-world files', () => {
  it('imports every OpenVgal gallery hall into a valid venue', async () => {
    const dir = requireSharedData('models', 'openvgal-gallery-halls');
    const halls = readdirSync(dir).filter((f) => f.endsWith('.glb'));
    expect(halls).toHaveLength(4);
    for (const hall of halls) {
      const venue = join(work, basename(hall, '.glb').toLowerCase().replace(/_/g, '-'));
      const { code, report, stderr } = await runImport(join(dir, hall), venue);
      expect(code, `${hall}: ${stderr}`).toBe(0);
      expect(report!.format).toBe('gltf');
      expect(report!.output.bytes).toBeLessThan(report!.input.bytes);
      // Halls of 30 × 30 to 30 × 60 m, 6 to 11 m tall.
      expect(Math.max(report!.placement.size[0], report!.placement.size[2])).toBeGreaterThan(29);
      expect(report!.placement.size[1]).toBeGreaterThan(6);
      expect((await validateBundle(venue)).problems, hall).toEqual([]);
    }
  });

  it('shrinks the textured Gothic bed to at most 35 % of its bytes', async () => {
    const file = requireSharedData('models', 'polyhaven-gothic-bed', 'GothicBed_01_1k.glb');
    const venue = join(work, 'gothic-bed');
    const { code, report, stderr } = await runImport(file, venue);
    expect(code, stderr).toBe(0);
    expect(report!.input).toMatchObject({ bytes: 1_154_624, triangles: 18_745 });
    expect(report!.output.bytes).toBe(statSync(join(venue, 'scan.glb')).size);
    expect(report!.output.ratio).toBeLessThanOrEqual(0.35);
    expect((await validateBundle(venue)).problems).toEqual([]);
  });

  it('imports the demo museum\'s scan into a new venue', async () => {
    const venue = join(work, 'demo-scan');
    const { code, report, stderr } = await runImport(join(ROOT, 'scenes', 'demo-museum', 'scan.glb'), venue);
    expect(code, stderr).toBe(0);
    // The demo building is 40 × 24 m with two floors; its ground floor's walking surface (not the slab's underside) goes to y = 0.
    expect(report!.placement.size.map(Math.round)).toEqual([40, 8, 24]);
    expect(report!.placement.offset[1]).toBeCloseTo(0, 3);
    expect((await validateBundle(venue)).problems).toEqual([]);
  });
});
