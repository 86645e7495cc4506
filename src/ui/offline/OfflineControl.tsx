import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { LoadedVenue } from '../../core/venue/index.ts';
import type { SavedCopy } from '../../platform/offline/saved-venues.ts';
import { useAfterFirstFrame } from '../use-after-first-frame.ts';
import { offlineControlStrings } from './offline-control-strings.ts';
import { SAVED_CHANGE_EVENT } from './saved-change-event.ts';
import './offline-control.css';

/**
 * The panel, with the downloader, the saved list and their words behind it: a
 * chunk of its own, downloaded when the visitor first opens it.
 */
const OfflinePanel = lazy(() => import('./OfflinePanel.tsx'));

/**
 * "Save offline" in the header: a disclosure button opening the save panel below
 * it. After the building's first frame, and whenever a save or a delete changes
 * what is stored, it looks (in a small chunk of its own) whether this museum is
 * saved, and marks the button "Saved offline", or "Offline copy outdated" when
 * only an older version is.
 */
export function OfflineControl({ loaded, lang }: { loaded: LoadedVenue; lang: string }) {
  const c = offlineControlStrings(lang);
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<SavedCopy['state']>('none');
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const settled = useAfterFirstFrame(loaded.venue.id);

  useEffect(() => {
    if (!settled) return;
    let live = true;
    const check = () =>
      void import('./saved-copy.ts')
        .then((m) => m.savedCopyFor(loaded))
        .then((found) => live && setCopy(found.state))
        .catch(() => undefined); // no saved-state mark is better than a broken header
    check();
    window.addEventListener(SAVED_CHANGE_EVENT, check);
    return () => {
      live = false;
      window.removeEventListener(SAVED_CHANGE_EVENT, check);
    };
  }, [settled, loaded]);

  const close = useCallback(() => {
    setOpen(false);
    toggle.current?.focus();
  }, []);
  const label = copy === 'current' ? c.savedOffline : copy === 'older' ? c.updateOffline : c.saveOffline;

  return (
    <div className="offline">
      <button
        ref={toggle}
        type="button"
        className="offline-toggle"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        data-saved={copy}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="offline-toggle__mark" aria-hidden="true" />
        {label}
      </button>
      {open && (
        <Suspense
          fallback={
            <div id={panelId} className="offline-panel" role="status">
              {c.loadingPanel}
            </div>
          }
        >
          <OfflinePanel id={panelId} loaded={loaded} lang={lang} onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
