import { useRef, useState } from 'react';
import { importBundle, uriToBundlePath, type BundleProblem } from '../../../core/bundle/index.ts';
import { referencedFiles } from '../../../core/bundle/index.ts';
import { useVenueStore } from '../../../state/venue-store.ts';
import { useEditorState, useEditorStore } from '../state/current-editor.ts';
import { sceneTextOf } from '../state/editor-session.ts';
import { blobOfBundleFile, buildBundleZip, httpFileFetcher } from './bundle-files.ts';
import { saveToRepository } from './save-to-repository.ts';

/** What the last export, import or save did, for the panel's status. */
type Outcome = { kind: 'busy' | 'done' | 'failed'; text: string; problems?: readonly { message: string; entry?: string; path?: string }[] } | null;

/** Bytes of a zip that the import reads at most, before even opening it. */
const MAX_IMPORT_BYTES = 500 * 1024 * 1024;

/**
 * The venue as a file: export a bundle zip (scene.json, media, scan), import one
 * (validated; a broken one is refused with every reason and changes nothing), and,
 * under the dev server, save into the repository's scenes/<id> folder.
 */
export function BundlePanel() {
  const store = useEditorStore();
  const venueId = useEditorState((s) => s.venueId);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const input = useRef<HTMLInputElement>(null);

  const resolve = (uri: string): string => {
    const { state } = useVenueStore.getState();
    return state.status === 'ready' ? state.loaded.resolve(uri, 'media') : uri;
  };

  async function exportZip() {
    setOutcome({ kind: 'busy', text: 'Packing the bundle…' });
    const { venue, media } = store.getState();
    try {
      const { zip, fileCount, missing } = await buildBundleZip(venue, media, httpFileFetcher(resolve));
      const url = URL.createObjectURL(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${venue.id}.zip`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      const note = missing.length ? ` ${missing.length} referenced file(s) could not be read and are not in it: ${missing.join(', ')}.` : '';
      setOutcome({ kind: missing.length ? 'failed' : 'done', text: `Exported ${venue.id}.zip: ${fileCount} files, ${(zip.length / 1024 / 1024).toFixed(1)} MB.${note}` });
    } catch (error) {
      setOutcome({ kind: 'failed', text: `The bundle could not be exported: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  async function importZip(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      setOutcome({ kind: 'failed', text: `${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; a bundle may be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Nothing was changed.` });
      return;
    }
    setOutcome({ kind: 'busy', text: `Checking ${file.name}…` });
    const result = importBundle(new Uint8Array(await file.arrayBuffer()), { expectedId: venueId });
    if (!result.ok) {
      setOutcome({ kind: 'failed', text: `${file.name} was not imported; your edits are unchanged. ${result.problems.length === 1 ? 'Reason' : 'Reasons'}:`, problems: result.problems.map(describeProblem) });
      return;
    }
    const { apply, addMedia, notify } = store.getState();
    const outcomeOfApply = apply({ type: 'replaceVenue', venue: result.venue });
    if (!outcomeOfApply.ok) {
      setOutcome({ kind: 'failed', text: `${file.name} was not imported: ${outcomeOfApply.message}` });
      return;
    }
    for (const [path, bytes] of result.files) addMedia(path, blobOfBundleFile(path, bytes));
    const text = `Imported ${file.name}: ${result.files.size + 1} files. Undo (Ctrl+Z) goes back to the venue before the import.`;
    setOutcome({ kind: 'done', text, problems: result.warnings.map(describeProblem) });
    notify('info', text);
  }

  async function saveToScenes() {
    setOutcome({ kind: 'busy', text: `Saving to scenes/${venueId}…` });
    const { venue, media } = store.getState();
    // Only the added files the venue still refers to; the rest are in the folder already.
    const referenced = new Set(referencedFiles(venue).map((r) => uriToBundlePath(r.uri)));
    const files = new Map([...media].filter(([path]) => referenced.has(path)));
    const result = await saveToRepository(venueId, sceneTextOf(venue), files);
    if (result.ok) setOutcome({ kind: 'done', text: `Saved to scenes/${venueId}: ${result.written.join(', ')}.` });
    else setOutcome({ kind: 'failed', text: `Not saved to scenes/${venueId}:`, problems: result.problems });
  }

  return (
    <section className="editor-section bundle-panel" aria-labelledby="bundle-title">
      <h2 id="bundle-title">Venue file</h2>
      <p className="editor-hint">A bundle is one .zip with scene.json, the media and the scan: to review, archive, or publish on any web server.</p>
      <div className="editor-actions">
        <button type="button" onClick={() => void exportZip()} disabled={outcome?.kind === 'busy'}>
          Export bundle (.zip)
        </button>
        <button type="button" onClick={() => input.current?.click()} disabled={outcome?.kind === 'busy'}>
          Import bundle…
        </button>
        <input
          ref={input}
          type="file"
          accept=".zip,application/zip"
          hidden
          aria-label="Bundle to import"
          data-testid="bundle-import-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importZip(file);
          }}
        />
        {import.meta.env.DEV && (
          <button type="button" onClick={() => void saveToScenes()} disabled={outcome?.kind === 'busy'}>
            Save to scenes/{venueId}
          </button>
        )}
      </div>
      <div className={`bundle-outcome ${outcome?.kind ?? ''}`} role={outcome?.kind === 'failed' ? 'alert' : 'status'}>
        {outcome && <p>{outcome.text}</p>}
        {outcome?.problems && outcome.problems.length > 0 && (
          <ul className="bundle-problems">
            {outcome.problems.map((p, i) => (
              <li key={i}>
                {p.entry && <code>{p.entry}</code>} {p.path && <code>{p.path}</code>} {p.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function describeProblem(p: BundleProblem): { message: string; entry?: string; path?: string } {
  return { message: p.message, ...(p.entry ? { entry: p.entry } : {}), ...(p.path ? { path: p.path } : {}) };
}
