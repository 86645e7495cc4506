/**
 * `npm run venue:qr -- <venue dir> --base <app URL> [--out sheet.svg] [--lang de|en]`
 *
 * Writes a printable sheet of QR codes, one per exhibit (hotspot). Each code holds
 * `<base>?venue=<venue id>&at=<hotspot id>`: a visitor whose phone cannot scan for
 * beacons scans the code beside an exhibit, and the app puts them there. Each code is
 * labelled with the exhibit's title and room (in `--lang`, default the venue's
 * default language) and its hotspot id, in a cell with a dashed cutting line.
 *
 * Pages are A4 portrait SVG (210 × 297 mm, user units are millimetres), 3 × 4 codes
 * per page, codes grouped by room. One page is written to `--out` (default
 * `qr-<venue id>.svg`); when the codes need more pages, each page is its own file,
 * numbered before the extension: `sheet-1.svg`, `sheet-2.svg`, … (browsers print
 * one SVG as one page, so separate files print predictably). Written file names
 * go to stdout.
 *
 * Exit codes: 0 written; 1 the venue cannot be read, has no hotspots, or a file
 * cannot be written; 2 bad arguments (no `--base`, not an http(s) URL, unknown language).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { create, type QRCodeErrorCorrectionLevel } from 'qrcode';
import { formatProblem, type Hotspot, type Venue } from '../src/core/venue/index.ts';
import { pickText } from '../src/core/i18n/localize.ts';
import { loadCliVenue, runCli } from './lib/cli.ts';

const USAGE = 'usage: npm run venue:qr -- <venue dir> --base <app URL, http(s)> [--out sheet.svg] [--lang <language>]';

/** Error correction of the codes: "M" survives 15 % damage (a scuffed or partly covered label). */
export const QR_ERROR_CORRECTION: QRCodeErrorCorrectionLevel = 'M';

/** Page geometry, millimetres. */
const PAGE = { width: 210, height: 297, margin: 12, header: 22, footer: 8, columns: 3, rows: 4 } as const;
/** Side of a code including its quiet zone (4 modules each side, as the standard asks), mm. */
const CODE_MM = 38;
export const CODES_PER_PAGE = PAGE.columns * PAGE.rows;

/** The link a code holds: the app at `base`, opened at a hotspot of a venue. Query values are URL-encoded. */
export function hotspotUrl(base: string, venueId: string, hotspotId: string): string {
  const url = new URL(base);
  url.searchParams.set('venue', venueId);
  url.searchParams.set('at', hotspotId);
  return url.href;
}

/** True for an absolute http: or https: URL. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Text made safe for XML character data and attribute values: markup characters
 * escaped, and characters XML 1.0 forbids (controls, lone surrogates) dropped.
 */
export function escapeXml(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    // XML 1.0 allows tab, newline, carriage return, and nothing else below U+0020; nor lone surrogates or U+FFFE/U+FFFF.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) continue;
    out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : ch === "'" ? '&apos;' : ch;
  }
  return out;
}

