/**
 * `npm run demo:generate`: writes the demo venue bundle, scenes/demo-museum/scene.json,
 * scan.glb and the exhibit images in media/, from the plan in this folder and the
 * texts in content.ts. (The tour narration in media/ is made by `npm run demo:narrate`.) The output is
 * byte-identical on every run (seeded randomness, fixed ordering), so a change to the
 * generator shows up in review as a diff of the bundle, and CI can check it is current.
 *
 * Usage: tsx tools/demo/generate.ts [output folder]   (default: scenes/demo-museum)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_EXHIBITS, DEMO_GALLERIES, DEMO_TOURS } from './content.ts';
import { generateDemo } from './demo.ts';
import { VENUE_ID } from './scene.ts';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const outDir = resolve(process.argv[2] ?? join(repoRoot, 'scenes', VENUE_ID));

const bundle = await generateDemo({ galleries: DEMO_GALLERIES, exhibits: DEMO_EXHIBITS, tours: DEMO_TOURS });
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'scene.json'), bundle.sceneJson);
writeFileSync(join(outDir, 'scan.glb'), bundle.glb);
for (const [path, bytes] of bundle.media) {
  mkdirSync(dirname(join(outDir, path)), { recursive: true });
  writeFileSync(join(outDir, path), bytes);
}

const s = bundle.stats;
console.log(
  `${VENUE_ID}: ${s.rooms} rooms, ${s.hotspots} hotspots, ${s.beacons} beacons, ${s.navNodes} nav nodes (${s.navEdges} edges), ` +
    `${s.triangles} triangles, GLB ${s.glbBytes} bytes, ${bundle.media.size} media files ${s.mediaBytes} bytes → ${relative(process.cwd(), outDir) || '.'}`,
);
