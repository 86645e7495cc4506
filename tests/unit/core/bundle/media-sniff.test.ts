import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { contentMismatch } from '../../../../src/core/bundle/index.ts';

const html = strToU8('<!doctype html><html><script>alert(1)</script></html>');
const header = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...strToU8(p)] : p)).concat(new Array<number>(16).fill(0)));

describe('bundle files are checked by their content, not only their extension', () => {
  it.each([
    ['photo.png', header([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
    ['photo.jpg', header([0xff, 0xd8, 0xff, 0xe0])],
    ['photo.jpeg', header([0xff, 0xd8, 0xff, 0xdb])],
    ['photo.webp', header('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['anim.gif', header('GIF89a')],
    ['talk.mp3', header('ID3', [4, 0])],
    ['talk-no-tag.mp3', header([0xff, 0xfb, 0x90, 0x64])],
    ['talk.m4a', header([0, 0, 0, 0x20], 'ftypM4A ')],
    ['talk.ogg', header('OggS')],
    ['captions.vtt', strToU8('WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n')],
    ['captions-bom.vtt', new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('WEBVTT - title\n')])],
    ['scan.glb', header('glTF', [2, 0, 0, 0])],
    ['tileset.json', strToU8('{"asset":{"version":"1.1"}}')],
    ['traces/walk.jsonl', strToU8('{"type":"meta","version":1}\n{"type":"adv","t":1}\n')],
  ])('accepts a real %s', (path, data) => {
    expect(contentMismatch(path, data)).toBeNull();
  });

  it.each(['photo.png', 'photo.jpg', 'photo.webp', 'anim.gif', 'talk.mp3', 'talk.m4a', 'talk.ogg', 'captions.vtt', 'scan.glb', 'tileset.json', 'walk.jsonl'])(
    'refuses an HTML page named %s',
    (path) => {
      expect(contentMismatch(path, html)).toMatch(/is named like a .+ but its content is not one/);
    },
  );

  it('judges the extension case-insensitively', () => {
    expect(contentMismatch('PHOTO.PNG', html)).toMatch(/PNG image/);
  });

  it('leaves formats it does not know unchecked', () => {
    expect(contentMismatch('scan.spz', html)).toBeNull();
    expect(contentMismatch('README', html)).toBeNull();
  });
});
