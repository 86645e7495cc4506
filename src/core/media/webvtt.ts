/**
 * WebVTT captions (https://www.w3.org/TR/webvtt1/) for audio media and tour
 * narration. The app shows captions itself (an `<audio>` element has no caption
 * area), so it needs the cues as data: when each line is spoken, and its text.
 *
 * Tolerant where real files vary (a byte-order mark, header metadata, optional cue
 * ids, hours or no hours, a comma for the decimal point, cue settings, NOTE, STYLE
 * and REGION blocks, markup inside cue text), strict where a file is simply not
 * captions: the error names the line, so a curator can fix it. Linear in the
 * length of the file; no regular expression runs over more than one line.
 */

/** One caption: shown from `start` (inclusive) to `end` (exclusive), in seconds. */
export interface Cue {
  start: number;
  end: number;
  /** Plain text: markup removed, entities decoded, lines joined by "\n". */
  text: string;
}

/** A WebVTT file that cannot be read, with the 1-based line where it went wrong. */
export class WebVttError extends Error {
  override name = 'WebVttError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`WebVTT line ${line}: ${message}`);
  }
}

/** Longest file the parser accepts: a caption file for an hour of speech is about 100 KB. */
export const MAX_WEBVTT_CHARS = 4 * 1024 * 1024;

const TIMESTAMP = /^(?:(\d{1,4}):)?(\d{1,2}):(\d{2})[.,](\d{1,3})$/;

/** Parses `hh:mm:ss.ttt` or `mm:ss.ttt` into seconds, or null. */
export function parseTimestamp(text: string): number | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const hours = m[1] === undefined ? 0 : Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  if (minutes > 59 || seconds > 59) return null;
  // "1.5" means 1.500 s, as a hand-written file would mean it. Counting in whole
  // milliseconds keeps 2.264 exactly 2264 / 1000, as a writer computed it.
  const millis = Number(m[4]!.padEnd(3, '0'));
  return ((hours * 3600 + minutes * 60 + seconds) * 1000 + millis) / 1000;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f' };

/** Removes `<v Speaker>`, `<i>`, `<c.loud>`, `<00:01.000>` and other tags; decodes character references. */
export function cueTextToPlain(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const lt = raw.indexOf('<', i);
    const amp = raw.indexOf('&', i);
    const next = lt === -1 ? amp : amp === -1 ? lt : Math.min(lt, amp);
    if (next === -1) {
      out += raw.slice(i);
      break;
    }
    out += raw.slice(i, next);
    if (next === lt) {
      const gt = raw.indexOf('>', lt);
      if (gt === -1) {
        out += raw.slice(lt); // an unclosed "<" is text, not the start of a tag that eats the rest
        break;
      }
      i = gt + 1;
    } else {
      const semi = raw.indexOf(';', amp);
      const name = semi === -1 || semi - amp > 10 ? null : raw.slice(amp + 1, semi);
      const decoded = name === null ? undefined : name.startsWith('#') ? numericReference(name.slice(1)) : ENTITIES[name];
      if (decoded === undefined) {
        out += '&';
        i = amp + 1;
      } else {
        out += decoded;
        i = semi + 1;
      }
    }
  }
  return out;
}

