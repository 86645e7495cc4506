/**
 * Recognises a scan file by its first bytes, not by its name: museums receive
 * files renamed by e-mail gateways, download managers and colleagues, and a
 * `.glb` that is really a ZIP deserves a message that says so.
 */

/** The scan formats the importer reads. */
export type ScanFileKind = 'glb' | 'gltf' | 'obj' | 'ply' | 'spz';

/** What the first bytes say: a readable kind, or why the file is not one. */
export type SniffResult = { ok: true; kind: ScanFileKind } | { ok: false; message: string };

/** How many bytes {@link sniffScanFile} needs to decide (it copes with fewer). */
export const SNIFF_BYTES = 4096;

const startsWith = (bytes: Uint8Array, text: string): boolean => text.split('').every((c, i) => bytes[i] === c.charCodeAt(0));

/** Formats people send instead of a scan, recognised to name them in the refusal. */
const KNOWN_OTHERS: readonly { magic: string; what: string }[] = [
  { magic: 'PK\u0003\u0004', what: 'a ZIP archive (or USDZ): unpack it and import the .glb, .gltf, .obj or .ply inside' },
  { magic: 'Kaydara FBX Binary', what: 'an FBX file: export it as glTF (.glb) from the scanning app or Blender' },
  { magic: 'ASTM-E57', what: 'an E57 point cloud: convert it to PLY (e.g. with CloudCompare) first' },
  { magic: 'LASF', what: 'a LAS/LAZ point cloud: convert it to PLY (e.g. with CloudCompare or PDAL) first' },
  { magic: '\u0089PNG', what: 'a PNG image, not a 3D scan' },
  { magic: '\u00ff\u00d8\u00ff', what: 'a JPEG image, not a 3D scan' },
  { magic: '%PDF', what: 'a PDF document, not a 3D scan' },
];

/** OBJ statements that can open a file; anything else in the first lines means it is not OBJ. */
const OBJ_STATEMENT = /^(v|vt|vn|vp|f|l|p|o|g|s|mtllib|usemtl|#)(\s|$)/;

/** Looks at the first bytes (up to {@link SNIFF_BYTES}) and says which scan format they start. */
export function sniffScanFile(head: Uint8Array): SniffResult {
  if (head.length === 0) return { ok: false, message: 'the file is empty' };
  if (startsWith(head, 'glTF')) return { ok: true, kind: 'glb' };
  if (startsWith(head, 'ply\n') || startsWith(head, 'ply\r\n')) return { ok: true, kind: 'ply' };
  // SPZ is a gzip stream; nothing else the importer reads is gzipped.
  if (head[0] === 0x1f && head[1] === 0x8b) return { ok: true, kind: 'spz' };
  for (const other of KNOWN_OTHERS) {
    if (startsWith(head, other.magic)) return { ok: false, message: `it is ${other.what}` };
  }
  if (head.includes(0)) return { ok: false, message: `it starts with the bytes ${hexPreview(head)}, which are not a glTF, GLB, OBJ, PLY or SPZ file` };

  const text = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    return /"asset"\s*:/.test(text) || /"(scenes|meshes|nodes|accessors)"\s*:/.test(text)
      ? { ok: true, kind: 'gltf' }
      : { ok: false, message: 'it is a JSON file but not a glTF document (it has no "asset")' };
  }
  // The last line may be cut off by the sniff window, so it does not count.
  const lines = text.split(/\r?\n/).slice(0, -1).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length > 0 && lines.slice(0, 50).every((l) => OBJ_STATEMENT.test(l)) && lines.some((l) => /^(v|f|mtllib)\s/.test(l))) {
    return { ok: true, kind: 'obj' };
  }
  if (lines.length === 0 && /^(v|#|o|g|mtllib)\s/.test(trimmed)) return { ok: true, kind: 'obj' };
  return { ok: false, message: `it is a text file that starts ${JSON.stringify(trimmed.slice(0, 40))}, which is not a glTF, OBJ or PLY file` };
}

function hexPreview(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(' ');
}
