import { useEffect, useState } from 'react';

/** How long the page waits for the 3D view before showing everything else anyway. */
const PATIENCE_MS = 2500;

/**
 * True once the venue's first 3D frame is on screen (`venue:ready`), or after a
 * short wait when it does not come (no WebGL, a very slow scan). Secondary parts
 * of the page (the side panel, the mini-map) wait for it, so that on a slow phone
 * their layout work does not delay the building's first appearance.
 */
export function useAfterFirstFrame(venueId: string | null): boolean {
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => {
    if (venueId === null) return;
    if (document.documentElement.dataset.venueReady === venueId) {
      setShown(venueId);
      return;
    }
    const show = () => setShown(venueId);
    const timer = setTimeout(show, PATIENCE_MS);
    window.addEventListener('venue:ready', show, { once: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('venue:ready', show);
    };
  }, [venueId]);
  return venueId !== null && shown === venueId;
}
