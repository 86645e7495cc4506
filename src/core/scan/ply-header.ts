import { ScanFormatError } from './errors.ts';

/**
 * The PLY header (Stanford polygon format): the text before `end_header` that
 * declares the body's encoding, its elements (vertex, face, …) and each
 * element's properties. Shared by the scan importer and by anything in the app
 * that reads PLY splats, so both agree on what a file holds.
 */

/** The numeric types PLY declares, by their canonical name. */
export type PlyScalarType = 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'float32' | 'float64';

/** A property of an element: one number per row, or a list of them (a face's vertex indices). */
export type PlyProperty =
  | { name: string; kind: 'scalar'; type: PlyScalarType }
  | { name: string; kind: 'list'; countType: PlyScalarType; itemType: PlyScalarType };

/** One `element` of the header: how many rows the body holds and what each row has. */
export interface PlyElement {
  name: string;
  count: number;
  properties: PlyProperty[];
}

/** A parsed PLY header. */
export interface PlyHeader {
  format: 'ascii' | 'binary_little_endian' | 'binary_big_endian';
  elements: PlyElement[];
  comments: string[];
  /** Byte offset where the body starts (just after `end_header` and its line break). */
  bodyOffset: number;
}

/** Bytes of a PLY scalar type. */
export const PLY_TYPE_BYTES: Readonly<Record<PlyScalarType, number>> = { int8: 1, uint8: 1, int16: 2, uint16: 2, int32: 4, uint32: 4, float32: 4, float64: 8 };

const TYPE_NAMES: Readonly<Record<string, PlyScalarType>> = {
  char: 'int8', int8: 'int8', uchar: 'uint8', uint8: 'uint8',
  short: 'int16', int16: 'int16', ushort: 'uint16', uint16: 'uint16',
  int: 'int32', int32: 'int32', uint: 'uint32', uint32: 'uint32',
  float: 'float32', float32: 'float32', double: 'float64', float64: 'float64',
};

/** A header longer than this is not a scan's header but a damaged or hostile file. */
export const MAX_PLY_HEADER_BYTES = 1 << 20;

/** Finds the end of the header: the offset just past `end_header\n` (or `\r\n`), or -1. */
function headerEnd(bytes: Uint8Array): number {
  const marker = [...'end_header'].map((c) => c.charCodeAt(0));
  const limit = Math.min(bytes.length, MAX_PLY_HEADER_BYTES);
  outer: for (let i = 0; i + marker.length <= limit; i++) {
    for (let j = 0; j < marker.length; j++) if (bytes[i + j] !== marker[j]) continue outer;
    // Only at the start of a line, so a comment mentioning end_header does not end the header.
    if (i > 0 && bytes[i - 1] !== 0x0a) continue;
    let end = i + marker.length;
    while (bytes[end] === 0x20 || bytes[end] === 0x09) end++;
    if (bytes[end] === 0x0d) end++;
    if (bytes[end] === 0x0a) return end + 1;
    if (end >= bytes.length) return end; // a file that is all header, with no body and no final line break
  }
  return -1;
}

function scalarType(name: string | undefined, line: number): PlyScalarType {
  const type = name === undefined ? undefined : TYPE_NAMES[name];
  if (!type) throw new ScanFormatError(`PLY header line ${line}: unknown property type ${JSON.stringify(name ?? '')}`);
  return type;
}

/** Parses the header at the start of `bytes`; throws a {@link ScanFormatError} saying what is wrong. */
export function parsePlyHeader(bytes: Uint8Array): PlyHeader {
  const end = headerEnd(bytes);
  if (end < 0) {
    throw new ScanFormatError(
      bytes.length < MAX_PLY_HEADER_BYTES
        ? `PLY header truncated: the file ends (after ${bytes.length} bytes) before "end_header"`
        : `PLY header truncated or damaged: no "end_header" in the first ${MAX_PLY_HEADER_BYTES} bytes`,
    );
  }
  const lines = new TextDecoder('latin1').decode(bytes.subarray(0, end)).split(/\r?\n/);
  if (lines[0]?.trim() !== 'ply') throw new ScanFormatError('not a PLY file: the first line must be "ply"');
  let format: PlyHeader['format'] | undefined;
  const elements: PlyElement[] = [];
  const comments: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]!.trim();
    const n = i + 1;
    const words = text.split(/\s+/);
    switch (words[0]) {
      case '':
      case 'end_header':
        break;
      case 'comment':
      case 'obj_info':
        comments.push(text.slice(words[0].length).trim());
        break;
      case 'format': {
        const kind = words[1];
        if (kind !== 'ascii' && kind !== 'binary_little_endian' && kind !== 'binary_big_endian') {
          throw new ScanFormatError(`PLY header line ${n}: unknown format ${JSON.stringify(kind ?? '')} (ascii, binary_little_endian or binary_big_endian)`);
        }
        format = kind;
        break;
      }
      case 'element': {
        const count = Number(words[2]);
        if (words[1] === undefined || !Number.isSafeInteger(count) || count < 0) throw new ScanFormatError(`PLY header line ${n}: "element" needs a name and a row count, got ${JSON.stringify(text)}`);
        elements.push({ name: words[1], count, properties: [] });
        break;
      }
      case 'property': {
        const element = elements.at(-1);
        if (!element) throw new ScanFormatError(`PLY header line ${n}: a property before any element`);
        if (words[1] === 'list') {
          if (words.length < 5) throw new ScanFormatError(`PLY header line ${n}: "property list" needs a count type, an item type and a name`);
          element.properties.push({ name: words[4]!, kind: 'list', countType: scalarType(words[2], n), itemType: scalarType(words[3], n) });
        } else {
          if (words.length < 3) throw new ScanFormatError(`PLY header line ${n}: "property" needs a type and a name`);
          element.properties.push({ name: words[2]!, kind: 'scalar', type: scalarType(words[1], n) });
        }
        break;
      }
      default:
        throw new ScanFormatError(`PLY header line ${n}: unknown keyword ${JSON.stringify(words[0])}`);
    }
  }
  if (!format) throw new ScanFormatError('PLY header has no "format" line');
  return { format, elements, comments, bodyOffset: end };
}

/** The element called `name`, if the header declares it. */
export function plyElement(header: PlyHeader, name: string): PlyElement | undefined {
  return header.elements.find((e) => e.name === name);
}

/** True when `element` declares a scalar property called `name`. */
export function hasPlyProperty(element: PlyElement | undefined, name: string): boolean {
  return element?.properties.some((p) => p.name === name && p.kind === 'scalar') ?? false;
}
