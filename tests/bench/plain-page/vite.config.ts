import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * Build of the benchmark's baseline page: plain three.js, minified like the app
 * (same target, same minifier), written to tests/bench/.build/plain, which is
 * git-ignored. The page loads the demo scan from the same relative path as the
 * app (`scenes/demo-museum/scan.glb`), so both are served the same file the same way.
 */

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');

/** Where the plain page is built; the benchmark's preview server serves this folder. */
export const PLAIN_OUT_DIR = resolve(here, '../.build/plain');

/** The one file of the demo venue the baseline needs, copied beside the page after each build. */
const SCAN_PATH = join('scenes', 'demo-museum', 'scan.glb');

function copyDemoScan(): Plugin {
  return {
    name: 'bench:copy-demo-scan',
    apply: 'build',
    writeBundle(options) {
      const target = join(options.dir ?? PLAIN_OUT_DIR, SCAN_PATH);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(repoRoot, SCAN_PATH), target);
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  // A missing file must answer 404 here too, as in the app's config.
  appType: 'mpa',
  publicDir: false,
  plugins: [copyDemoScan()],
  build: {
    outDir: PLAIN_OUT_DIR,
    // The folder is outside this root; Vite only empties such a folder when asked.
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    // three.js alone is ~600 kB minified; that is the point of this page, not a warning.
    chunkSizeWarningLimit: 1000,
  },
  preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
});
