import { useId, useState, type FormEvent } from 'react';
import type { Venue } from '../../../core/venue/index.ts';
import { useEditorStore } from '../state/current-editor.ts';
import { ExhibitSelect, initialExhibit } from './ExhibitSelect.tsx';
import { languageLabel } from './tour-labels.ts';

/** Props of {@link NewTourForm}. */
export interface NewTourFormProps {
  venue: Venue;
  /** The exhibit selected in the editor when the form opened, offered as the first stop. */
  selectedHotspot: string | null;
  /** The form is done: `created` tells whether a tour was made (and selected) or the curator cancelled. */
  onClose: (created: boolean) => void;
  announce: (text: string) => void;
}

/**
 * Creates a tour: a title in the venue's main language and a first stop (a tour
 * always has one), by default the exhibit selected in the editor. The new tour
 * is selected for editing.
 */
export function NewTourForm({ venue, selectedHotspot, onClose, announce }: NewTourFormProps) {
  const store = useEditorStore();
  const ids = useId();
  const [title, setTitle] = useState('');
  const [first, setFirst] = useState(() => initialExhibit(venue, selectedHotspot));
  const [message, setMessage] = useState<string | null>(null);
  const def = venue.defaultLanguage;

  if ((venue.hotspots ?? []).length === 0) {
    return (
      <div className="tours-new">
        <p>A tour goes from exhibit to exhibit: place an exhibit first (Exhibits tab).</p>
        <button type="button" className="tours-button" onClick={() => onClose(false)}>
          Close
        </button>
      </div>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const text = title.trim();
    if (text === '') return setMessage(`Type a title in ${languageLabel(def)}: every tour needs one.`);
    if (!first) return setMessage('Choose the exhibit the tour starts at.');
    const outcome = store.getState().apply({ type: 'createTour', title: { [def]: text }, stops: [first] });
    if (!outcome.ok) return setMessage(`Not created: ${outcome.message}.`);
    if (outcome.createdId !== undefined) store.getState().select({ kind: 'tour', id: outcome.createdId });
    announce(`Created the tour '${text}' with 1 stop`);
    onClose(true);
  };

  return (
    <form className="tours-new" onSubmit={submit} aria-labelledby={`${ids}-heading`} noValidate>
      <h3 id={`${ids}-heading`}>New tour</h3>
      <div className="tours-field">
        <label htmlFor={`${ids}-title`}>
          Title <span className="tours-muted">({languageLabel(def)})</span>
        </label>
        <input
          id={`${ids}-title`}
          type="text"
          lang={def}
          value={title}
          autoFocus
          aria-invalid={message && title.trim() === '' ? true : undefined}
          aria-describedby={`${ids}-message`}
          onChange={(e) => {
            setTitle(e.target.value);
            setMessage(null);
          }}
        />
      </div>
      <div className="tours-field">
        <label htmlFor={`${ids}-first`}>First stop</label>
        <ExhibitSelect id={`${ids}-first`} venue={venue} value={first} onChange={setFirst} />
      </div>
      <p id={`${ids}-message`} className="tours-error" aria-live="polite">
        {message ?? ''}
      </p>
      <div className="tours-actions">
        <button type="submit" className="tours-button tours-primary">
          Create tour
        </button>
        <button type="button" className="tours-button" onClick={() => onClose(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
