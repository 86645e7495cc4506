/** The curator editor's edit model: every edit as an undoable command, and the undo/redo history. */
export type * from './commands.ts';
export { applyCommand } from './apply.ts';
export { createEditHistory, DEFAULT_HISTORY_LIMIT, DEFAULT_TYPING_PAUSE_MS, type EditHistory, type EditHistoryOptions, type ApplyOptions, type EditOutcome } from './history.ts';
export { newId, slugify } from './ids.ts';
export { problemTarget, type ProblemTarget } from './problem-target.ts';
