import { useSyncExternalStore } from 'react';
import { getPwaState, subscribePwaState, type PwaState } from '../../platform/pwa/update-state.ts';

/** The service worker's state (platform/pwa/update-state.ts), re-rendering when it changes. */
export function usePwaState(): PwaState {
  return useSyncExternalStore(subscribePwaState, getPwaState, getPwaState);
}
