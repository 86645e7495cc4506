/**
 * Checks a bundle file's content against its extension, by magic bytes. A
 * browser may sniff a file whose name lies (an HTML page named photo.png) and
 * render it as what it really is; refusing the mismatch at import keeps a
 * hostile bundle from smuggling active content in under a media name.
 */

/** What each checked extension must contain; extensions not listed are not checked. */
interface ContentKind {
  label: string;
  matches(data: Uint8Array): boolean;
}

const ascii = (data: Uint8Array, offset: number, text: string): boolean => {
  if (data.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) if (data[offset + i] !== text.charCodeAt(i)) return false;
  return true;
};
const bytes = (data: Uint8Array, offset: number, expected: readonly number[]): boolean =>
  data.length >= offset + expected.length && expected.every((b, i) => data[offset + i] === b);

/** Skips a UTF-8 byte-order mark, which text editors like to add. */
const textStart = (data: Uint8Array): number => (bytes(data, 0, [0xef, 0xbb, 0xbf]) ? 3 : 0);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isJson(data: Uint8Array): boolean {
  try {
    JSON.parse(strictUtf8.decode(data));
    return true;
  } catch {
    return false;
  }
}

/** JSON Lines: UTF-8 text whose first non-blank line is a JSON value (traces are long; one line is enough to tell). */
function isJsonLines(data: Uint8Array): boolean {
  let text: string;
  try {
    text = strictUtf8.decode(data);
  } catch {
    return false;
  }
  const first = text.split('\n').find((line) => line.trim() !== '');
  if (first === undefined) return true;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

const PNG: ContentKind = { label: 'PNG image', matches: (d) => bytes(d, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) };
const JPEG: ContentKind = { label: 'JPEG image', matches: (d) => bytes(d, 0, [0xff, 0xd8, 0xff]) };
const WEBP: ContentKind = { label: 'WebP image', matches: (d) => ascii(d, 0, 'RIFF') && ascii(d, 8, 'WEBP') };
const GIF: ContentKind = { label: 'GIF image', matches: (d) => ascii(d, 0, 'GIF87a') || ascii(d, 0, 'GIF89a') };
const MP3: ContentKind = {
  label: 'MP3 audio',
  // An ID3 tag, or straight into an MPEG audio frame (11 sync bits set).
  matches: (d) => ascii(d, 0, 'ID3') || (d.length >= 2 && d[0] === 0xff && ((d[1] ?? 0) & 0xe0) === 0xe0),
};
const MP4: ContentKind = { label: 'MP4/M4A media', matches: (d) => ascii(d, 4, 'ftyp') };
const OGG: ContentKind = { label: 'Ogg media', matches: (d) => ascii(d, 0, 'OggS') };
const VTT: ContentKind = {
  label: 'WebVTT captions',
  matches: (d) => {
    const at = textStart(d);
    return ascii(d, at, 'WEBVTT') && (d.length === at + 6 || [0x20, 0x09, 0x0a, 0x0d].includes(d[at + 6] ?? -1));
  },
};
const GLB: ContentKind = { label: 'binary glTF (GLB)', matches: (d) => ascii(d, 0, 'glTF') };
const JSON_TEXT: ContentKind = { label: 'JSON', matches: isJson };
const JSON_LINES: ContentKind = { label: 'JSON Lines', matches: isJsonLines };

const BY_EXTENSION: Readonly<Record<string, ContentKind>> = {
  png: PNG,
  jpg: JPEG,
  jpeg: JPEG,
  webp: WEBP,
  gif: GIF,
  mp3: MP3,
  m4a: MP4,
  mp4: MP4,
  ogg: OGG,
  oga: OGG,
  opus: OGG,
  vtt: VTT,
  glb: GLB,
  json: JSON_TEXT,
  gltf: JSON_TEXT,
  jsonl: JSON_LINES,
};

/** The lower-case extension of a path's last segment, or '' when it has none. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * Returns why `data` is not what the extension of `path` promises, or `null`
 * when it is (or when the extension is one we do not check, e.g. .spz, .ktx2).
 */
export function contentMismatch(path: string, data: Uint8Array): string | null {
  const kind = BY_EXTENSION[extensionOf(path)];
  if (kind === undefined || kind.matches(data)) return null;
  return `is named like a ${kind.label} but its content is not one`;
}