/** Wraps `text` into at most `maxLines` lines of about `width` characters, ending with "…" when cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if ([...candidate].length <= width || line === '') {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line !== '') lines.push(line);
  const cut = lines.length > maxLines;
  const kept = lines.slice(0, maxLines).map((l) => ([...l].length > width ? [...l].slice(0, width - 1).join('') + '…' : l));
  if (cut && kept.length > 0) {
    const last = [...kept[kept.length - 1]!];
    kept[kept.length - 1] = (last.length >= width ? last.slice(0, width - 1).join('') : last.join('')) + '…';
  }
  return kept;
}

/**
 * The dark modules of the QR code for `text`, as one SVG path in module units
 * (quiet zone included): one `M x y h n v1 h -n z` rectangle per horizontal run.
 */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const quiet = 4;
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      parts.push(`M${start + quiet} ${row + quiet}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: modules.size + 2 * quiet, d: parts.join('') };
}

/** Sheet texts in the languages the tool knows; others fall back to English. */
const SHEET_TEXT: Record<string, { instruction: string; page: (n: number, of: number) => string }> = {
  de: { instruction: 'Code am Exponat scannen: die App zeigt, wo Sie sind.', page: (n, of) => `Seite ${n} von ${of}` },
  en: { instruction: 'Scan the code at an exhibit: the app shows where you are.', page: (n, of) => `Page ${n} of ${of}` },
};

interface Card {
  hotspot: Hotspot;
  title: string;
  room: string;
  url: string;
}

/** The hotspots as cards, grouped by room in the venue's room order. */
function cards(venue: Venue, base: string, lang: string): Card[] {
  const roomIndex = new Map(venue.rooms.map((r, i) => [r.id, i]));
  const rooms = new Map(venue.rooms.map((r) => [r.id, r]));
  return (venue.hotspots ?? [])
    .map((hotspot, i) => ({ hotspot, i }))
    .sort((a, b) => (roomIndex.get(a.hotspot.room) ?? Infinity) - (roomIndex.get(b.hotspot.room) ?? Infinity) || a.i - b.i)
    .map(({ hotspot }) => {
      const room = rooms.get(hotspot.room);
      return {
        hotspot,
        title: pickText(hotspot.title, lang, venue.defaultLanguage).text,
        room: room ? pickText(room.name, lang, venue.defaultLanguage).text : hotspot.room,
        url: hotspotUrl(base, venue.id, hotspot.id),
      };
    });
}

function cardSvg(card: Card, x: number, y: number, width: number, height: number): string {
  const { size, d } = qrPath(card.url);
  const scale = CODE_MM / size;
  const cx = x + width / 2;
  const lines = wrapText(card.title, 30, 2);
  const label = [
    ...lines.map((l, i) => `<text x="${cx}" y="${(y + CODE_MM + 5.5 + i * 4.2).toFixed(2)}" class="title">${escapeXml(l)}</text>`),
    `<text x="${cx}" y="${(y + CODE_MM + 5.7 + lines.length * 4.2).toFixed(2)}" class="room">${escapeXml(wrapText(card.room, 40, 1)[0] ?? '')}</text>`,
    `<text x="${cx}" y="${(y + height - 2.5).toFixed(2)}" class="id">${escapeXml(card.hotspot.id)}</text>`,
  ];
  return (
    `<g class="qr-card" data-hotspot="${escapeXml(card.hotspot.id)}" data-url="${escapeXml(card.url)}">` +
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" class="cut"/>` +
    `<path transform="translate(${(cx - CODE_MM / 2).toFixed(3)} ${(y + 1).toFixed(3)}) scale(${scale.toFixed(6)})" data-modules="${size}" d="${d}"/>` +
    label.join('') +
    `</g>`
  );
}

/** The sheet's pages as SVG documents (at least one page when there is a hotspot; none when there is none). */
export function qrSheetPages(venue: Venue, options: { base: string; lang?: string }): string[] {
  const lang = options.lang ?? venue.defaultLanguage;
  const all = cards(venue, options.base, lang);
  const pages: string[] = [];
  const pageCount = Math.ceil(all.length / CODES_PER_PAGE);
  const cellWidth = (PAGE.width - 2 * PAGE.margin) / PAGE.columns;
  const cellHeight = (PAGE.height - 2 * PAGE.margin - PAGE.header - PAGE.footer) / PAGE.rows;
  const text = SHEET_TEXT[lang.split('-')[0] ?? ''] ?? SHEET_TEXT.en!;
  const venueTitle = pickText(venue.title, lang, venue.defaultLanguage).text;
  for (let p = 0; p < pageCount; p++) {
    const body = all.slice(p * CODES_PER_PAGE, (p + 1) * CODES_PER_PAGE).map((card, i) => {
      const x = PAGE.margin + (i % PAGE.columns) * cellWidth;
      const y = PAGE.margin + PAGE.header + Math.floor(i / PAGE.columns) * cellHeight;
      return cardSvg(card, x, y, cellWidth, cellHeight);
    });
    pages.push(
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
        `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE.width}mm" height="${PAGE.height}mm" viewBox="0 0 ${PAGE.width} ${PAGE.height}" xml:lang="${escapeXml(lang)}">\n` +
        `<title>${escapeXml(`${venueTitle}: QR codes (${text.page(p + 1, pageCount)})`)}</title>\n` +
        `<style>text{font-family:"Helvetica Neue",Arial,sans-serif;fill:#000;text-anchor:middle}.title{font-size:3.6px;font-weight:bold}.room{font-size:3px}.id{font-size:2.2px;fill:#555}` +
        `.head{font-size:6px;font-weight:bold;text-anchor:start}.sub{font-size:3.6px;text-anchor:start}.foot{font-size:2.8px;fill:#555}.cut{fill:none;stroke:#aaa;stroke-width:0.2;stroke-dasharray:1.5 1.5}path{fill:#000}</style>\n` +
        `<rect width="${PAGE.width}" height="${PAGE.height}" fill="#fff"/>\n` +
        `<text x="${PAGE.margin}" y="${PAGE.margin + 7}" class="head">${escapeXml(venueTitle)}</text>\n` +
        `<text x="${PAGE.margin}" y="${PAGE.margin + 14}" class="sub">${escapeXml(text.instruction)}</text>\n` +
        body.join('\n') +
        `\n<text x="${PAGE.width / 2}" y="${PAGE.height - PAGE.margin + 2}" class="foot">${escapeXml(text.page(p + 1, pageCount))}</text>\n` +
        `</svg>\n`,
    );
  }
  return pages;
}

