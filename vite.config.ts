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
    globIgnores: ['scenes/**', 'assets/draco_*', 'assets/basis_*'],
  },
});

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
  plugins: [react(), scenesPlugin('scenes'), cspPlugin(), preloadChunksPlugin({ firstScript: 'boot', preload: ['src/render/ViewerCanvas.tsx'] }), iconLinksPlugin(), saveVenuePlugin({ scenesDir: 'scenes' }), pwa],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // boot.ts is an entry of its own, loaded before the app's entry: a few
      // kilobytes that start the venue's downloads while the rest arrives.
      input: { index: 'index.html', boot: 'src/boot.ts' },
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
});
