import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'qrcode';
import type { Venue } from '../../../src/core/venue/index.ts';
import { CODES_PER_PAGE, escapeXml, hotspotUrl, pageFileNames, parseQrArgs, qrSheetPages, QR_ERROR_CORRECTION, wrapText } from '../../../tools/venue-qr.ts';
import { fixturePath, ROOT, demoMuseum } from '../../helpers/fixtures.ts';
import { runTool } from '../../helpers/run-tool.ts';

const demo = demoMuseum();
const BASE = 'https://museum.example/visit/';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'venue-qr-'));
  temps.push(dir);
  return dir;
};

/**
 * A cheap XML well-formedness check: one root element, every tag closed in order,
 * attributes quoted, and no bare `<` or `&` in text or attribute values.
 */
function checkWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    const [, closing, name, attrs, selfClosing, text, stray] = m;
    if (stray) throw new Error(`bare "<" at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    const entityCheck = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
    if (text !== undefined) {
      if (entityCheck.test(text)) throw new Error(`bare "&" in text: ${text.slice(0, 40)}`);
      if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root element');
      continue;
    }
    if (attrs && entityCheck.test(attrs)) throw new Error(`bare "&" in attributes: ${attrs.slice(0, 60)}`);
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong element`);
    } else if (!selfClosing) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) {
      roots++;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('> <')}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The cards of a page: hotspot id, URL and the dark modules their path draws. */
function cardsOf(svg: string) {
  return [...svg.matchAll(/<g class="qr-card" data-hotspot="([^"]*)" data-url="([^"]*)">(.*?)<\/g>/g)].map(([, hotspot, url, inner]) => {
    const path = /<path [^>]*data-modules="(\d+)" d="([^"]*)"/.exec(inner!)!;
    const dark = new Set<string>();
    for (const [, x, y, run] of path[2]!.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
      for (let i = 0; i < Number(run); i++) dark.add(`${Number(x) + i - 4},${Number(y) - 4}`);
    }
    return { hotspot: unescapeXml(hotspot!), url: unescapeXml(url!), modules: Number(path[1]), dark, texts: [...inner!.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((t) => unescapeXml(t[1]!)) };
  });
}

/** The dark modules of the QR code the library makes for `text`. */
function expectedModules(text: string): { size: number; dark: Set<string> } {
  const { modules } = create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const dark = new Set<string>();
  for (let row = 0; row < modules.size; row++) for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) dark.add(`${col},${row}`);
  return { size: modules.size, dark };
}

