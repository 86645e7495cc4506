import { contentMismatch } from '../../../core/bundle/index.ts';
import { extensionOf } from '../../../core/bundle/media-sniff.ts';
import { parseWebVtt, WebVttError } from '../../../core/media/webvtt.ts';
import { formatOfExtension, sniffMediaFormat, type MediaFileKind } from './media-formats.ts';
import { uniqueMediaPath } from './media-paths.ts';

/**
 * Decides whether a file a curator picked may become an exhibit's image, audio or
 * captions, from its content and size: a renamed program, a text file called
 * .png or a 200 MB recording is refused with a message that says what is wrong
 * and what to do, before anything is stored.
 */

const MB = 1024 * 1024;

/** The largest file of each kind the editor stores, in bytes (a phone downloads every one of them). */
export const MEDIA_FILE_LIMITS: Readonly<Record<MediaFileKind, number>> = {
  image: 15 * MB,
  audio: 50 * MB,
  captions: 1 * MB,
};

/** What a file is being added as: an image or audio item, or the captions of an audio item. */
export type MediaFilePurpose = 'media' | 'captions';

export interface MediaFileCandidate {
  /** The file's name as the curator's system gave it. */
  name: string;
  /** The file's first bytes (at least `SNIFF_BYTES` when the file is that long). */
  bytes: Uint8Array;
  /** The whole file's size in bytes. */
  size: number;
  /** Default 'media'. */
  purpose?: MediaFilePurpose;
  /** Bundle paths in use, lower-cased (`bundlePathsInUse`); the new path avoids them. */
  taken?: ReadonlySet<string>;
}

export type MediaFileVerdict =
  | {
      ok: true;
      kind: MediaFileKind;
      /** The format in words: "a PNG image". */
      label: string;
      /** The MIME type to store the file with. */
      mime: string;
      /** The extension of the stored file (the file's own, lower-cased, or the format's when it had none). */
      extension: string;
      /** The bundle path to store it at: `media/<slug>.<ext>`, unique. */
      path: string;
    }
  | { ok: false; message: string };

const UNKNOWN_CONTENT = 'this file is not a PNG, JPEG, WebP, AVIF or GIF image or an MP3/M4A/Ogg/WebM/WAV audio';

/** A file name for a message: quoted, and cut short when absurdly long. */
const quoted = (name: string): string => `"${name.length > 80 ? `${name.slice(0, 77)}…` : name}"`;

/** "15 MB" for a whole number, else one decimal rounded up ("15.1 MB"), so a file just over the limit does not read as equal to it. */
const megabytes = (bytes: number): string => `${Number.isInteger(bytes / MB) ? bytes / MB : (Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB`;

const HOW_TO_SHRINK: Record<MediaFileKind, string> = {
  image: 'Save it smaller (for example at most 3000 pixels wide, as JPEG or WebP) and add it again.',
  audio: 'Save it with a lower bit rate (for example MP3 at 128 kbit/s) or shorter, and add it again.',
  captions: 'A captions file this large is not captions; check that you picked the right file.',
};

const KIND_WORDS: Record<MediaFileKind, string> = { image: 'images', audio: 'audio files', captions: 'captions files' };

/** The name with its extension replaced: a suggestion for renaming. */
function renamed(name: string, extension: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot <= 0 ? name : name.slice(0, dot)}.${extension}`;
}

/** Decides on one picked file; pure, so every refusal is tested without a browser. */
export function acceptMediaFile(file: MediaFileCandidate): MediaFileVerdict {
  const purpose = file.purpose ?? 'media';
  const name = quoted(file.name);
  if (file.size === 0) return { ok: false, message: `${name} is empty.` };

  const extension = extensionOf(file.name);
  const claimed = extension === '' ? null : formatOfExtension(extension);
  const format = sniffMediaFormat(file.bytes);

  if (format === null) {
    if (purpose === 'captions') return { ok: false, message: `${name} is not a WebVTT captions file: its text must start with "WEBVTT".` };
    const claim = claimed ? `is named like ${claimed.label}, but ` : 'cannot be added: ';
    return { ok: false, message: `${name} ${claim}${UNKNOWN_CONTENT}.` };
  }
  if (purpose === 'media' && format.kind === 'captions') {
    return { ok: false, message: `${name} is a captions file. Add it to an audio item with its "Captions file" button.` };
  }
  if (purpose === 'captions' && format.kind !== 'captions') {
    return { ok: false, message: `${name} is ${format.label}, not a WebVTT captions file (.vtt).` };
  }
  if (extension !== '' && !format.extensions.includes(extension)) {
    const claim = claimed ? `is named like ${claimed.label}` : `has the extension ".${extension}"`;
    return {
      ok: false,
      message: `${name} ${claim}, but its content is ${format.label}. Rename it to ${quoted(renamed(file.name, format.extensions[0]!))} and add it again, or choose another file.`,
    };
  }
  const storedExtension = extension === '' ? format.extensions[0]! : extension;
  // The bundle importer's own check, so an added file always survives export and import.
  const mismatch = contentMismatch(`file.${storedExtension}`, file.bytes);
  if (mismatch !== null) return { ok: false, message: `${name} ${mismatch}.` };

  const limit = MEDIA_FILE_LIMITS[format.kind];
  if (file.size > limit) {
    return { ok: false, message: `${name} is ${megabytes(file.size)}; ${KIND_WORDS[format.kind]} may be at most ${megabytes(limit)}. ${HOW_TO_SHRINK[format.kind]}` };
  }
  return {
    ok: true,
    kind: format.kind,
    label: format.label,
    mime: format.mime,
    extension: storedExtension,
    path: uniqueMediaPath(file.name, storedExtension, file.taken ?? new Set()),
  };
}

/**
 * Why the whole text of a captions file cannot be shown as captions, or null.
 * The header alone (checked by {@link acceptMediaFile}) does not make a usable
 * file: a broken timing line would silently lose every caption after it.
 */
export function captionsTextProblem(name: string, text: string): string | null {
  try {
    const cues = parseWebVtt(text);
    return cues.length === 0 ? `${quoted(name)} has no captions in it (no timed lines such as "00:01.000 --> 00:04.000").` : null;
  } catch (error) {
    const detail = error instanceof WebVttError ? error.message : String(error);
    return `${quoted(name)} is not a usable WebVTT file: ${detail}.`;
  }
}
