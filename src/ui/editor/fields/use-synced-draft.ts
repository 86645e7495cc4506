import { useState } from 'react';

/**
 * What a form field shows while the curator types: a draft that follows the
 * document when the document changes for another reason (undo, redo, a drag in
 * the 3D view), but is left alone when the change came from the draft itself.
 * Without the `matches` test, typing "1." into a number field would apply 1 and
 * the field would snap back to "1", eating the dot.
 *
 * @param source the document's value (compared by identity to notice changes)
 * @param toDraft how the document's value is shown
 * @param matches whether a draft already says what `source` holds
 * @returns the draft and its setter
 */
export function useSyncedDraft<S, D>(source: S, toDraft: (source: S) => D, matches: (draft: D, source: S) => boolean): [D, (draft: D) => void] {
  const [state, setState] = useState(() => ({ source, draft: toDraft(source) }));
  let current = state;
  if (!Object.is(state.source, source)) {
    // Adjusting state while rendering (React's documented pattern for "reset when a prop changes").
    current = { source, draft: matches(state.draft, source) ? state.draft : toDraft(source) };
    setState(current);
  }
  return [current.draft, (draft: D) => setState((s) => ({ source: s.source, draft }))];
}
