import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';

/**
 * Announces `venue:ready` once the building has been drawn: after the second frame
 * that contains it, so the first one has reached the screen. Tests and benchmarks
 * wait for this event; it fires once per opened venue.
 */
export function ReadySignal({ venueId, drawn }: { venueId: string; drawn: boolean }) {
  const frames = useRef(0);
  const fired = useRef(false);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    frames.current = 0;
    fired.current = false;
    if (drawn) invalidate();
  }, [venueId, drawn, invalidate]);

  useFrame(() => {
    if (!drawn || fired.current) return;
    frames.current += 1;
    if (frames.current < 2) {
      invalidate();
      return;
    }
    fired.current = true;
    requestAnimationFrame(() => {
      document.documentElement.dataset.venueReady = venueId;
      window.dispatchEvent(new CustomEvent('venue:ready', { detail: { venue: venueId } }));
    });
  });
  return null;
}
