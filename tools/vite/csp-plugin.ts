import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: nothing but its own origin. No CDN,
 * no analytics, no third-party fonts; blob: and data: only where three.js needs them
 * (textures embedded in a GLB are decoded through blob URLs), and WebAssembly for
 * the scan decoders. Only in the build: the dev server's hot reload needs inline
 * scripts and a websocket.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'museum-visit:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
  };
}
