import { describe, expect, it } from 'vitest';
import { narrationCues, splitSentences, wavDuration } from '../../../tools/demo/narration.ts';
import { imageSize, narrationUri } from '../../../tools/demo/media.ts';
import { formatWebVtt, parseWebVtt } from '../../../src/core/media/webvtt.ts';

/** A minimal PCM WAV: 16-bit mono at `rate` Hz with `samples` samples; `dataSize` overrides the header's size. */
function wav(rate: number, samples: number, dataSize = samples * 2): Uint8Array {
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  const put = (at: number, s: string): void => [...s].forEach((c, i) => (bytes[at + i] = c.charCodeAt(0)));
  put(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  put(8, 'WAVE');
  put(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  put(36, 'data');
  view.setUint32(40, dataSize, true);
  return bytes;
}

describe('narration captions', () => {
  it('splits sentences, but not after ordinals, abbreviations or inside quotes', () => {
    expect(splitSentences('Willkommen! Wir gehen ins 1. Obergeschoss, z.B. zu Nr. 5 und weiter. Er nannte es „La Mousmé.“ Fertig?  Ja')).toEqual([
      'Willkommen!',
      'Wir gehen ins 1. Obergeschoss, z.B. zu Nr. 5 und weiter.',
      'Er nannte es „La Mousmé.“',
      'Fertig?',
      'Ja',
    ]);
  });

  it('shares the duration out over the sentences by length, without gaps', () => {
    const cues = narrationCues('Short. A much longer second sentence here.', 10);
    expect(cues.map((c) => c.text)).toEqual(['Short.', 'A much longer second sentence here.']);
    expect(cues[0]!.start).toBe(0);
    expect(cues[0]!.end).toBe(cues[1]!.start);
    expect(cues[1]!.end).toBe(10);
    expect(cues[0]!.end).toBeCloseTo((10 * (6 + 6)) / (6 + 6 + 35 + 6), 2);
    expect(parseWebVtt(formatWebVtt(cues))).toEqual(cues);
    expect(() => narrationCues('x', 0)).toThrow(/positive duration/);
  });

  it('reads the length of a WAV file, also when a streaming writer left the size unset', () => {
    expect(wavDuration(wav(22050, 44100))).toBe(2);
    expect(wavDuration(wav(22050, 11025, 0xffffffff))).toBe(0.5);
    expect(() => wavDuration(new Uint8Array(40))).toThrow(/not a RIFF WAVE/);
  });
});

describe('demo media names and sizes', () => {
  it('derives narration file names from the tour id and stop number', () => {
    expect(narrationUri('t-highlights', 0, 'de', 'mp3')).toBe('media/tour-highlights-1.de.mp3');
    expect(narrationUri('t-van-gogh', 4, 'en', 'vtt')).toBe('media/tour-van-gogh-5.en.vtt');
  });

  it('keeps the work’s aspect ratio with 384 px on the long side', () => {
    expect(imageSize({ widthM: 3.073, heightM: 2.286 })).toEqual({ width: 384, height: 286 });
    expect(imageSize({ widthM: 1.48, heightM: 2.54 })).toEqual({ width: 224, height: 384 });
    expect(imageSize({ widthM: 1, heightM: 1 })).toEqual({ width: 384, height: 384 });
  });
});
