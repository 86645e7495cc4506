import type { Plugin } from 'vite';

/** What the page asks for before its entry script has run. */
export interface EarlyChunks {
  /** Name of a build entry to run before the app's entry (its own `<script type="module">`, first in `<head>`). */
  firstScript: string;
  /** Modules that the first frame needs although the app imports them dynamically. */
  preload: string[];
}

/**
 * Puts a small first script ahead of the app's entry, and adds
 * `<link rel="modulepreload">` for chunks the first frame needs although the app
 * imports them dynamically (the 3D view), so the browser fetches and compiles
 * them alongside the entry script instead of after it has run. Module scripts run
 * in document order, so the first script runs first, as soon as it has arrived,
 * without waiting for the larger entry.
 */
export function preloadChunksPlugin({ firstScript, preload }: EarlyChunks): Plugin {
  return {
    name: 'museum-visit:preload-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const first = chunks.find((c) => c.type === 'chunk' && c.isEntry && c.name === firstScript);
        if (!first) throw new Error(`preload-chunks: no build entry named "${firstScript}" (add it to build.rollupOptions.input)`);
        const preloaded = chunks.filter((c) => c.type === 'chunk' && preload.some((suffix) => c.facadeModuleId?.endsWith(suffix)));
        return [
          { tag: 'script', attrs: { type: 'module', crossorigin: '', src: `./${first.fileName}` }, injectTo: 'head-prepend' as const },
          ...preloaded.map((c) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${c.fileName}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}
