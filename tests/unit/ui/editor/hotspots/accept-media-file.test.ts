import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptMediaFile, captionsTextProblem, MEDIA_FILE_LIMITS } from '../../../../../src/ui/editor/hotspots/accept-media-file.ts';
import { MEDIA_INPUT_ACCEPT, sniffMediaFormat } from '../../../../../src/ui/editor/hotspots/media-formats.ts';
import { contentMismatch } from '../../../../../src/core/bundle/index.ts';
import { ROOT } from '../../../../helpers/fixtures.ts';

const MB = 1024 * 1024;
const text = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: (number[] | string)[]): Uint8Array => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? text(p) : p)));
const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

/** The signature and the start of the IHDR chunk of a real PNG. */
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], u32(13), 'IHDR', u32(640), u32(480), [8, 6, 0, 0, 0]);
/** A JFIF JPEG's start of image and APP0 segment. */
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
/** An MP3 with an ID3v2.4 tag in front. */
const MP3_ID3 = bytes('ID3', [4, 0, 0, 0, 0, 0, 10], [0xff, 0xfb, 0x90, 0x64]);
/** An MP3 starting straight with an MPEG-1 Layer III frame header. */
const MP3_FRAME = bytes([0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0]);
/** A Windows program: "MZ" and the DOS stub. */
const EXE = bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff], 'This program cannot be run in DOS mode.');
const AVIF = bytes(u32(28), 'ftyp', 'avif', u32(0), 'avif', 'mif1', 'miaf');
const M4A = bytes(u32(28), 'ftyp', 'M4A ', u32(0), 'M4A ', 'mp42', 'isom');
const HEIC = bytes(u32(24), 'ftyp', 'heic', u32(0), 'mif1', 'heic');
const WAV = bytes('RIFF', u32(1000), 'WAVE', 'fmt ');
const WEBM = bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], 'webm', [0x42, 0x87, 0x81, 0x04]);
const VTT = bytes('WEBVTT\n\n00:00.000 --> 00:02.500\nGuten Tag.\n');

const accept = (name: string, data: Uint8Array, size = data.length, purpose: 'media' | 'captions' = 'media', taken = new Set<string>()) =>
  acceptMediaFile({ name, bytes: data, size, purpose, taken });

describe('acceptMediaFile: real files by their content', () => {
  it('accepts a PNG, a JPEG and two kinds of MP3 with kind, extension, MIME type and a media/ path', () => {
    expect(accept('Mona Lisa.PNG', PNG)).toEqual({ ok: true, kind: 'image', label: 'a PNG image', mime: 'image/png', extension: 'png', path: 'media/mona-lisa.png' });
    expect(accept('foto.jpeg', JPEG)).toMatchObject({ ok: true, kind: 'image', mime: 'image/jpeg', extension: 'jpeg', path: 'media/foto.jpeg' });
    expect(accept('Führung 1.mp3', MP3_ID3)).toMatchObject({ ok: true, kind: 'audio', mime: 'audio/mpeg', path: 'media/fuhrung-1.mp3' });
    expect(accept('raw.mp3', MP3_FRAME)).toMatchObject({ ok: true, kind: 'audio', extension: 'mp3' });
  });

  it('accepts the formats the bundle importer does not check (AVIF, WebM, WAV) and M4A, by their own signatures', () => {
    expect(accept('a.avif', AVIF)).toMatchObject({ ok: true, kind: 'image', mime: 'image/avif' });
    expect(accept('a.m4a', M4A)).toMatchObject({ ok: true, kind: 'audio', mime: 'audio/mp4' });
    expect(accept('a.wav', WAV)).toMatchObject({ ok: true, kind: 'audio', mime: 'audio/wav' });
    expect(accept('a.webm', WEBM)).toMatchObject({ ok: true, kind: 'audio', mime: 'audio/webm' });
  });

  it('accepts the demo museum’s own media files', () => {
    const media = join(ROOT, 'scenes', 'demo-museum', 'media');
    const png = new Uint8Array(readFileSync(join(media, 'h-self-portrait.png')));
    const mp3 = new Uint8Array(readFileSync(join(media, 'tour-highlights-1.de.mp3')));
    expect(accept('h-self-portrait.png', png.slice(0, 4096), png.length)).toMatchObject({ ok: true, kind: 'image' });
    expect(accept('tour.de.mp3', mp3.slice(0, 4096), mp3.length)).toMatchObject({ ok: true, kind: 'audio' });
  });

  it('gives a file without an extension the extension of its content', () => {
    expect(accept('scan0001', JPEG)).toMatchObject({ ok: true, extension: 'jpg', path: 'media/scan0001.jpg' });
  });

  it('never accepts a file the bundle importer would refuse for its content', () => {
    for (const [name, data] of [['a.png', PNG], ['a.jpg', JPEG], ['a.mp3', MP3_ID3], ['a.m4a', M4A], ['a.vtt', VTT]] as const) {
      const verdict = accept(name, data, data.length, name.endsWith('.vtt') ? 'captions' : 'media');
      expect(verdict.ok).toBe(true);
      if (verdict.ok) expect(contentMismatch(verdict.path, data)).toBeNull();
    }
  });
});

