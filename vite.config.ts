import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { scenesPlugin } from './tools/vite/scenes-plugin.ts';
import { cspPlugin } from './tools/vite/csp-plugin.ts';
import { preloadChunksPlugin } from './tools/vite/preload-plugin.ts';

export default defineConfig({
  // Relative base: the built app runs from any folder of any static host.
  base: './',
  // One page; a missing file must answer 404, not the app's index.html.
  appType: 'mpa',
  plugins: [react(), scenesPlugin('scenes'), cspPlugin(), preloadChunksPlugin({ firstScript: 'boot', preload: ['src/render/ViewerCanvas.tsx'] })],
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
