import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { EditorActions, EditorState, EditorStore } from './editor-store.ts';

/**
 * The editor session open on this page, if any. The editor's panels and its 3D
 * handles live in different React trees (the side panel and the canvas), so they
 * find the session here rather than through a context.
 */
export const currentEditor = createStore<{ store: EditorStore | null }>()(() => ({ store: null }));

/** The open editor session; throws outside the editor, where no panel should render. */
export function useEditorStore(): EditorStore {
  const store = useStore(currentEditor, (s) => s.store);
  if (!store) throw new Error('no editor session is open');
  return store;
}

/** Subscribes to part of the open editor session's state. */
export function useEditorState<T>(selector: (state: EditorState & EditorActions) => T): T {
  return useStore(useEditorStore(), selector);
}