/** The file names of `pageCount` pages written for `out`: `out` itself, or `out` numbered before its extension. */
export function pageFileNames(out: string, pageCount: number): string[] {
  if (pageCount === 1) return [out];
  const ext = extname(out) || '.svg';
  const stem = extname(out) ? out.slice(0, -ext.length) : out;
  return Array.from({ length: pageCount }, (_, i) => `${stem}-${i + 1}${ext}`);
}

/** Parsed command line. */
export interface QrArgs {
  dir: string;
  base: string;
  out?: string;
  lang?: string;
}

/** Parses the arguments, or returns the message explaining what is wrong. */
export function parseQrArgs(argv: readonly string[]): QrArgs | string {
  const positional: string[] = [];
  const args: Partial<QrArgs> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--base' || a === '--out' || a === '--lang') {
      const v = argv[++i];
      if (v === undefined || v === '') return `${a} needs a value`;
      args[a.slice(2) as 'base' | 'out' | 'lang'] = v;
    } else if (a.startsWith('-')) {
      return `unknown option ${a}`;
    } else {
      positional.push(a);
    }
  }
  if (positional.length !== 1) return positional.length === 0 ? 'name one venue folder' : `name one venue folder, not ${positional.length}`;
  if (args.base === undefined) return '--base is required: the address of the app the codes open, e.g. --base https://museum.example/visit/';
  if (!isHttpUrl(args.base)) return `--base must be an http: or https: URL, not ${JSON.stringify(args.base)}`;
  return { dir: positional[0]!, base: args.base, ...(args.out !== undefined && { out: args.out }), ...(args.lang !== undefined && { lang: args.lang }) };
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.error(USAGE);
    return 0;
  }
  const args = parseQrArgs(argv);
  if (typeof args === 'string') {
    console.error(`venue:qr: ${args}\n${USAGE}`);
    return 2;
  }
  const loaded = await loadCliVenue(args.dir, { matchFolderName: true });
  if ('problems' in loaded) {
    console.error(`venue:qr: cannot read the venue ${args.dir}:`);
    for (const p of loaded.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  const { venue } = loaded;
  if (args.lang !== undefined && !venue.languages.includes(args.lang)) {
    console.error(`venue:qr: --lang ${args.lang} is not a language of ${venue.id} (${venue.languages.join(', ')})\n${USAGE}`);
    return 2;
  }
  const pages = qrSheetPages(venue, { base: args.base, ...(args.lang !== undefined && { lang: args.lang }) });
  if (pages.length === 0) {
    console.error(`venue:qr: ${venue.id} has no hotspots: there is nothing to print`);
    return 1;
  }
  const files = pageFileNames(args.out ?? `qr-${venue.id}.svg`, pages.length);
  try {
    for (const [i, file] of files.entries()) {
      await mkdir(dirname(resolve(file)), { recursive: true });
      await writeFile(file, pages[i]!);
    }
  } catch (error) {
    console.error(`venue:qr: cannot write: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  for (const file of files) console.log(file);
  console.error(`venue:qr: ${venue.hotspots?.length ?? 0} codes for ${venue.id} on ${pages.length} ${pages.length === 1 ? 'page' : 'pages'}`);
  return 0;
}

runCli(import.meta.url, 'venue-qr.ts', 'venue:qr', main);
