import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownPreview } from '../../../../../src/ui/editor/hotspots/MarkdownPreview.tsx';

const render = (text: string): string => renderToStaticMarkup(createElement(MarkdownPreview, { text, lang: 'en' }));

describe('the exhibit text preview', () => {
  const hostile = '<script>alert(1)</script>\n\n[x](javascript:alert(1)) and [JS](JAVASCRIPT:alert(2)) and <javascript:alert(3)>';
  const html = render(hostile);

  it('shows a script tag as text, never as an element', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('makes no javascript: link', () => {
    expect(html).not.toMatch(/href="\s*javascript:/i);
    // None of the three links is safe, so there is no link at all; the labels stay as plain text.
    expect(html).not.toContain('<a');
    expect(html).not.toContain('href=');
    expect(html).toContain('JS');
  });

  it('still renders safe Markdown as elements, with https links opening safely', () => {
    const ok = render('*Öl* auf **Leinwand**\n\n- eins\n- zwei\n\n[Museum](https://www.nga.gov/)');
    expect(ok).toContain('<em>Öl</em>');
    expect(ok).toContain('<strong>Leinwand</strong>');
    expect(ok).toContain('<li>eins</li>');
    expect(ok).toContain('<a href="https://www.nga.gov/" target="_blank" rel="noopener noreferrer">');
  });

  it('is a labelled region in the text’s language, with a note when empty', () => {
    expect(html).toMatch(/^<div class="hotspot-preview" role="region" aria-label="Preview" lang="en">/);
    expect(render('   ')).toContain('Nothing to preview yet.');
  });
});
