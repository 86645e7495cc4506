import type { Cue } from '../../src/core/media/webvtt.ts';

/**
 * The pure half of the narration tool: splitting a narration into sentences, timing
 * them over the synthesised audio, and reading a WAV file's duration. Kept apart
 * from narrate.ts (which runs espeak-ng and lame) so it can be tested without them.
 */

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['z.B', 'Nr', 'St', 'Mr', 'Mrs', 'Dr', 'ca', 'bzw', 'vgl', 'etc', 'No', 'e.g', 'i.e']);

/**
 * Splits a narration into sentences at ".", "!", "?" or "…" followed by a space.
 * A full stop after a short number ("im 1. Stock") or a known abbreviation does not
 * end a sentence. Closing quotes stay with their sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  let current: string[] = [];
  for (const word of words) {
    current.push(word);
    const bare = word.replace(/["“”„»«’')]+$/u, '');
    if (!/[.!?…]$/u.test(bare)) continue;
    const stem = bare.slice(0, -1);
    if (bare.endsWith('.') && (/^\d{1,2}$/.test(stem) || ABBREVIATIONS.has(stem))) continue;
    sentences.push(current.join(' '));
    current = [];
  }
  if (current.length > 0) sentences.push(current.join(' '));
  return sentences;
}

/**
 * A speech synthesiser pauses between sentences; this many characters' worth of
 * time is added to every sentence's share so that short sentences do not come too
 * early and long ones too late.
 */
const PAUSE_WEIGHT = 6;

/**
 * Captions for a narration: one cue per sentence, the audio's duration shared out
 * in proportion to each sentence's length. Cues follow each other without gaps, so
 * a caption is always showing while the narration plays.
 */
export function narrationCues(text: string, durationS: number): Cue[] {
  if (!(durationS > 0)) throw new Error(`narration: the audio must have a positive duration, not ${durationS}`);
  const sentences = splitSentences(text);
  const weights = sentences.map((s) => s.length + PAUSE_WEIGHT);
  const total = weights.reduce((a, b) => a + b, 0);
  const ms = Math.round(durationS * 1000);
  const cues: Cue[] = [];
  let used = 0;
  let startMs = 0;
  sentences.forEach((sentence, i) => {
    used += weights[i]!;
    const endMs = i === sentences.length - 1 ? ms : Math.round((ms * used) / total);
    cues.push({ start: startMs / 1000, end: endMs / 1000, text: sentence });
    startMs = endMs;
  });
  return cues;
}

/** Duration of PCM audio in a RIFF WAV file, in seconds. */
export function wavDuration(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number): string => String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
  if (bytes.byteLength < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('wav: not a RIFF WAVE file');
  let byteRate = 0;
  let at = 12;
  while (at + 8 <= bytes.byteLength) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ') byteRate = view.getUint32(at + 16, true);
    if (id === 'data') {
      if (byteRate === 0) throw new Error('wav: "data" before "fmt "');
      // Streaming writers (espeak-ng to a pipe) leave the size unset; the rest of the file is the data then.
      const available = bytes.byteLength - (at + 8);
      return Math.min(size, available) / byteRate;
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('wav: no "data" chunk');
}