describe('acceptMediaFile: refusals say what is wrong', () => {
  it('refuses a text file named .png, saying it is not any accepted image or audio', () => {
    const verdict = accept('notes.png', bytes('Shopping list:\n- milk\n- bread\n'));
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.message).toContain('"notes.png" is named like a PNG image');
      expect(verdict.message).toContain('this file is not a PNG, JPEG, WebP, AVIF or GIF image or an MP3/M4A/Ogg/WebM/WAV audio');
    }
  });

  it('refuses a program renamed .jpg', () => {
    const verdict = accept('holiday.jpg', EXE);
    expect(verdict).toEqual({ ok: false, message: expect.stringContaining('this file is not a PNG, JPEG, WebP, AVIF or GIF image') });
  });

  it('refuses a real PNG named .jpg, and says what to rename it to', () => {
    const verdict = accept('photo.jpg', PNG);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.message).toBe('"photo.jpg" is named like a JPEG image, but its content is a PNG image. Rename it to "photo.png" and add it again, or choose another file.');
  });

  it('refuses a known content under a foreign extension, and an HEIC photo passed off as M4A audio', () => {
    expect(accept('track.txt', MP3_ID3)).toMatchObject({ ok: false, message: expect.stringContaining('has the extension ".txt", but its content is an MP3 audio file') });
    expect(accept('photo.m4a', HEIC)).toMatchObject({ ok: false, message: expect.stringContaining('this file is not a PNG') });
  });

  it('refuses files over the size limit of their kind, naming both sizes', () => {
    expect(MEDIA_FILE_LIMITS).toEqual({ image: 15 * MB, audio: 50 * MB, captions: 1 * MB });
    expect(accept('big.png', PNG, 15 * MB)).toMatchObject({ ok: true });
    const image = accept('big.png', PNG, 15 * MB + 1);
    expect(image).toMatchObject({ ok: false, message: expect.stringContaining('"big.png" is 15.1 MB; images may be at most 15 MB.') });
    // 20 MB is fine for audio, whose limit is larger.
    expect(accept('long.mp3', MP3_ID3, 20 * MB)).toMatchObject({ ok: true });
    expect(accept('long.mp3', MP3_ID3, 51 * MB)).toMatchObject({ ok: false, message: expect.stringContaining('audio files may be at most 50 MB') });
    expect(accept('huge.vtt', VTT, 2 * MB, 'captions')).toMatchObject({ ok: false, message: expect.stringContaining('captions files may be at most 1 MB') });
  });

  it('refuses an empty file', () => {
    expect(accept('empty.png', new Uint8Array(0), 0)).toEqual({ ok: false, message: '"empty.png" is empty.' });
  });
});

describe('acceptMediaFile: captions', () => {
  it('accepts a WebVTT file as captions (with a byte-order mark too)', () => {
    expect(accept('Führung.de.vtt', VTT, VTT.length, 'captions')).toEqual({ ok: true, kind: 'captions', label: 'a WebVTT captions file', mime: 'text/vtt', extension: 'vtt', path: 'media/fuhrung-de.vtt' });
    expect(accept('bom.vtt', bytes([0xef, 0xbb, 0xbf], 'WEBVTT\n'), 10, 'captions')).toMatchObject({ ok: true });
  });

  it('refuses captions that are not WebVTT, and media offered as captions or captions as media', () => {
    expect(accept('subs.vtt', bytes('1\n00:00:01,000 --> 00:00:02,000\nHi\n'), 40, 'captions')).toMatchObject({ ok: false, message: expect.stringContaining('is not a WebVTT captions file') });
    expect(accept('song.mp3', MP3_ID3, MP3_ID3.length, 'captions')).toMatchObject({ ok: false, message: '"song.mp3" is an MP3 audio file, not a WebVTT captions file (.vtt).' });
    expect(accept('a.vtt', VTT)).toMatchObject({ ok: false, message: expect.stringContaining('Add it to an audio item') });
  });

  it('checks the whole captions text, naming the broken line', () => {
    expect(captionsTextProblem('a.vtt', 'WEBVTT\n\n00:00.000 --> 00:02.500\nGuten Tag.\n')).toBeNull();
    expect(captionsTextProblem('a.vtt', 'WEBVTT\n\n00:00.000 --> soon\nGuten Tag.\n')).toMatch(/^"a.vtt" is not a usable WebVTT file: WebVTT line 3: cannot read the end time/);
    expect(captionsTextProblem('a.vtt', 'WEBVTT\n')).toContain('has no captions in it');
  });
});

describe('media formats', () => {
  it('recognises nothing in random text, and the input accepts every format by MIME type', () => {
    expect(sniffMediaFormat(bytes('hello world'))).toBeNull();
    for (const type of ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/gif', 'audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/webm', 'audio/wav']) {
      expect(MEDIA_INPUT_ACCEPT.split(',')).toContain(type);
    }
  });
});
