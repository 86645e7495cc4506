import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../../src/core/editing/index.ts';
import type { HotspotMedia } from '../../../../../src/core/venue/index.ts';
import {
  languagesWithoutAlt,
  mediaUriFor,
  moveMediaItem,
  removeMediaItem,
  replaceMediaItem,
  withAlt,
  withCaptions,
  withCredit,
  type AudioMedia,
  type ImageMedia,
} from '../../../../../src/ui/editor/hotspots/media-edits.ts';
import { demoMuseum } from '../../../../helpers/fixtures.ts';

const image: ImageMedia = { kind: 'image', uri: 'media/a.png', alt: { de: 'Ein Bild' } };
const audio: AudioMedia = { kind: 'audio', uri: { de: 'media/a.de.mp3', en: 'media/a.en.mp3' }, captions: { de: 'media/a.de.vtt' } };
const list: HotspotMedia[] = [image, audio, { kind: 'image', uri: 'media/b.png' }];

describe('media list edits', () => {
  it('moves, removes and replaces items without touching the input', () => {
    expect(moveMediaItem(list, 0, 2)).toEqual([audio, list[2], image]);
    expect(moveMediaItem(list, 2, 0)[0]).toBe(list[2]);
    expect(moveMediaItem(list, 1, 99)[2]).toBe(audio);
    expect(removeMediaItem(list, 1)).toEqual([image, list[2]]);
    expect(replaceMediaItem(list, 0, list[2]!)).toEqual([list[2], audio, list[2]]);
    expect(list).toEqual([image, audio, { kind: 'image', uri: 'media/b.png' }]);
  });

  it('sets and removes alt text per language, dropping an empty alt record', () => {
    expect(withAlt(image, 'en', 'A picture').alt).toEqual({ de: 'Ein Bild', en: 'A picture' });
    expect(withAlt(image, 'de', '')).toEqual({ kind: 'image', uri: 'media/a.png' });
  });

  it('sets and removes a credit and captions per language', () => {
    expect(withCredit(image, 'Foto: Anna').credit).toBe('Foto: Anna');
    expect('credit' in withCredit({ ...image, credit: 'x' }, '')).toBe(false);
    expect(withCaptions(audio, 'en', 'media/a.en.vtt').captions).toEqual({ de: 'media/a.de.vtt', en: 'media/a.en.vtt' });
    expect('captions' in withCaptions(audio, 'de', null)).toBe(false);
  });

  it('picks the file of the language being written, falling back to the default language', () => {
    expect(mediaUriFor(image, 'en', 'de')).toEqual({ uri: 'media/a.png', lang: null, fallback: false });
    expect(mediaUriFor(audio, 'en', 'de')).toEqual({ uri: 'media/a.en.mp3', lang: 'en', fallback: false });
    expect(mediaUriFor({ ...audio, uri: { de: 'media/a.de.mp3' } }, 'en', 'de')).toEqual({ uri: 'media/a.de.mp3', lang: 'de', fallback: true });
  });

  it('names the languages an image has no alt text in (blank counts as none)', () => {
    expect(languagesWithoutAlt(image, ['de', 'en'])).toEqual(['en']);
    expect(languagesWithoutAlt({ ...image, alt: { de: '  ', en: 'x' } }, ['de', 'en'])).toEqual(['de']);
  });

  it('produces lists the setHotspotMedia command accepts', () => {
    const venue = demoMuseum();
    const hotspot = venue.hotspots![0]!;
    const first = hotspot.media![0]!;
    if (first.kind !== 'image') throw new Error('the demo’s first medium should be an image');
    const media = moveMediaItem(replaceMediaItem(hotspot.media!, 0, withCredit(withAlt(first, 'en', ''), 'Foto')), 0, 1);
    const result = applyCommand(venue, { type: 'setHotspotMedia', id: hotspot.id, media });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.venue.hotspots![0]!.media![1]).toMatchObject({ kind: 'image', credit: 'Foto', alt: { de: first.alt!.de } });
  });
});
