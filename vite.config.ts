import { defineConfig, type Plugin, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import { scenesPlugin } from './tools/vite/scenes-plugin.ts';
import { cspPlugin } from './tools/vite/csp-plugin.ts';
import { preloadChunksPlugin } from './tools/vite/preload-plugin.ts';
import { saveVenuePlugin } from './tools/vite/save-venue-plugin.ts';

/** The header's colour (index.html's theme-color) and the page's paper colour (src/ui/app.css). */
const THEME_COLOUR = '#2b2a33';
const BACKGROUND_COLOUR = '#f4f1ea';

// vite-plugin-pwa is loaded without its type declarations: they import
// workbox-build's, which pull in TypeScript's `esnext` library (through type-fest)
// for the whole project and change the types of ArrayBuffer and the typed arrays
// in every file. TypeScript does not follow an import() whose name is a variable.
const PWA_PLUGIN = 'vite-plugin-pwa';
const { VitePWA } = (await import(/* @vite-ignore */ PWA_PLUGIN)) as { VitePWA: (options: Record<string, unknown>) => PluginOption[] };

/**
 * The installable app: a web app manifest, and the service worker (src/sw/sw.ts)
 * with the precache list of the app shell written into it. The worker is
 * registered by the app itself (src/platform/pwa/), after the first frame, and
 * waits for the visitor's "Reload" before a new version takes over.
 * Icons: `npm run icons` (pwa-assets.config.ts) generates them from public/favicon.svg.
 */
const pwa = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/sw',
  filename: 'sw.ts',
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Museum Visit',
    short_name: 'Museum Visit',
    description: 'Visit the museum online in 3D, find your way inside it, and read about its exhibits.',
    lang: 'en',
    dir: 'ltr',
    // Relative: the app is served from any folder of any host.
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    categories: ['education', 'travel'],
    icons: [
      { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
      { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
      { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
      { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  includeAssets: ['favicon.svg', 'favicon.ico', 'apple-touch-icon-180x180.png'],
  injectManifest: {
    // A classic script: module service workers are not supported by every browser the app serves.
    rollupFormat: 'iife',
    // Scripts, styles and the page; the manifest, its icons and includeAssets are added by the plugin.
    globPatterns: ['**/*.{js,css,html}'],
    // Venues are cached per version as they are opened or saved, never with the app;
    // the Draco/Basis decoders (~1.8 MB, only for compressed scans) when first used.
    // The curator editor's chunks (editor-*) are for curators only: visitors never download them.
    // So are the renderers of tiled, splat and point-cloud scans (scan-renderer-*), cached on first use.
    globIgnores: ['scenes/**', 'assets/draco_*', 'assets/basis_*', 'assets/editor-*', 'assets/Editor-*.css', 'assets/scan-renderer-*'],
  },
});

/**
 * Where the venues are: `scenes/` of the repository, or another folder (the browser
 * test of "Save to scenes/<id>" edits a copy, never the demo museum itself).
 */
const SCENES_DIR = process.env.MUSEUM_VISIT_SCENES_DIR ?? 'scenes';

/** Code only the curator editor loads: its UI, the edit model, bundle zips and drafts. */
const EDITOR_ONLY = ['/src/ui/editor/', '/src/core/editing/', '/src/core/bundle/', '/src/platform/drafts/'];
/** Modules of those folders that visitors use too ("save for offline" lists a venue's files). */
const SHARED_WITH_VISITORS = ['/src/core/bundle/referenced-files.ts'];

/** Code only the renderers of tiled, splat and point-cloud scans load (3D Tiles streaming, Spark, eye-dome lighting). */
const SCAN_RENDERER_ONLY = ['/src/render/scans/', '/node_modules/3d-tiles-renderer/', '/node_modules/@sparkjsdev/spark/'];

/** The name of a chunk: editor and scan-renderer chunks get prefixes the service worker recognises. */
function chunkFileName(chunk: { facadeModuleId: string | null; moduleIds: readonly string[] }): string {
  if (isEditorChunk(chunk)) return 'assets/editor-[name]-[hash].js';
  const normalized = (id: string) => id.replaceAll('\\', '/');
  const scanRendererOnly = (id: string) => SCAN_RENDERER_ONLY.some((dir) => normalized(id).includes(dir));
  // A chunk loaded for such a renderer (its entry is one of them: Spark with what it bundles), or made only of their code.
  if ((chunk.facadeModuleId && scanRendererOnly(chunk.facadeModuleId)) || (chunk.moduleIds.length > 0 && chunk.moduleIds.every(scanRendererOnly))) return 'assets/scan-renderer-[name]-[hash].js';
  return 'assets/[name]-[hash].js';
}

/** True for a chunk of the curator editor (named editor-*, so the service worker leaves it out). */
function isEditorChunk(chunk: { facadeModuleId: string | null; moduleIds: readonly string[] }): boolean {
  const normalized = (id: string) => id.replaceAll('\\', '/');
  if (chunk.facadeModuleId && normalized(chunk.facadeModuleId).includes('/src/ui/editor/')) return true;
  const editorOnly = (id: string) => EDITOR_ONLY.some((dir) => normalized(id).includes(dir)) && !SHARED_WITH_VISITORS.some((file) => normalized(id).endsWith(file));
  return chunk.moduleIds.length > 0 && chunk.moduleIds.every(editorOnly);
}

/** The icons index.html does not name itself: the .ico for old browsers, the home-screen icon for iOS. */
function iconLinksPlugin(): Plugin {
  return {
    name: 'museum-visit:icon-links',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'icon', href: './favicon.ico', sizes: '48x48' }, injectTo: 'head' },
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: './apple-touch-icon-180x180.png' }, injectTo: 'head' },
    ],
  };
}

export default defineConfig({
  // Relative base: the built app runs from any folder of any static host.
  base: './',
  // One page; a missing file must answer 404, not the app's index.html.
  appType: 'mpa',
  plugins: [react(), scenesPlugin(SCENES_DIR), cspPlugin(), preloadChunksPlugin({ firstScript: 'boot', preload: ['src/render/ViewerCanvas.tsx'] }), iconLinksPlugin(), saveVenuePlugin({ scenesDir: SCENES_DIR }), pwa],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // boot.ts is an entry of its own, loaded before the app's entry: a few
      // kilobytes that start the venue's downloads while the rest arrives.
      input: { index: 'index.html', boot: 'src/boot.ts' },
      output: { chunkFileNames: chunkFileName },
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
});
