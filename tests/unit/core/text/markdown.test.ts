import { describe, expect, it } from 'vitest';
import { inlineText, markdownToPlainText, parseMarkdown, type MarkdownBlock, type MarkdownInline } from '../../../../src/core/text/markdown.ts';

const text = (t: string): MarkdownInline => ({ type: 'text', text: t });
const em = (...children: MarkdownInline[]): MarkdownInline => ({ type: 'emphasis', children });
const strong = (...children: MarkdownInline[]): MarkdownInline => ({ type: 'strong', children });
const link = (href: string, ...children: MarkdownInline[]): MarkdownInline => ({ type: 'link', href, children });
const para = (...children: MarkdownInline[]): MarkdownBlock => ({ type: 'paragraph', children });
/** The inline content of a one-paragraph text. */
const inline = (md: string): MarkdownInline[] => {
  const blocks = parseMarkdown(md);
  expect(blocks).toHaveLength(1);
  return (blocks[0] as { children: MarkdownInline[] }).children;
};

/** Every link in a tree, however deep. */
function links(blocks: MarkdownBlock[]): string[] {
  const out: string[] = [];
  const walk = (nodes: MarkdownInline[]): void => {
    for (const n of nodes) {
      if (n.type === 'link') out.push(n.href);
      if (n.type !== 'text') walk(n.children);
    }
  };
  for (const b of blocks) (b.type === 'paragraph' ? [b.children] : b.items).forEach(walk);
  return out;
}

describe('Markdown blocks', () => {
  it('splits paragraphs at blank lines and joins wrapped lines with a space', () => {
    expect(parseMarkdown('One\ntwo\n\n\nThree  \r\n')).toEqual([para(text('One two')), para(text('Three'))]);
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown(' \n\t\n')).toEqual([]);
  });

  it('reads bullet and numbered lists, including a list right after a paragraph', () => {
    expect(parseMarkdown('Facts:\n- Oil on canvas\n- 1889,\n  Saint-Rémy\n\n3. three\n4) four')).toEqual([
      para(text('Facts:')),
      { type: 'list', ordered: false, items: [[text('Oil on canvas')], [text('1889, Saint-Rémy')]] },
      { type: 'list', ordered: true, start: 3, items: [[text('three')], [text('four')]] },
    ]);
  });

  it('keeps a blank line between items in one list, and ends the list at a paragraph', () => {
    expect(parseMarkdown('- a\n\n- b\n\nafter')).toEqual([
      { type: 'list', ordered: false, items: [[text('a')], [text('b')]] },
      para(text('after')),
    ]);
  });

  it('does not turn a wrapped year or a bare marker into a list', () => {
    expect(parseMarkdown('Painted in\n1889. Sold later.\n-\n2.')).toEqual([para(text('Painted in 1889. Sold later. - 2.'))]);
  });

  it('keeps everything outside the subset as literal text', () => {
    expect(parseMarkdown('# Title\n\n```js\nx\n```\n\n![img](https://a.example/x.png)')).toEqual([
      para(text('# Title')),
      para(text('```js x ```')),
      para(text('!'), link('https://a.example/x.png', text('img'))),
    ]);
  });
});

describe('Markdown inline marks', () => {
  it('reads emphasis, strong and their combinations', () => {
    expect(inline('a *b* _c_ **d** __e__ ***f***')).toEqual([
      text('a '), em(text('b')), text(' '), em(text('c')), text(' '), strong(text('d')), text(' '), strong(text('e')), text(' '), em(strong(text('f'))),
    ]);
    expect(inline('*Source: **NGA** record*')).toEqual([em(text('Source: '), strong(text('NGA')), text(' record'))]);
  });

  it('keeps intraword underscores and spaced asterisks literal', () => {
    expect(inline('snake_case_name and 2 * 3 * 4')).toEqual([text('snake_case_name and 2 * 3 * 4')]);
    expect(inline('un*frigging*believable')).toEqual([text('un'), em(text('frigging')), text('believable')]);
  });

  it('leaves unbalanced markers as the characters they are', () => {
    expect(inline('*open')).toEqual([text('*open')]);
    expect(inline('close*')).toEqual([text('close*')]);
    expect(inline('**a*')).toEqual([text('*'), em(text('a'))]);
    expect(inline('*a**')).toEqual([em(text('a')), text('*')]);
    expect(inline('_a *b_ c*')).toEqual([em(text('a *b')), text(' c*')]);
    expect(inline('[unclosed *x* and ] and ](')).toEqual([text('[unclosed '), em(text('x')), text(' and ] and ](')]);
    expect(inline('****x****')).toEqual([text('****x****')]);
  });

  it('honours backslash escapes', () => {
    expect(inline('\\*not em\\* and \\[not](a link) \\q')).toEqual([text('*not em* and [not](a link) \\q')]);
  });
});

