import { acceptMediaFile, captionsTextProblem, type MediaFilePurpose } from './accept-media-file.ts';
import { SNIFF_BYTES, type MediaFileKind } from './media-formats.ts';

/**
 * Reads a picked file just enough to judge it (its first bytes; the whole text
 * of a captions file), and gives back what to store. The judging itself is the
 * pure `acceptMediaFile`; this is the browser half around it.
 */

export type ReadMediaResult =
  | {
      ok: true;
      kind: MediaFileKind;
      /** The format in words: "a PNG image". */
      label: string;
      /** The bundle path to store the file at. */
      path: string;
      /** The file's bytes with the MIME type of its real content (a browser's guess from the name may be wrong). */
      blob: Blob;
    }
  | { ok: false; message: string };

/** Judges one picked file against the bundle paths in use (lower-cased). */
export async function readMediaFile(file: File, purpose: MediaFilePurpose, taken: ReadonlySet<string>): Promise<ReadMediaResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  } catch {
    return { ok: false, message: `"${file.name}" could not be read. If it is on a network drive or in a cloud folder, copy it to this computer first.` };
  }
  const verdict = acceptMediaFile({ name: file.name, bytes, size: file.size, purpose, taken });
  if (!verdict.ok) return verdict;
  if (verdict.kind === 'captions') {
    // Small (the size was checked), so reading it whole is cheap; a broken cue would lose every caption after it.
    let text: string;
    try {
      text = await file.text();
    } catch {
      return { ok: false, message: `"${file.name}" could not be read.` };
    }
    const problem = captionsTextProblem(file.name, text);
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, kind: verdict.kind, label: verdict.label, path: verdict.path, blob: new Blob([file], { type: verdict.mime }) };
}
