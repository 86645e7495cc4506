import { ScanFormatError } from './errors.ts';

/**
 * The GLB container (glTF 2.0 binary): a 12-byte header, a JSON chunk and an
 * optional BIN chunk. Checked before a glTF library parses it, so a damaged
 * download is reported as "the file ends inside the BIN chunk" rather than as
 * an error from deep inside a parser.
 */

/** The chunks of a well-formed GLB, as byte ranges of the file. */
export interface GlbChunks {
  json: { offset: number; length: number };
  bin?: { offset: number; length: number };
}

const CHUNK_JSON = 0x4e4f534a;
const CHUNK_BIN = 0x004e4942;

/** Checks a GLB's header and chunk table; throws a {@link ScanFormatError} naming what is damaged. */
export function checkGlbContainer(bytes: Uint8Array): GlbChunks {
  if (bytes.length < 20) throw new ScanFormatError(`corrupt GLB: the file has only ${bytes.length} bytes, fewer than a GLB header and one chunk need`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== 2) throw new ScanFormatError(`corrupt or unsupported GLB: version ${version} (only glTF 2.0 GLB files can be imported)`);
  const declared = view.getUint32(8, true);
  if (declared > bytes.length) {
    throw new ScanFormatError(`corrupt GLB: the header says the file has ${declared} bytes, but it has ${bytes.length} (the download or copy was cut short)`);
  }
  let offset = 12;
  let json: GlbChunks['json'] | undefined;
  let bin: GlbChunks['bin'];
  for (let index = 0; offset < declared; index++) {
    if (offset + 8 > declared) throw new ScanFormatError(`corrupt GLB: chunk ${index} starts at byte ${offset} but its 8-byte header does not fit in the file`);
    const length = view.getUint32(offset, true);
    const type = view.getUint32(offset + 4, true);
    const start = offset + 8;
    if (start + length > declared) {
      const name = type === CHUNK_JSON ? 'JSON' : type === CHUNK_BIN ? 'BIN' : `number ${index}`;
      throw new ScanFormatError(`corrupt GLB: the ${name} chunk says it has ${length} bytes, but only ${declared - start} remain in the file`);
    }
    if (index === 0 && type !== CHUNK_JSON) throw new ScanFormatError('corrupt GLB: the first chunk must be the JSON chunk');
    if (type === CHUNK_JSON && index === 0) json = { offset: start, length };
    else if (type === CHUNK_BIN && index === 1) bin = { offset: start, length };
    // Chunks are 4-byte aligned; unknown chunk types are skipped, as the spec says.
    offset = start + Math.ceil(length / 4) * 4;
  }
  if (!json) throw new ScanFormatError('corrupt GLB: it has no JSON chunk');
  return bin ? { json, bin } : { json };
}
