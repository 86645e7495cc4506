import { contentMismatch } from '../../../core/bundle/index.ts';

/**
 * The media file formats an exhibit may carry, recognised by their content (magic
 * bytes), never by the name or the type the browser guesses from it. The formats
 * the bundle importer checks are recognised with its own sniffing
 * (`contentMismatch`), so a file accepted here is never refused at import; AVIF,
 * WebM and WAV, which the importer does not check, get their signatures here.
 */

/** What a media file is for in a hotspot. */
export type MediaFileKind = 'image' | 'audio' | 'captions';

/** One recognised format. */
export interface MediaFormat {
  /** In words with its article, for messages: "a PNG image", "an MP3 audio file". */
  label: string;
  kind: MediaFileKind;
  /** The MIME type the file is stored with (the browser's guess may be wrong). */
  mime: string;
  /** Lower-case extensions a file of this format may have; the first is used when a name has none. */
  extensions: readonly string[];
  matches(bytes: Uint8Array): boolean;
}

/** How many leading bytes the format checks need (an ISO brand list, a WebM header). */
export const SNIFF_BYTES = 4096;

const ascii = (data: Uint8Array, offset: number, text: string): boolean => {
  if (data.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) if (data[offset + i] !== text.charCodeAt(i)) return false;
  return true;
};

/** Content check of the bundle importer for an extension it knows. */
const importerAccepts = (extension: string) => (bytes: Uint8Array): boolean =>
  bytes.length > 0 && contentMismatch(`sniff.${extension}`, bytes) === null;

/** The major and compatible brands of an ISO base media file (MP4, M4A, AVIF, HEIC), or [] when it is not one. */
function isoBrands(bytes: Uint8Array): string[] {
  if (!ascii(bytes, 4, 'ftyp') || bytes.length < 12) return [];
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(boxSize, bytes.length);
  const brand = (at: number) => String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
  const brands = [brand(8)];
  // Bytes 12–15 are the minor version; compatible brands follow.
  for (let at = 16; at + 4 <= end; at += 4) brands.push(brand(at));
  return brands;
}

const AVIF_BRANDS = new Set(['avif', 'avis']);
/** Brands of still images and image sequences, which are not audio even though they are ISO files like M4A. */
const IMAGE_BRANDS = new Set([...AVIF_BRANDS, 'heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1']);

const isAvif = (bytes: Uint8Array): boolean => isoBrands(bytes).some((b) => AVIF_BRANDS.has(b));
const isIsoAudio = (bytes: Uint8Array): boolean => importerAccepts('m4a')(bytes) && !isoBrands(bytes).some((b) => IMAGE_BRANDS.has(b));

/** WebM: an EBML header whose DocType (within the first bytes) is "webm". */
function isWebm(bytes: Uint8Array): boolean {
  if (!(bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3)) return false;
  const end = Math.min(bytes.length, 64);
  for (let at = 4; at + 4 <= end; at++) if (ascii(bytes, at, 'webm')) return true;
  return false;
}

const isWav = (bytes: Uint8Array): boolean => ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WAVE');

/**
 * Every accepted format, in the order they are tried: AVIF before M4A (both are
 * ISO files), images before MP3 (whose frame-sync check is loose).
 */
export const MEDIA_FORMATS: readonly MediaFormat[] = [
  { label: 'a PNG image', kind: 'image', mime: 'image/png', extensions: ['png'], matches: importerAccepts('png') },
  { label: 'a JPEG image', kind: 'image', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], matches: importerAccepts('jpg') },
  { label: 'a WebP image', kind: 'image', mime: 'image/webp', extensions: ['webp'], matches: importerAccepts('webp') },
  { label: 'an AVIF image', kind: 'image', mime: 'image/avif', extensions: ['avif'], matches: isAvif },
  { label: 'a GIF image', kind: 'image', mime: 'image/gif', extensions: ['gif'], matches: importerAccepts('gif') },
  { label: 'an MP3 audio file', kind: 'audio', mime: 'audio/mpeg', extensions: ['mp3'], matches: importerAccepts('mp3') },
  { label: 'an M4A audio file', kind: 'audio', mime: 'audio/mp4', extensions: ['m4a', 'mp4'], matches: isIsoAudio },
  { label: 'an Ogg audio file', kind: 'audio', mime: 'audio/ogg', extensions: ['ogg', 'oga', 'opus'], matches: importerAccepts('ogg') },
  { label: 'a WebM audio file', kind: 'audio', mime: 'audio/webm', extensions: ['webm', 'weba'], matches: isWebm },
  { label: 'a WAV audio file', kind: 'audio', mime: 'audio/wav', extensions: ['wav'], matches: isWav },
  { label: 'a WebVTT captions file', kind: 'captions', mime: 'text/vtt', extensions: ['vtt'], matches: importerAccepts('vtt') },
];

/** The format `bytes` (a file's first bytes) are in, or null when it is none of {@link MEDIA_FORMATS}. */
export function sniffMediaFormat(bytes: Uint8Array): MediaFormat | null {
  return MEDIA_FORMATS.find((format) => format.matches(bytes)) ?? null;
}

/** The format a file named with `extension` claims to be, or null for an extension of none of them. */
export function formatOfExtension(extension: string): MediaFormat | null {
  const ext = extension.toLowerCase();
  return MEDIA_FORMATS.find((format) => format.extensions.includes(ext)) ?? null;
}

/** The `accept` list of the "Add image or audio…" file input: MIME types and extensions, as some systems know only one. */
export const MEDIA_INPUT_ACCEPT = [
  'image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/gif',
  'audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/webm', 'audio/wav',
  ...MEDIA_FORMATS.filter((f) => f.kind !== 'captions').flatMap((f) => f.extensions.map((e) => `.${e}`)),
].join(',');

/** The `accept` list of a captions file input. */
export const CAPTIONS_INPUT_ACCEPT = 'text/vtt,.vtt';
