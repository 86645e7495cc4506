import { useSyncExternalStore } from 'react';
import { isOnline, subscribeOnline } from '../../platform/offline/online-status.ts';

const subscribe = (onChange: () => void) => subscribeOnline(onChange);
const snapshot = () => isOnline();
// Server rendering (tests) has no network state: assume online, as the browser does when it cannot tell.
const serverSnapshot = () => true;

/** Whether the browser is online, re-rendering when that changes. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}
