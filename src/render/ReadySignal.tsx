import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';

/**
 * Announces `venue:ready` once the building has been drawn: in the animation frame
 * after the first frame that contains it, when that frame has reached the screen.
 * Tests and benchmarks wait for this event; it fires once per opened venue.
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
    fired.current = true;
    performance.mark('venue:first-frame');
    requestAnimationFrame(() => {
      document.documentElement.dataset.venueReady = venueId;
      window.dispatchEvent(new CustomEvent('venue:ready', { detail: { venue: venueId } }));
    });
  });
  return null;
}