function numericReference(digits: string): string | undefined {
  const code = /^[xX][0-9a-fA-F]{1,6}$/.test(digits) ? parseInt(digits.slice(1), 16) : /^[0-9]{1,7}$/.test(digits) ? Number(digits) : NaN;
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/** Reads a timing line "start --> end [settings]"; throws with the line number when it is malformed. */
function parseTiming(line: string, lineNo: number): { start: number; end: number } {
  const arrow = line.indexOf('-->');
  const startText = line.slice(0, arrow).trim();
  const rest = line.slice(arrow + 3).trimStart();
  const space = rest.search(/[ \t]/);
  const endText = space === -1 ? rest : rest.slice(0, space);
  const start = parseTimestamp(startText);
  const end = parseTimestamp(endText);
  if (start === null) throw new WebVttError(`cannot read the start time ${JSON.stringify(startText.slice(0, 40))} (expected hh:mm:ss.ttt or mm:ss.ttt)`, lineNo);
  if (end === null) throw new WebVttError(`cannot read the end time ${JSON.stringify(endText.slice(0, 40))} (expected hh:mm:ss.ttt or mm:ss.ttt)`, lineNo);
  if (end <= start) throw new WebVttError(`the cue ends (${endText}) before it starts (${startText})`, lineNo);
  return { start, end };
}

/**
 * Parses a WebVTT file into cues sorted by start time. Throws {@link WebVttError}
 * when the text is not WebVTT (no "WEBVTT" header), when a timing line is
 * malformed, or when the file is larger than {@link MAX_WEBVTT_CHARS}.
 */
export function parseWebVtt(source: string): Cue[] {
  if (source.length > MAX_WEBVTT_CHARS) throw new WebVttError(`the file is larger than ${MAX_WEBVTT_CHARS} characters`, 1);
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const header = lines[0] ?? '';
  if (!/^WEBVTT(?:[ \t]|$)/.test(header)) {
    throw new WebVttError(`a WebVTT file must start with "WEBVTT", not ${JSON.stringify(header.slice(0, 40))}`, 1);
  }
  const cues: Cue[] = [];
  let i = 1;
  // Header metadata ("Kind: captions", "Language: de") runs to the first blank line.
  while (i < lines.length && lines[i]!.trim() !== '') i++;

  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    if (i >= lines.length) break;
    const first = lines[i]!;
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first) && !first.includes('-->')) {
      while (i < lines.length && lines[i]!.trim() !== '') i++;
      continue;
    }
    // An optional cue identifier, then the timing line.
    let timingIndex = i;
    if (!first.includes('-->')) {
      timingIndex = i + 1;
      const timing = lines[timingIndex];
      if (timing === undefined || !timing.includes('-->')) {
        throw new WebVttError(`expected a cue timing line "start --> end" after ${JSON.stringify(first.slice(0, 40))}`, timingIndex + 1);
      }
    }
    const { start, end } = parseTiming(lines[timingIndex]!, timingIndex + 1);
    i = timingIndex + 1;
    const text: string[] = [];
    // Cue text ends at a blank line, or (as browsers read it) at a line holding "-->".
    while (i < lines.length && lines[i]!.trim() !== '' && !lines[i]!.includes('-->')) {
      text.push(cueTextToPlain(lines[i]!));
      i++;
    }
    cues.push({ start, end, text: text.join('\n').trim() });
  }
  // The format requires cues in start order; a stable sort forgives files that are not.
  return cues.sort((a, b) => a.start - b.start);
}

/**
 * The cue showing at time `t` (seconds), or null in a gap. When cues overlap, the
 * one that started last wins: it is the line the listener has just heard begin.
 * `cues` must be sorted by start, as {@link parseWebVtt} returns them.
 */
export function cueAt(cues: readonly Cue[], t: number): Cue | null {
  if (!Number.isFinite(t)) return null;
  // Binary search for the last cue that has started.
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cues[mid]!.start <= t) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    if (t < cues[k]!.end) return cues[k]!;
  }
  return null;
}

/** Writes cues as a WebVTT file (used by the tools that make narration captions). */
export function formatWebVtt(cues: readonly Cue[]): string {
  const stamp = (s: number): string => {
    const ms = Math.round(s * 1000);
    const pad = (n: number, w: number): string => String(n).padStart(w, '0');
    return `${pad(Math.floor(ms / 3_600_000), 2)}:${pad(Math.floor(ms / 60_000) % 60, 2)}:${pad(Math.floor(ms / 1000) % 60, 2)}.${pad(ms % 1000, 3)}`;
  };
  const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;'); // also defuses "-->"
  const blocks = cues.map((c, n) => `${n + 1}\n${stamp(c.start)} --> ${stamp(c.end)}\n${escape(c.text)}`);
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
