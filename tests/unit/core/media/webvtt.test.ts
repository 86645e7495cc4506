import { describe, expect, it } from 'vitest';
import { cueAt, cueTextToPlain, formatWebVtt, parseTimestamp, parseWebVtt, WebVttError, type Cue } from '../../../../src/core/media/webvtt.ts';

describe('WebVTT timestamps', () => {
  it.each([
    ['00:00.000', 0],
    ['01:02.5', 62.5],
    ['00:01:02.250', 62.25],
    ['1:00:00.001', 3600.001],
    ['00:00:05,120', 5.12],
  ])('reads %s', (text, seconds) => {
    expect(parseTimestamp(text)).toBeCloseTo(seconds, 6);
  });

  it.each(['', '5', '00:60.000', '00:00:61.000', '1:2:3', '00:00:01', 'aa:bb.ccc', '00:00.0000'])('refuses %j', (text) => {
    expect(parseTimestamp(text)).toBeNull();
  });
});

describe('parseWebVtt', () => {
  it('reads the variants real files use', () => {
    const vtt = [
      '\uFEFFWEBVTT - narration of stop 1',
      'Kind: captions',
      'Language: de',
      '',
      'NOTE written by hand,',
      'over two lines',
      '',
      'STYLE',
      '::cue { color: yellow }',
      '',
      'intro',
      '00:00.000 --> 00:02.500 align:start position:10%',
      '<v Guide>Willkommen</v> im <i>Demo-Museum</i>!',
      '',
      '',
      '00:00:02.500 --> 00:00:05.000',
      'Zwei Zeilen,',
      '  &amp; ein &lt;Zeichen&gt; &#8211; &#x2013; &bogus; &',
      '3',
      '00:05.000 --> 00:07.000',
      'Ohne Leerzeile davor',
    ].join('\r\n');
    expect(parseWebVtt(vtt)).toEqual([
      { start: 0, end: 2.5, text: 'Willkommen im Demo-Museum!' },
      { start: 2.5, end: 5, text: 'Zwei Zeilen,\n  & ein <Zeichen> – – &bogus; &\n3' },
      { start: 5, end: 7, text: 'Ohne Leerzeile davor' },
    ]);
  });

  it('accepts an empty file with only the header, and sorts cues by start', () => {
    expect(parseWebVtt('WEBVTT')).toEqual([]);
    expect(parseWebVtt('WEBVTT\n\n00:02.000 --> 00:03.000\nb\n\n00:00.000 --> 00:01.000\na\n').map((c) => c.text)).toEqual(['a', 'b']);
  });

  it('keeps an unclosed "<" as text rather than dropping the rest of the line', () => {
    // A "<" that is closed later reads as a tag, as in browsers: files must write "&lt;".
    expect(cueTextToPlain('1 < 2 and <b>bold</b>')).toBe('1 bold');
    expect(cueTextToPlain('a <b>b</b> c < d')).toBe('a b c < d');
  });

  it.each([
    ['no header', '1\n00:00.000 --> 00:01.000\nHello', 1, /must start with "WEBVTT"/],
    ['an SRT file', '1\r\n00:00:00,000 --> 00:00:01,000\r\nHello\r\n', 1, /must start with "WEBVTT"/],
    ['HTML', '<!doctype html><html><body>404</body></html>', 1, /must start with "WEBVTT"/],
    ['a header word run on', 'WEBVTTX\n', 1, /must start/],
    ['a missing timing line', 'WEBVTT\n\nid\nHello\n', 4, /expected a cue timing line/],
    ['a bad start time', 'WEBVTT\n\n00:0x.000 --> 00:01.000\nHello', 3, /start time "00:0x.000"/],
    ['a bad end time', 'WEBVTT\n\n00:00.000 --> soon\nHello', 3, /end time "soon"/],
    ['an end before the start', 'WEBVTT\n\n00:02.000 --> 00:01.000\nHello', 3, /ends \(00:01.000\) before it starts/],
  ])('refuses %s with a message naming the line', (_name, text, line, message) => {
    let error: unknown;
    try {
      parseWebVtt(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WebVttError);
    expect((error as WebVttError).line).toBe(line);
    expect((error as WebVttError).message).toMatch(message);
    expect((error as WebVttError).message).toMatch(new RegExp(`^WebVTT line ${line}: `));
  });

  it('refuses a file that is too large, and parses a big one in linear time', () => {
    expect(() => parseWebVtt('WEBVTT\n' + 'x'.repeat(5_000_000))).toThrow(/larger than/);
    const cue = (n: number): string => `${n}\n00:${String(n % 60).padStart(2, '0')}.000 --> 00:${String(n % 60).padStart(2, '0')}.500\n<v A>line ${n} &amp; more</v>\n`;
    const big = 'WEBVTT\n\n' + Array.from({ length: 40_000 }, (_, n) => cue(n)).join('\n');
    const t0 = performance.now();
    expect(parseWebVtt(big)).toHaveLength(40_000);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(cueTextToPlain('<'.repeat(100_000))).toBe('<'.repeat(100_000));
  });
});

describe('cueAt', () => {
  const cues: Cue[] = [
    { start: 0, end: 2, text: 'a' },
    { start: 2, end: 4, text: 'b' },
    { start: 5, end: 9, text: 'c' },
    { start: 6, end: 7, text: 'd (overlaps c)' },
  ];

  it.each([
    [0, 'a'],
    [1.999, 'a'],
    [2, 'b'],
    [4.5, null],
    [5, 'c'],
    [6.5, 'd (overlaps c)'],
    [7, 'c'],
    [9, null],
    [-1, null],
    [Number.NaN, null],
  ])('at %s s shows %s', (t, text) => {
    expect(cueAt(cues, t)?.text ?? null).toBe(text);
  });

  it('finds nothing in no cues', () => {
    expect(cueAt([], 1)).toBeNull();
  });
});

describe('formatWebVtt', () => {
  it('writes a file that reads back to the same cues, escaping markup', () => {
    const cues: Cue[] = [
      { start: 0, end: 1.234, text: 'Tom & Jerry <3 --> here' },
      { start: 3661.5, end: 3662, text: 'late' },
    ];
    const text = formatWebVtt(cues);
    expect(text).toBe('WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.234\nTom &amp; Jerry &lt;3 --&gt; here\n\n2\n01:01:01.500 --> 01:01:02.000\nlate\n');
    expect(parseWebVtt(text)).toEqual(cues);
  });
});
