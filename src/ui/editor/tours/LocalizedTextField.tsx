import { useId, useState } from 'react';
import type { EditOutcome } from '../../../core/editing/index.ts';
import type { LocalizedText, Venue } from '../../../core/venue/index.ts';
import { useEditorStore } from '../state/current-editor.ts';
import { useSyncedDraft } from '../fields/use-synced-draft.ts';
import { needsDefaultFirst, planTextEdit } from './text-edit.ts';
import { languageLabel } from './tour-labels.ts';

/** Props of {@link LocalizedTextField}. */
export interface LocalizedTextFieldProps {
  venue: Venue;
  /** The stored per-language text. */
  text: LocalizedText | undefined;
  /** The language being edited. */
  language: string;
  /** Visible label, without the language ("Title"); the language is added. */
  label: string;
  /** How messages name the text ("title", "narration"). */
  what: string;
  multiline?: boolean;
  required?: boolean;
  /** Applies one language's new value (null removes it) as a typing edit. */
  onApply: (value: string | null) => EditOutcome;
}

/**
 * One language of a per-language text (tour title, description, stop narration).
 * Keystrokes apply at once and merge into one undo step per pause; leaving the
 * field ends the step. A keystroke the format would not accept (an empty title)
 * keeps its draft with a message until the field is left.
 */
export function LocalizedTextField({ venue, text, language, label, what, multiline = false, required = false, onApply }: LocalizedTextFieldProps) {
  const store = useEditorStore();
  const id = useId();
  const stored = text?.[language];
  const [draft, setDraft] = useSyncedDraft(stored, (v) => v ?? '', (d, v) => d === (v ?? ''));
  const [message, setMessage] = useState<string | null>(null);
  const blocked = needsDefaultFirst(venue, text, language);

  const change = (typed: string) => {
    setDraft(typed);
    const plan = planTextEdit(venue, text, language, typed, what, required);
    if (plan.kind === 'blocked') return setMessage(plan.message);
    setMessage(null);
    if (plan.kind === 'same') return;
    const outcome = onApply(plan.value);
    if (!outcome.ok) setMessage(`Not saved: ${outcome.message}.`);
  };
  const blur = () => {
    store.getState().breakCoalescing();
    // A draft that could not be saved goes back to what is stored; the message has been read by then.
    if (draft !== (stored ?? '')) setDraft(stored ?? '');
    setMessage(null);
  };

  const common = {
    id,
    value: draft,
    lang: language,
    disabled: blocked,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': `${id}-note`,
    onChange: (e: { target: { value: string } }) => change(e.target.value),
    onBlur: blur,
  } as const;
  const note = blocked ? `Write the ${what} in ${languageLabel(venue.defaultLanguage)} first.` : (message ?? '');
  return (
    <div className="tours-field">
      <label htmlFor={id}>
        {label} <span className="tours-muted">({languageLabel(language)})</span>
      </label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      <span id={`${id}-note`} className={message ? 'tours-error' : 'tours-muted'} aria-live="polite">
        {note}
      </span>
    </div>
  );
}
