import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

/**
 * Every icon the app needs, generated from one drawing: public/favicon.svg (the
 * browser tab shows the SVG itself). `npm run icons` writes them beside it into
 * public/, where they are committed: favicon.ico (48 px), pwa-64/192/512 PNGs,
 * a maskable 512 px icon and the 180 px apple-touch-icon. The maskable and Apple
 * icons get the header's colour around the drawing instead of white.
 */
const theme = '#2b2a33';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: theme } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: theme } },
  },
  images: ['public/favicon.svg'],
});