describe('Markdown links', () => {
  it('makes links of http, https and mailto URLs, with marks in the label', () => {
    expect(inline('See [the *record*](https://www.nga.gov/collection/art-object-page.46626.html "NGA") or <mailto:info@museum.example>.')).toEqual([
      text('See '),
      link('https://www.nga.gov/collection/art-object-page.46626.html', text('the '), em(text('record'))),
      text(' or '),
      link('mailto:info@museum.example', text('info@museum.example')),
      text('.'),
    ]);
    expect(inline('[wiki](https://en.wikipedia.org/wiki/Olive_Trees_(Van_Gogh_series))')).toEqual([
      link('https://en.wikipedia.org/wiki/Olive_Trees_(Van_Gogh_series)', text('wiki')),
    ]);
  });

  it('turns links with a refused URL into their label as plain text', () => {
    expect(inline('[x](javascript:alert(1))')).toEqual([text('x')]);
    expect(inline('[click](JavaScript:alert(document.cookie)) [d](data:text/html;base64,PGI+) [r](media/x.png) [f](file:///etc/passwd)')).toEqual([
      text('click d r f'),
    ]);
    expect(inline('<javascript:alert(1)> <https://ok.example>')).toEqual([text('<javascript:alert(1)> '), link('https://ok.example', text('https://ok.example'))]);
    expect(inline('[a](https://x.example/\u0001)')).toEqual([text('a')]);
  });

  it('does not nest links and does not let emphasis leave a label', () => {
    expect(inline('[a [b](https://b.example) c](https://a.example)')).toEqual([
      text('[a '), link('https://b.example', text('b')), text(' c](https://a.example)'),
    ]);
    expect(inline('*[a*](https://a.example)')).toEqual([text('*'), link('https://a.example', text('a*'))]);
    expect(inline('*a [sic] b*')).toEqual([em(text('a [sic] b'))]);
  });

  it('keeps raw HTML as literal text', () => {
    const md = '<script>alert("x")</script>\n\n<img src=x onerror="alert(1)"> <b>bold</b>';
    expect(parseMarkdown(md)).toEqual([para(text('<script>alert("x")</script>')), para(text('<img src=x onerror="alert(1)"> <b>bold</b>'))]);
    expect(links(parseMarkdown(md))).toEqual([]);
  });
});

describe('Markdown on hostile input', () => {
  const timed = (md: string): { blocks: MarkdownBlock[]; ms: number } => {
    const t0 = performance.now();
    const blocks = parseMarkdown(md);
    return { blocks, ms: performance.now() - t0 };
  };

  it('parses a megabyte of ordinary text quickly', () => {
    const paragraph = 'Van Gogh painted *olive trees* and **wheat fields**; see [the record](https://www.nga.gov/x).\n- one\n- two\n\n';
    const md = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const { blocks, ms } = timed(md);
    expect(md.length).toBeGreaterThanOrEqual(1_000_000);
    expect(blocks.length).toBeGreaterThan(10_000);
    expect(ms).toBeLessThan(5000);
  });

  /** About 256 KB of a pattern (more than the longest body the venue format allows), then an optional tail. */
  const fill = (pattern: string, tail = ''): string => pattern.repeat(Math.ceil(256_000 / pattern.length)) + tail;
  const hostile: [string, string][] = [
    ['asterisks', fill('*')],
    ['openers', fill('*a ')],
    ['mixed openers', fill('*a _b ')],
    ['brackets before a link', fill('[', '](https://x.example)')],
    ['bracket pairs before a link', fill('[a]', '[b](https://x.example)')],
    ['half links', fill('[a](')],
    ['open parens', '[a](' + fill('(')],
    ['a long URL', '[a](https://x.example/' + fill('a')],
    ['angle brackets', fill('<', '>')],
    ['unclosed autolinks', fill('<https://x.example/a', '>')],
    ['nested brackets and stars', fill('[*') + fill(']') + '(https://x.example)'],
    ['titles', fill('[a](u "')],
    ['backslashes', fill('\\')],
    ['list markers', fill('- ')],
    ['lines', fill('- a\n1. b\n\n')],
  ];

  it.each(hostile)('stays fast on a quarter megabyte of %s', (_name, md) => {
    const { ms } = timed(md);
    // Linear work takes a few milliseconds; a quadratic path would take minutes.
    expect(ms).toBeLessThan(2000);
  });

  it('stays fast on a megabyte of all of them together', () => {
    const md = hostile.map(([, m]) => m).join('').slice(0, 1_000_000);
    expect(timed(md).ms).toBeLessThan(5000);
  });

  it('caps how deeply emphasis nests, so renderers never recurse deeply', () => {
    const depth = 2000;
    const md = Array.from({ length: depth }, (_, i) => (i % 2 ? '*x ' : '_x ')).join('') + Array.from({ length: depth }, (_, i) => (i % 2 ? ' y_' : ' y*')).join('');
    const { blocks } = timed(md);
    let max = 0;
    const walk = (nodes: MarkdownInline[], d: number): void => {
      max = Math.max(max, d);
      for (const n of nodes) if (n.type !== 'text') walk(n.children, d + 1);
    };
    walk((blocks[0] as { children: MarkdownInline[] }).children, 0);
    expect(max).toBeLessThanOrEqual(40);
    // Nothing is lost: the markers beyond the cap come back as text.
    expect(inlineText((blocks[0] as { children: MarkdownInline[] }).children).length).toBeGreaterThan(md.length - 4 * 16);
  });
});

describe('plain text', () => {
  it('flattens a document', () => {
    expect(markdownToPlainText('A *b* [c](https://c.example)\n\n- d\n- **e**')).toBe('A b c\n\n- d\n- e');
  });
});
