import type { OfflineEnv } from '../../platform/offline/offline-env.ts';
import type { SavePlan } from '../../platform/offline/save-plan.ts';
import { saveVenue, type SaveOutcome, type SaveProgress } from '../../platform/offline/save-venue.ts';
import { requestPersistence, type Persistence } from '../../platform/offline/storage.ts';
import { announceSavedChange } from './saved-change-event.ts';

/**
 * The save in progress, kept outside the panel: a visitor may close the panel
 * while a large museum downloads, and the download goes on (Cancel stops it). The
 * panel shows it again when reopened. One save at a time per page.
 */

/** The save itself, for one venue version. */
export type SaveState =
  | { readonly status: 'idle' }
  | { readonly status: 'saving'; readonly progress: SaveProgress }
  | { readonly status: 'finished'; readonly outcome: SaveOutcome; readonly persistence: Persistence | null };

/** Which venue version the state belongs to, and the state. */
export interface SaveSession {
  readonly key: string | null;
  readonly save: SaveState;
}

const IDLE: SaveState = { status: 'idle' };
let session: SaveSession = { key: null, save: IDLE };
let running: AbortController | null = null;
const listeners = new Set<() => void>();

function set(next: SaveSession): void {
  session = next;
  for (const listener of listeners) listener();
}

/** The key of a venue version's save. */
export const sessionKey = (venueId: string, version: string): string => `${venueId}:${version}`;

/** The current session (for useSyncExternalStore). */
export function saveSession(): SaveSession {
  return session;
}

/** Calls `listener` on every change; returns the function that stops it. */
export function subscribeSaveSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Starts saving `plan`, unless a save is running already. Asks for persistent
 * storage first, at the visitor's click (browsers that prompt allow it only then).
 */
export function startSave(plan: SavePlan, env: OfflineEnv): void {
  if (running) return;
  const key = sessionKey(plan.venueId, plan.version);
  const persistence = requestPersistence(env.storage);
  const abort = new AbortController();
  running = abort;
  let lastPercent = 0; // the state set below shows 0 %
  set({ key, save: { status: 'saving', progress: { loadedBytes: 0, expectedBytes: plan.knownBytes, filesDone: 0, filesTotal: plan.files.length, percent: 0 } } });
  void saveVenue(plan, env, {
    signal: abort.signal,
    // One update per percent, not per network chunk.
    onProgress: (progress) => {
      if (progress.percent === lastPercent) return;
      lastPercent = progress.percent;
      set({ key, save: { status: 'saving', progress } });
    },
  }).then(async (outcome) => {
    const granted = outcome.ok ? await persistence : null;
    running = null;
    set({ key, save: { status: 'finished', outcome, persistence: granted } });
    if (outcome.ok) announceSavedChange();
  });
}

/** Cancel: the running save stops and removes what it stored. */
export function cancelSave(): void {
  running?.abort();
}

/** Forgets a finished save's result (after its venue was deleted, say). */
export function forgetSave(key: string): void {
  if (!running && session.key === key) set({ key: null, save: IDLE });
}
