import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { LoadedVenue } from '../../core/venue/index.ts';
import { fixIn, forgetOtherVenues, usePosition } from '../../state/position-store.ts';
import type { Strings } from '../strings.ts';

/**
 * The panel, with the tracker, the beacon parsers, the sources and the simulator
 * behind it: a chunk of its own, downloaded when the visitor first opens it. Most
 * visits never do, so none of it is in the first download.
 */
const PositioningPanel = lazy(() => import('./PositioningPanel.tsx'));

/**
 * "Where am I?" in the header: a disclosure button opening the positioning panel
 * below it (over the view, so nothing shifts). The dot on the button shows when a
 * position is known. Also keeps a position from following the visitor into
 * another venue.
 */
export function PositioningControl({ loaded, lang, t }: { loaded: LoadedVenue; lang: string; t: Strings }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const venueId = loaded.venue.id;
  const located = usePosition((s) => fixIn(s, venueId) !== null);

  useEffect(() => forgetOtherVenues(venueId), [venueId]);

  const close = useCallback(() => {
    setOpen(false);
    toggle.current?.focus();
  }, []);

  return (
    <div className="positioning">
      <button
        ref={toggle}
        type="button"
        className="positioning-toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        data-located={located ? 'true' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="positioning-toggle__dot" aria-hidden="true" />
        {t.whereAmI}
      </button>
      {open && (
        <Suspense
          fallback={
            <div id={panelId} className="positioning-panel" role="status">
              {t.loadingPositioning}
            </div>
          }
        >
          <PositioningPanel id={panelId} loaded={loaded} lang={lang} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