describe('the printable QR sheet', () => {
  it('has one code per exhibit, each holding the link that opens the app at that exhibit', () => {
    const pages = qrSheetPages(demo, { base: BASE, lang: 'en' });
    expect(pages).toHaveLength(Math.ceil(demo.hotspots!.length / CODES_PER_PAGE));
    pages.forEach(checkWellFormed);
    const cards = pages.flatMap(cardsOf);
    expect(cards.map((c) => c.hotspot).sort()).toEqual(demo.hotspots!.map((h) => h.id).sort());
    for (const card of cards) {
      const url = new URL(card.url);
      expect(url.origin + url.pathname).toBe(BASE);
      expect(url.searchParams.get('venue')).toBe('demo-museum');
      expect(url.searchParams.get('at')).toBe(card.hotspot);
      const expected = expectedModules(card.url);
      expect(card.modules).toBe(expected.size + 8);
      expect(card.dark).toEqual(expected.dark);
    }
  });

  it('labels each code with the exhibit’s title and room in the chosen language', () => {
    const en = qrSheetPages(demo, { base: BASE, lang: 'en' }).flatMap(cardsOf);
    const de = qrSheetPages(demo, { base: BASE, lang: 'de' }).flatMap(cardsOf);
    const selfPortrait = (cards: typeof en) => cards.find((c) => c.hotspot === 'h-self-portrait')!.texts;
    expect(selfPortrait(en)).toEqual(['Vincent van Gogh:', 'Self-Portrait', 'Van Gogh: People', 'h-self-portrait']);
    expect(selfPortrait(de)).toEqual(['Vincent van Gogh:', 'Selbstbildnis', 'Van Gogh: Menschen', 'h-self-portrait']);
  });

  it('escapes titles and ids for XML and URL-encodes the link', () => {
    const hostile: Venue = {
      ...demo,
      hotspots: [{ ...demo.hotspots![0]!, id: 'h-a&b', title: { de: 'Tom & Jerry <script>alert("x")</script>', en: 'x' } }],
      rooms: demo.rooms.map((r) => (r.id === demo.hotspots![0]!.room ? { ...r, name: { de: 'Saal "A" & <B>\u0007', en: 'A' } } : r)),
    };
    const [page] = qrSheetPages(hostile, { base: 'https://museum.example/app/?mode=kiosk#top', lang: 'de' });
    checkWellFormed(page!);
    expect(page).not.toContain('<script>');
    expect(page).toContain('Tom &amp; Jerry');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const [card] = cardsOf(page!);
    expect(card!.hotspot).toBe('h-a&b');
    expect(card!.texts).toEqual(['Tom & Jerry', '<script>alert("x")</script>', 'Saal "A" & <B>', 'h-a&b']); // the bell character is dropped: XML forbids it
    expect(card!.url).toBe('https://museum.example/app/?mode=kiosk&venue=demo-museum&at=h-a%26b#top');
    expect(new URL(card!.url).searchParams.get('at')).toBe('h-a&b');
    expect(card!.dark).toEqual(expectedModules(card!.url).dark);
  });

  it('escapes and wraps text with care', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u001f\ud800ok`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;ok');
    expect(wrapText('one two three four five', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrapText('  short  ', 9, 2)).toEqual(['short']);
    expect(wrapText('a-very-long-single-word', 10, 2)).toEqual(['a-very-lo…']);
    expect(hotspotUrl('http://localhost:5173/', 'v', 'h 1/ä')).toBe('http://localhost:5173/?venue=v&at=h+1%2F%C3%A4');
    expect(pageFileNames('out/sheet.svg', 1)).toEqual(['out/sheet.svg']);
    expect(pageFileNames('out/sheet.svg', 3)).toEqual(['out/sheet-1.svg', 'out/sheet-2.svg', 'out/sheet-3.svg']);
  });
});

describe('npm run venue:qr', () => {
  it('writes one page per file, names them on stdout', () => {
    const dir = tempDir();
    const run = runTool('venue-qr.ts', [join(ROOT, 'scenes', 'demo-museum'), '--base', BASE, '--out', join(dir, 'sheet.svg'), '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([join(dir, 'sheet-1.svg'), join(dir, 'sheet-2.svg')]);
    const cards = [1, 2].flatMap((n) => cardsOf(readFileSync(join(dir, `sheet-${n}.svg`), 'utf8')));
    expect(cards).toHaveLength(demo.hotspots!.length);
  });

  it('writes a single page to the named file', () => {
    const dir = tempDir();
    const run = runTool('venue-qr.ts', [fixturePath('venues', 'tiny-gallery'), '--base', 'http://localhost:5173/', '--out', join(dir, 'tiny.svg')]);
    expect(run.code, run.stderr).toBe(0);
    const svg = readFileSync(join(dir, 'tiny.svg'), 'utf8');
    checkWellFormed(svg);
    expect(cardsOf(svg).map((c) => c.texts[0])).toEqual(['Bildnis', 'Landschaft']); // the venue's default language
  });

  it('exits 2 with the usage when --base is missing or the language is not the venue’s', () => {
    const venue = fixturePath('venues', 'tiny-gallery');
    for (const args of [[venue], [venue, '--base', BASE, '--lang', 'fr']]) {
      const run = runTool('venue-qr.ts', args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/usage: npm run venue:qr/);
    }
  });

  it('refuses a base that is not an http(s) URL, and other bad arguments', () => {
    for (const base of ['ftp://x.example/', 'museum.example', 'javascript:alert(1)', 'https://']) {
      expect(parseQrArgs(['v', '--base', base]), base).toMatch(/--base must be an http: or https: URL/);
    }
    expect(parseQrArgs(['--base', BASE])).toMatch(/name one venue folder/);
    expect(parseQrArgs(['v', '--base', BASE, '--bogus'])).toMatch(/unknown option --bogus/);
    expect(parseQrArgs(['v', '--base'])).toMatch(/--base needs a value/);
    expect(parseQrArgs(['v', '--base', BASE, '--out', 'a.svg'])).toEqual({ dir: 'v', base: BASE, out: 'a.svg' });
  });

  it('exits 1 for a venue it cannot read or one without exhibits', () => {
    const missing = runTool('venue-qr.ts', ['/nonexistent/venue', '--base', BASE]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the venue/);

    const dir = join(tempDir(), 'tiny-gallery');
    cpSync(fixturePath('venues', 'tiny-gallery'), dir, { recursive: true });
    const scene = JSON.parse(readFileSync(join(dir, 'scene.json'), 'utf8')) as Venue;
    writeFileSync(join(dir, 'scene.json'), JSON.stringify({ ...scene, hotspots: [], tours: [] }));
    const empty = runTool('venue-qr.ts', [dir, '--base', BASE, '--out', join(dir, 'x.svg')]);
    expect(empty.code, empty.stderr).toBe(1);
    expect(empty.stderr).toMatch(/no hotspots/);
    expect(existsSync(join(dir, 'x.svg'))).toBe(false);
  });
});
