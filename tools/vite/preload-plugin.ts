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
        const named = chunks.filter((c) => c.type === 'chunk' && preload.some((suffix) => c.facadeModuleId?.endsWith(suffix)));
        // With the chunks they import statically (three.js and the React renderer are chunks of
        // their own when other lazy chunks share them): otherwise the browser finds those only
        // after the named chunk has arrived, one round trip later.
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        // What the page's entry imports, Vite preloads already.
        const entryDeps = new Set<string>();
        const collect = (file: string): void => {
          if (entryDeps.has(file)) return;
          entryDeps.add(file);
          byFile.get(file)?.imports.forEach(collect);
        };
        if (ctx.chunk) collect(ctx.chunk.fileName);
        collect(first.fileName);
        const preloaded: typeof chunks = [];
        const visit = (c: (typeof chunks)[number]): void => {
          if (preloaded.includes(c) || c.isEntry || entryDeps.has(c.fileName)) return;
          preloaded.push(c);
          for (const file of c.imports) {
            const imported = byFile.get(file);
            if (imported) visit(imported);
          }
        };
        named.forEach(visit);
        return [
          { tag: 'script', attrs: { type: 'module', crossorigin: '', src: `./${first.fileName}` }, injectTo: 'head-prepend' as const },
          ...preloaded.map((c) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${c.fileName}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}
