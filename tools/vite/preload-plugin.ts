import type { Plugin } from 'vite';

/**
 * Adds `<link rel="modulepreload">` for chunks the first frame needs although the
 * app imports them dynamically (the 3D view), so the browser fetches and compiles
 * them alongside the entry script instead of after it has run.
 */
export function preloadChunksPlugin(moduleSuffixes: string[]): Plugin {
  return {
    name: 'museum-visit:preload-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter(
          (c) => c.type === 'chunk' && moduleSuffixes.some((suffix) => c.facadeModuleId?.endsWith(suffix)),
        );
        return chunks.map((c) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${c.fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}
