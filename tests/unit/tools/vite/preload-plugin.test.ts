import { describe, expect, it } from 'vitest';
import { preloadChunksPlugin } from '../../../../tools/vite/preload-plugin.ts';

/** The first script and the preloads of chunks the first frame needs, with what they import. */

type FakeChunk = { type: 'chunk'; fileName: string; name: string; isEntry: boolean; facadeModuleId: string | null; imports: string[] };
const chunk = (fileName: string, imports: string[] = [], extra: Partial<FakeChunk> = {}): FakeChunk => ({ type: 'chunk', fileName, name: fileName.split('-')[0]!, isEntry: false, facadeModuleId: null, imports, ...extra });

function tagsFor(chunks: FakeChunk[], entry: FakeChunk) {
  const plugin = preloadChunksPlugin({ firstScript: 'boot', preload: ['src/render/ViewerCanvas.tsx'] });
  const hook = plugin.transformIndexHtml as { handler: (html: string, ctx: unknown) => { tag: string; attrs: Record<string, string> }[] };
  const bundle = Object.fromEntries(chunks.map((c) => [c.fileName, c]));
  return hook.handler('', { bundle, chunk: entry }).map((t) => `${t.tag} ${t.attrs.src ?? t.attrs.href}`);
}

describe('preloadChunksPlugin', () => {
  it('preloads the 3D view with the chunks it imports, but not what the entry already brings', () => {
    const shared = chunk('shared-1.js');
    const entry = chunk('index-1.js', ['shared-1.js'], { isEntry: true, name: 'index' });
    const boot = chunk('boot-1.js', [], { isEntry: true, name: 'boot' });
    const core = chunk('three.core-1.js');
    const three = chunk('three.module-1.js', ['three.core-1.js']);
    const viewer = chunk('ViewerCanvas-1.js', ['three.module-1.js', 'shared-1.js'], { facadeModuleId: '/repo/src/render/ViewerCanvas.tsx' });
    const lazy = chunk('SplatScan-1.js', ['three.module-1.js']);
    expect(tagsFor([shared, entry, boot, core, three, viewer, lazy], entry)).toEqual([
      'script ./boot-1.js',
      'link ./ViewerCanvas-1.js',
      'link ./three.module-1.js',
      'link ./three.core-1.js',
    ]);
  });

  it('says which entry is missing', () => {
    const entry = chunk('index-1.js', [], { isEntry: true, name: 'index' });
    expect(() => tagsFor([entry], entry)).toThrow(/no build entry named "boot"/);
  });
});
