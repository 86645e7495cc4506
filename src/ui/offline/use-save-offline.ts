import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { LoadedVenue } from '../../core/venue/index.ts';
import { browserOfflineEnv, canSaveOffline, type OfflineEnv } from '../../platform/offline/offline-env.ts';
import { planVenueSave, type SavePlan } from '../../platform/offline/save-plan.ts';
import { deleteSavedVenue, listSavedVenues, savedCopyOf, type SavedCopy, type SavedVenue } from '../../platform/offline/saved-venues.ts';
import { estimateStorage, type StorageSpace } from '../../platform/offline/storage.ts';
import { venueVersionOf } from '../../platform/offline/venue-version.ts';
import { cancelSave, forgetSave, saveSession, sessionKey, startSave, subscribeSaveSession, type SaveState } from './save-session.ts';
import { announceSavedChange, SAVED_CHANGE_EVENT } from './saved-change-event.ts';

/**
 * The "Save for offline" panel's state and actions: the size of the open venue
 * (asked of the server when the panel opens), the save with its progress and
 * Cancel (save-session.ts, which outlives the panel), the list of saved venues
 * with Delete, and the storage the site uses.
 */

/** Working out what saving would download. */
export type PlanState =
  | { readonly status: 'unavailable'; readonly reason: 'unsupported' | 'unversioned' }
  | { readonly status: 'measuring' }
  | { readonly status: 'ready'; readonly plan: SavePlan }
  | { readonly status: 'failed'; readonly message: string };

/** Everything the panel shows and can do. */
export interface OfflineSave {
  plan: PlanState;
  /** The save of this venue version: idle, running, or how it ended. */
  save: SaveState;
  copy: SavedCopy;
  saved: readonly SavedVenue[];
  space: StorageSpace | null;
  start(): void;
  cancel(): void;
  remove(venueId: string): Promise<void>;
}

const IDLE: SaveState = { status: 'idle' };

/** State and actions for `loaded`; `online` re-measures when the connection comes back. */
export function useSaveOffline(loaded: LoadedVenue, online: boolean): OfflineSave {
  const [env] = useState<OfflineEnv | null>(() => (canSaveOffline() ? browserOfflineEnv() : null));
  const version = venueVersionOf(loaded);
  const venueId = loaded.venue.id;
  const [plan, setPlan] = useState<PlanState>(() => (env === null ? { status: 'unavailable', reason: 'unsupported' } : version === null ? { status: 'unavailable', reason: 'unversioned' } : { status: 'measuring' }));
  const [copy, setCopy] = useState<SavedCopy>({ state: 'none' });
  const [saved, setSaved] = useState<readonly SavedVenue[]>([]);
  const [space, setSpace] = useState<StorageSpace | null>(null);
  const session = useSyncExternalStore(subscribeSaveSession, saveSession, saveSession);
  const key = version === null ? null : sessionKey(venueId, version);

  const refresh = useCallback(async () => {
    if (!env) return;
    const [list, nextCopy, nextSpace] = await Promise.all([listSavedVenues(env), savedCopyOf(venueId, version, env), estimateStorage(env.storage)]);
    setSaved(list);
    setCopy(nextCopy);
    setSpace(nextSpace);
  }, [env, venueId, version]);

  // The list now, and again whenever a save completes or a museum is deleted.
  useEffect(() => {
    const update = () => void refresh().catch(() => undefined);
    update();
    window.addEventListener(SAVED_CHANGE_EVENT, update);
    return () => window.removeEventListener(SAVED_CHANGE_EVENT, update);
  }, [refresh]);

  // The size, asked of the server once the panel is open and the page is online.
  useEffect(() => {
    if (!env || version === null || !online) return;
    const abort = new AbortController();
    setPlan({ status: 'measuring' });
    planVenueSave(loaded, env, abort.signal).then(
      (ready) => !abort.signal.aborted && setPlan({ status: 'ready', plan: ready }),
      (error: unknown) => !abort.signal.aborted && setPlan({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => abort.abort();
  }, [env, loaded, version, online]);

  const start = useCallback(() => {
    if (env && plan.status === 'ready') startSave(plan.plan, env);
  }, [env, plan]);

  const remove = useCallback(
    async (id: string) => {
      if (!env) return;
      await deleteSavedVenue(id, env);
      if (id === venueId && key !== null) forgetSave(key);
      announceSavedChange();
    },
    [env, venueId, key],
  );

  return { plan, save: session.key === key ? session.save : IDLE, copy, saved, space, start, cancel: cancelSave, remove };
}
