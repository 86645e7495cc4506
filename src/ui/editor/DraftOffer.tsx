import type { EditorDraft } from '../../platform/drafts/index.ts';

/**
 * Offered when the editor opens and a draft of this venue was kept on this device:
 * the curator chooses to go on with it or to start from the published venue. Until
 * they choose, nothing is edited and the draft is left as it is.
 */
export function DraftOffer({ draft, publishedChanged, unreadable, onRestore, onDiscard }: {
  draft: EditorDraft;
  /** The published scene.json changed since the draft was started. */
  publishedChanged: boolean;
  /** Why the draft cannot be restored, when it cannot. */
  unreadable: string | null;
  onRestore(): void;
  onDiscard(): void;
}) {
  const when = new Date(draft.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="editor-section draft-offer" role="alertdialog" aria-labelledby="draft-offer-title" aria-describedby="draft-offer-text">
      <h2 id="draft-offer-title">Continue your edits?</h2>
      <div id="draft-offer-text">
        <p>
          Edits of this venue from {when} were kept on this device{draft.media.size > 0 ? `, with ${draft.media.size} added ${draft.media.size === 1 ? 'file' : 'files'}` : ''}.
        </p>
        {publishedChanged && <p className="warning">The published venue has changed since. Restoring continues from your edited copy, not from the published one.</p>}
        {unreadable && <p className="error">This draft cannot be restored: {unreadable}</p>}
      </div>
      <div className="editor-actions">
        {!unreadable && (
          <button type="button" className="primary" onClick={onRestore} autoFocus>
            Restore my edits
          </button>
        )}
        <button type="button" onClick={onDiscard}>
          Discard them and start from the published venue
        </button>
      </div>
    </section>
  );
}
