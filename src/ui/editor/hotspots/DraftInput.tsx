import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/** Props of {@link DraftInput}. */
export interface DraftInputProps {
  id: string;
  /** The value in the document. */
  value: string;
  lang?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  /** Called once per edit with the typed value (on leaving the field, Enter, or when the field goes away). */
  onCommit(value: string): void;
}

/**
 * A one-line field that edits the document once per visit rather than per
 * keystroke: for media texts (alt text, credit), whose command replaces the whole
 * media list, so each keystroke would otherwise be its own undo step. What is
 * typed is never dropped: it is committed on blur, on Enter, and when the field
 * disappears (another exhibit was picked in the 3D view). Escape puts back the
 * document's value.
 */
export function DraftInput({ id, value, lang, onCommit, ...aria }: DraftInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  // Refs for the unmount commit, which must see the latest draft and callback.
  const pending = useRef<string | null>(null);
  const commitRef = useRef(onCommit);
  const valueRef = useRef(value);
  useEffect(() => {
    commitRef.current = onCommit;
    valueRef.current = value;
  });
  useEffect(
    () => () => {
      if (pending.current !== null && pending.current !== valueRef.current) commitRef.current(pending.current);
    },
    [],
  );

  const commit = (): void => {
    const typed = pending.current;
    pending.current = null;
    setDraft(null);
    if (typed !== null && typed !== value) onCommit(typed);
  };
  const keyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && pending.current !== null) {
      e.stopPropagation();
      pending.current = null;
      setDraft(null);
    }
  };

  return (
    <input
      type="text"
      id={id}
      lang={lang}
      value={draft ?? value}
      onChange={(e) => {
        pending.current = e.target.value;
        setDraft(e.target.value);
      }}
      onBlur={commit}
      onKeyDown={keyDown}
      {...aria}
    />
  );
}
