/**
 * A scan file that cannot be read as what it claims to be (a truncated PLY
 * header, a GLB chunk running past the end of the file, …). The message says
 * what is wrong in words a curator can act on; the caller adds the file name.
 */
export class ScanFormatError extends Error {
  override name = 'ScanFormatError';
}
