import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeRoute, type RouteStep } from '../../../../../src/core/routing/instructions/index.ts';
import type { Route } from '../../../../../src/core/routing/types.ts';
import type { Venue } from '../../../../../src/core/venue/index.ts';
import { fixturePath, ROOT } from '../../../../helpers/fixtures.ts';

/**
 * Golden files: hand-made routes (tests/fixtures/routing-instructions/*.route.json)
 * and the steps a visitor should read for them, in German and English
 * (`<name>.de.txt`, `<name>.en.txt`). A change of wording shows up as a diff of
 * those files in review. To accept new wording, regenerate them:
 *
 *   UPDATE_GOLDEN=1 npx vitest run tests/unit/core/routing/instructions
 */

const DIR = fixturePath('routing-instructions');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const LANGUAGES = ['de', 'en'] as const;

interface GoldenCase {
  description: string;
  /** "venue.json" (beside the case) or a venue folder relative to the repository root, e.g. "scenes/demo-museum". */
  venue: string;
  route: Route;
}

function loadVenue(ref: string): Venue {
  const local = join(DIR, ref);
  const file = existsSync(local) && ref.endsWith('.json') ? local : join(ROOT, ref, 'scene.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Venue;
}

/** One line per step: kind, spoken distance, floor, covered segments, sentence. */
function formatSteps(steps: readonly RouteStep[]): string {
  return steps.map((s) => `${s.kind.padEnd(12)} ${`${s.distance} m`.padStart(5)}  ${s.floor.padEnd(3)} [${s.segments.join('–')}]  ${s.text}`).join('\n') + '\n';
}

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.route.json'))
  .sort()
  .map((file) => ({ name: file.replace(/\.route\.json$/, ''), golden: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as GoldenCase }));

describe('instruction golden files', () => {
  it('cover every situation the instructions must word', () => {
    const names = cases.map((c) => c.name);
    for (const wanted of ['straight-corridor', 'left-right-turns', 'door-left-into-hall', 'stairs-up', 'elevator-down', 'very-short', 'demo-entrance-to-self-portrait']) {
      expect(names).toContain(wanted);
    }
  });

  for (const { name, golden } of cases) {
    for (const lang of LANGUAGES) {
      it(`${name} (${lang}): ${golden.description}`, () => {
        const actual = formatSteps(describeRoute(golden.route, loadVenue(golden.venue), lang));
        const file = join(DIR, `${name}.${lang}.txt`);
        if (UPDATE) writeFileSync(file, actual);
        expect(existsSync(file), `${file} is missing; create it with UPDATE_GOLDEN=1 (see the README in that folder)`).toBe(true);
        expect(actual).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});
