import type { Venue } from '../venue/schema.ts';
import type { EditCommand, InverseCommand } from './commands.ts';
import { applyCommand } from './apply.ts';

/**
 * The undo/redo history of a curator's session. Each undo step holds the
 * commands it replays (redo) and one inverse that puts back the venue as it was
 * before the step (undo). Steps merge while a curator types into one field or
 * drags one item, so Ctrl+Z undoes a typed title or a whole drag at once.
 */

/** How long a pause between keystrokes in the same field still continues the same undo step. */
export const DEFAULT_TYPING_PAUSE_MS = 1000;
/** How many undo steps a history keeps by default. */
export const DEFAULT_HISTORY_LIMIT = 500;

export interface EditHistoryOptions {
  /** Most undo steps kept; the oldest are forgotten. Default 500. */
  limit?: number;
  /** Longest pause, in ms, between two edits of the same text that still merge. Default 1000. */
  typingPauseMs?: number;
}

export interface ApplyOptions {
  /** When the edit happened, in ms (any clock, e.g. `performance.now()`); text edits merge by it. */
  at?: number;
  /** One pointer drag: moves of the same item with the same gesture id merge into one step. */
  gesture?: string;
}

/** The outcome of `EditHistory.apply`. */
export type EditOutcome =
  | { ok: true; createdId?: string; effects: string[]; merged: boolean }
  | { ok: false; message: string };

export interface EditHistory {
  /** The current venue. A new object after every change; earlier ones are never mutated. */
  readonly present: Venue;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Undo steps available. */
  readonly undoDepth: number;
  /** Redo steps available. */
  readonly redoDepth: number;
  /** Applies an edit as a new undo step, or merged into the last one; a refused edit changes nothing. */
  apply(command: EditCommand, options?: ApplyOptions): EditOutcome;
  /** Goes back one step; false when there is nothing to undo. */
  undo(): boolean;
  /** Re-does the last undone step; false when there is nothing to redo. */
  redo(): boolean;
  /** Ends merging: the next edit starts a new undo step (call on blur, or when a drag ends). */
  breakCoalescing(): void;
}

interface Step {
  commands: EditCommand[];
  inverse: InverseCommand;
  /** Edits with the same key may merge into this step; undefined never merges. */
  mergeKey: string | undefined;
  /** When the last edit of this step happened (for typing pauses). */
  at: number | undefined;
}

/** What makes two consecutive edits one undo step, or undefined when they never merge. */
function mergeKeyOf(c: EditCommand, options: ApplyOptions): string | undefined {
  switch (c.type) {
    case 'setHotspotText': return JSON.stringify(['text', c.id, c.field, c.language]);
    case 'setStopNarration': return JSON.stringify(['narration', c.tour, c.index, c.language]);
    case 'setTourText': return JSON.stringify(['tour-text', c.tour, c.field, c.language]);
    // Typing an alt text or a credit replaces the media list keystroke by keystroke.
    case 'setHotspotMedia': return options.at === undefined ? undefined : JSON.stringify(['media', c.id]);
    case 'moveHotspot':
    case 'moveBeacon':
    case 'moveNavNode':
      return options.gesture === undefined ? undefined : JSON.stringify([c.type, c.id, options.gesture]);
    default: return undefined;
  }
}

/** Creates an undo/redo history that starts at `initial`. */
export function createEditHistory(initial: Venue, options: EditHistoryOptions = {}): EditHistory {
  const limit = Math.max(1, Math.floor(Number.isFinite(options.limit) ? options.limit! : DEFAULT_HISTORY_LIMIT));
  const typingPause = options.typingPauseMs ?? DEFAULT_TYPING_PAUSE_MS;
  let present = initial;
  const done: Step[] = [];
  let undone: Step[] = [];
  let sealed = false;

  /** Whether an edit with `key` at `at` continues the last step. */
  function continuesLast(key: string | undefined, isGesture: boolean, at: number | undefined): boolean {
    const last = done[done.length - 1];
    if (sealed || key === undefined || last === undefined || last.mergeKey !== key) return false;
    if (isGesture) return true;
    // Text edits merge only with a known time, within the typing pause.
    return at !== undefined && last.at !== undefined && at - last.at >= 0 && at - last.at <= typingPause;
  }

  return {
    get present() { return present; },
    get canUndo() { return done.length > 0; },
    get canRedo() { return undone.length > 0; },
    get undoDepth() { return done.length; },
    get redoDepth() { return undone.length; },

    apply(command, applyOptions = {}) {
      const result = applyCommand(present, command);
      if (!result.ok) return { ok: false, message: result.message };
      const key = mergeKeyOf(result.applied, applyOptions);
      const at = Number.isFinite(applyOptions.at) ? applyOptions.at : undefined;
      const merged = continuesLast(key, applyOptions.gesture !== undefined, at);
      if (merged) {
        const last = done[done.length - 1]!;
        last.commands.push(result.applied);
        last.at = at;
      } else {
        done.push({ commands: [result.applied], inverse: result.inverse, mergeKey: key, at });
        if (done.length > limit) done.splice(0, done.length - limit);
      }
      present = result.venue;
      undone = [];
      sealed = false;
      return { ok: true, effects: result.effects, merged, ...(result.createdId !== undefined ? { createdId: result.createdId } : {}) };
    },

    undo() {
      const step = done.pop();
      if (step === undefined) return false;
      const result = applyCommand(present, step.inverse);
      if (!result.ok) {
        // Cannot happen: a restore always applies. Keep the step rather than lose it.
        done.push(step);
        return false;
      }
      present = result.venue;
      undone.push(step);
      sealed = true;
      return true;
    },

    redo() {
      const step = undone.pop();
      if (step === undefined) return false;
      let venue = present;
      for (const command of step.commands) {
        const result = applyCommand(venue, command);
        if (!result.ok) {
          undone.push(step);
          return false;
        }
        venue = result.venue;
      }
      present = venue;
      done.push(step);
      sealed = true;
      return true;
    },

    breakCoalescing() {
      sealed = true;
    },
  };
}
