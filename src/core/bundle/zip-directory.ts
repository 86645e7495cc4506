/**
 * Reads a zip's central directory without inflating anything, so that an
 * import can judge every entry (name, kind, declared sizes) before it spends
 * memory on it. Only what a venue bundle needs: one disk, no ZIP64, no
 * encryption; stored or deflated entries.
 */

/** One entry as the central directory declares it. */
export interface ZipEntryRecord {
  /** The entry's name as stored (UTF-8, or CP437 read as Latin-1 when the UTF-8 flag is off). */
  name: string;
  /** 0 = stored, 8 = deflated; anything else is refused later. */
  method: number;
  /** General-purpose flags; bit 0 means encrypted. */
  flags: number;
  crc32: number;
  compressedSize: number;
  /** The size the entry claims to have once inflated: a claim to check, not a fact. */
  uncompressedSize: number;
  /** True when the entry was stored by a Unix zip as a symbolic link. */
  isSymlink: boolean;
  /** True for folder entries (names ending in "/"). */
  isDirectory: boolean;
  /** Where the entry's data starts in the zip, past its local header. */
  dataOffset: number;
}

/** The outcome of reading a directory: its entries, or why the file is not a readable zip. */
export type ZipDirectory = { ok: true; entries: ZipEntryRecord[] } | { ok: false; reason: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

const utf8 = new TextDecoder('utf-8', { fatal: false });
const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

/** Finds the end-of-central-directory record, scanning back over a possible comment. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/**
 * Lists the entries of `zip`. Stops early (and says so) when the directory
 * declares more than `maxEntries` entries, before reading any of them.
 */
export function readZipDirectory(zip: Uint8Array, maxEntries: number): ZipDirectory {
  const fail = (reason: string): ZipDirectory => ({ ok: false, reason });
  if (zip.byteLength < EOCD_SIZE) return fail('the file is too short to be a zip archive');
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return fail('the file is not a zip archive (no end-of-directory record found)');

  const diskEntries = view.getUint16(end + 8, true);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || diskEntries !== count) return fail('the zip is split over several disks, which is not supported');
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    return fail('the zip uses the ZIP64 extension (over 65 535 entries or 4 GB), far beyond what a venue bundle may hold');
  }
  if (count > maxEntries) return fail(`the zip holds ${count} entries; a bundle may hold at most ${maxEntries}`);
  if (directoryOffset + directorySize > end) return fail('the zip is corrupt: its directory lies outside the file');

  const entries: ZipEntryRecord[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return fail(`the zip is corrupt: directory entry ${i + 1} is damaged`);
    const madeBy = view.getUint16(at + 4, true) >> 8;
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const externalAttributes = view.getUint32(at + 38, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > end) return fail(`the zip is corrupt: directory entry ${i + 1} is cut short`);
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise CP437, whose ASCII half is what matters for path checks.
    const name = flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes);
    const compressedSize = view.getUint32(at + 20, true);

    if (localOffset + 30 > zip.byteLength || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) {
      return fail(`the zip is corrupt: the data of entry "${name.slice(0, 120)}" is not where the directory says`);
    }
    const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > zip.byteLength) return fail(`the zip is corrupt: entry "${name.slice(0, 120)}" runs past the end of the file`);

    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      flags,
      crc32: view.getUint32(at + 16, true),
      compressedSize,
      uncompressedSize: view.getUint32(at + 24, true),
      isSymlink: madeBy === UNIX_HOST && ((externalAttributes >>> 16) & S_IFMT) === S_IFLNK,
      isDirectory: name.endsWith('/'),
      dataOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}
