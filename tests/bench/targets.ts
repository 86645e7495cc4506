import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { withTimeout } from './chromium.ts';
import { PLAIN_OUT_DIR } from './plain-page/vite.config.ts';

/**
 * The two pages under test, built and served: the app (the repository's own
 * vite.config.ts) and the plain three.js baseline (tests/bench/plain-page).
 *
 * Both are built into tests/bench/.build/ rather than dist/: other people run
 * `vite build` and the browser tests against dist/ on the same checkout, and a
 * benchmark that empties their dist/ in the middle of their test run (or has its
 * own emptied mid-measurement) helps no one. The build itself is the same
 * `vite build` with the same config; only the output folder differs.
 */

/** The repository root (this file is tests/bench/targets.ts). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** Where the benchmark keeps its builds; git-ignored (tests/bench/.gitignore). */
export const BUILD_ROOT = join(REPO_ROOT, 'tests', 'bench', '.build');

/** A built page the benchmark can serve and measure. */
export interface Target {
  /** Short name used in the table and the JSON: `app` or `plain`. */
  name: 'app' | 'plain';
  /** The Vite config file the page is built and served with. */
  configFile: string;
  /** Vite's root for that config. */
  root: string;
  /** The built output folder (index.html, assets/, scenes/). */
  outDir: string;
}

/** The museum app, built with the repository's own Vite config. */
export const APP: Target = {
  name: 'app',
  configFile: join(REPO_ROOT, 'vite.config.ts'),
  root: REPO_ROOT,
  outDir: join(BUILD_ROOT, 'app'),
};

/** The plain three.js page that loads the same scan (tests/bench/plain-page). */
export const PLAIN: Target = {
  name: 'plain',
  configFile: join(REPO_ROOT, 'tests', 'bench', 'plain-page', 'vite.config.ts'),
  root: join(REPO_ROOT, 'tests', 'bench', 'plain-page'),
  outDir: PLAIN_OUT_DIR,
};

/**
 * ESLint 10 lints every .js below the repository, dot-folders included, and the
 * root config (not ours to edit) does not know this folder. A config file inside
 * it takes precedence for the files below it, so minified builds stay out of
 * `npm run lint` without touching the project's lint setup.
 */
const LINT_OPT_OUT = `// Written by tests/bench/targets.ts: these are minified builds, not source to lint.
export default [{ ignores: ['**/*'] }];
`;

function keepBuildsOutOfLint(): void {
  mkdirSync(BUILD_ROOT, { recursive: true });
  writeFileSync(join(BUILD_ROOT, 'eslint.config.js'), LINT_OPT_OUT);
}

/**
 * Runs `vite build` for a target, in this process (Vite's JS API), with its own
 * config and the output folder above. Build warnings stay visible: a chunk-size
 * warning is worth seeing next to the size table.
 */
export async function buildTarget(target: Target, timeoutMs: number): Promise<void> {
  const started = performance.now();
  keepBuildsOutOfLint();
  await withTimeout(
    build({
      root: target.root,
      configFile: target.configFile,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: target.outDir, emptyOutDir: true },
    }),
    timeoutMs,
    `vite build of the ${target.name} page`,
  );
  if (!existsSync(join(target.outDir, 'index.html'))) {
    throw new Error(`vite build of the ${target.name} page wrote no index.html to ${target.outDir}`);
  }
  console.log(`built ${target.name} in ${((performance.now() - started) / 1000).toFixed(1)} s → ${target.outDir}`);
}

/** A running `vite preview` of one target and the URL it answers on. */
export interface ServedTarget {
  target: Target;
  url: string;
  server: PreviewServer;
}

/**
 * Serves a built target with `vite preview` (the same static server the browser
 * tests use) on a free loopback port. Both targets get a server of their own, so
 * neither page's requests queue behind the other's.
 */
export async function serveTarget(target: Target, timeoutMs: number): Promise<ServedTarget> {
  if (!existsSync(join(target.outDir, 'index.html'))) {
    throw new Error(`${target.outDir}/index.html is missing: build the ${target.name} page first (npm run bench builds it).`);
  }
  const server = await withTimeout(
    preview({
      root: target.root,
      configFile: target.configFile,
      logLevel: 'warn',
      build: { outDir: target.outDir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    }),
    timeoutMs,
    `starting vite preview for the ${target.name} page`,
  );
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error(`vite preview for the ${target.name} page reported no local URL`);
  }
  return { target, url, server };
}

/** Stops preview servers; a server that fails to stop must not hide the run's real error. */
export async function closeServers(served: readonly ServedTarget[]): Promise<void> {
  await Promise.all(
    served.map(async (s) => {
      try {
        await withTimeout(s.server.close(), 10_000, `stopping the ${s.target.name} preview server`);
      } catch (error) {
        console.error(String(error));
      }
    }),
  );
}
