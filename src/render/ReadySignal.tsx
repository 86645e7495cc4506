import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';

/**
 * Announces `venue:ready` once the building has been drawn: in the animation frame
 * after the first frame that contains it, when that frame has reached the screen.
 * Tests and benchmarks wait for this event; it fires once per opened venue.
 * `<html data-venue-scan>` then says whether the scan or the plan was drawn.
 */
export function ReadySignal({ venueId, drawn, shows, onAnnounced }: { venueId: string; drawn: boolean; shows: 'scan' | 'plan'; onAnnounced?: () => void }) {
  const announced = useRef<string | null>(null);
  const invalidate = useThree((s) => s.invalidate);

  // Make sure a frame follows as soon as there is something to draw.
  useEffect(() => {
    if (drawn) invalidate();
  }, [drawn, invalidate]);

  useFrame(() => {
    if (!drawn || announced.current === venueId) return;
    announced.current = venueId;
    performance.mark('venue:first-frame');
    requestAnimationFrame(() => {
      document.documentElement.dataset.venueReady = venueId;
      // What the first frame showed: the scan, or the plan drawn instead (no scan, or it failed).
      document.documentElement.dataset.venueScan = shows;
      window.dispatchEvent(new CustomEvent('venue:ready', { detail: { venue: venueId } }));
      onAnnounced?.();
    });
  });
  return null;
}
