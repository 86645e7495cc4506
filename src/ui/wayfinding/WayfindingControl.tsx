import { lazy, Suspense, useCallback } from 'react';
import type { LoadedVenue } from '../../core/venue/index.ts';
import { routeIn, setWayfindingPanelOpen, useWayfinding } from '../../state/wayfinding/wayfinding-store.ts';
import type { Strings } from '../strings.ts';

/**
 * The panel, with the router, the instruction writer and the guidance behind it:
 * a chunk of its own, downloaded when the visitor first asks for the way. Most
 * remote visits never do, so none of it is in the first download.
 */
const WayfindingPanel = lazy(() => import('./WayfindingPanel.tsx'));

/** The panel's element id, for the toggle's `aria-controls`. */
const PANEL_ID = 'wayfinding-panel';

/** "Find your way" in the header: a disclosure button for the wayfinding panel (which sits atop the side panel). */
export function WayfindingToggle({ venueId, t }: { venueId: string; t: Strings }) {
  const open = useWayfinding((s) => s.panelOpen);
  const routed = useWayfinding((s) => routeIn(s, venueId) !== null);
  return (
    <button
      type="button"
      className="wayfinding-toggle"
      aria-expanded={open}
      aria-controls={open ? PANEL_ID : undefined}
      data-routed={routed ? 'true' : undefined}
      onClick={() => setWayfindingPanelOpen(!open)}
    >
      <span className="wayfinding-toggle__icon" aria-hidden="true" />
      {t.findYourWay}
    </button>
  );
}

/** Where the panel is shown when open: loaded on first use, with a placeholder meanwhile. */
export function WayfindingDock({ loaded, lang, t }: { loaded: LoadedVenue; lang: string; t: Strings }) {
  const open = useWayfinding((s) => s.panelOpen);
  const close = useCallback(() => {
    setWayfindingPanelOpen(false);
    document.querySelector<HTMLButtonElement>('.wayfinding-toggle')?.focus();
  }, []);
  if (!open) return null;
  return (
    <Suspense
      fallback={
        <div id={PANEL_ID} className="wayfinding-panel" role="status">
          {t.loadingWayfinding}
        </div>
      }
    >
      <WayfindingPanel id={PANEL_ID} loaded={loaded} lang={lang} onClose={close} />
    </Suspense>
  );
}
