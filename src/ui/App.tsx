import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { scanHint, useVenueStore } from '../state/venue-store.ts';
import { useView } from '../state/view-store.ts';
import { openExhibit } from '../state/exhibit-actions.ts';
import { pickText } from '../core/i18n/localize.ts';
import { strings, UI_LANGUAGES } from './strings.ts';
import { ProblemScreen } from './ProblemScreen.tsx';
import { ScanProgress } from './ScanProgress.tsx';
import { ViewToolbar } from './ViewToolbar.tsx';
import { ShareButton } from './ShareButton.tsx';
import { WalkStatus } from './WalkStatus.tsx';
import { LinkNotices } from './LinkNotices.tsx';
import { PlanView } from './PlanView.tsx';
import { PositioningControl } from './positioning/PositioningControl.tsx';
import { OfflineControl } from './offline/OfflineControl.tsx';
import { WayfindingDock, WayfindingToggle } from './wayfinding/WayfindingControl.tsx';
import { useViewLink } from './use-view-link.ts';
import { useAfterFirstFrame } from './use-after-first-frame.ts';
import { UpdateNotice } from './pwa/UpdateNotice.tsx';
import { viewerChunk } from '../boot.ts';
import { sceneInteraction } from '../state/scene-interaction.ts';

/**
 * The 3D view (three.js and its React renderer, most of the app's weight) is its
 * own chunk, requested by boot.ts before any of this runs, in parallel with the
 * venue's scene.json: splitting it off costs the first frame nothing while the
 * page's text, lists and tours come up without waiting for it.
 */
type ViewerModule = Awaited<typeof viewerChunk>;
let viewerModule: ViewerModule | null = null;
void viewerChunk.then((m) => (viewerModule = m));

/**
 * The 3D view's module once it has arrived. A plain state update rather than
 * Suspense, whose retries React schedules behind other work: the canvas should be
 * created the moment its code is here.
 */
function useViewerModule(): ViewerModule | null {
  const [module, setModule] = useState(viewerModule);
  useEffect(() => {
    if (!module) void viewerChunk.then(setModule);
  }, [module]);
  return module;
}

/** The exhibit panel, tours and exhibit list: a chunk of its own, fetched after the first frame. */
const SidePanel = lazy(() => import('./SidePanel.tsx'));

/** The curator editor (`?edit`): its panels and its 3D handles, chunks that visitors never download. */
const Editor = lazy(() => import('./editor/Editor.tsx'));
const EditorScene = lazy(() => import('./editor/scene/EditorScene.tsx'));
const editing = new URLSearchParams(location.search).has('edit');

// Decode the scan as soon as its address and the 3D code are both here (before the
// venue is validated and before the view mounts), so decoding overlaps the rest.
scanHint.listeners.add((url, uri) => void viewerChunk.then((m) => m.prepareScan(url, uri)));

/** The app shell: opens the venue named in the address, then shows it or says what is wrong. */
export function App() {
  const { state, language, selectedHotspot, setLanguage, selectHotspot } = useVenueStore();
  const viewer = useViewerModule();
  const mode = useView((s) => s.mode);
  const t = strings(language);
  const loaded = state.status === 'ready' ? state.loaded : null;
  const venue = loaded?.venue ?? null;
  // The side panel and the mini-map come right after the building's first frame,
  // so their layout work does not hold it up.
  const panelVenue = useAfterFirstFrame(venue?.id ?? null) ? venue : null;
  const { notices, dismiss } = useViewLink(loaded);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const title = venue ? pickText(venue.title, language, venue.defaultLanguage).text : 'Museum';
  useEffect(() => {
    document.title = title;
  }, [title]);

  // While editing, a chosen exhibit is selected for editing instead of opened.
  const choose = useCallback((id: string) => sceneInteraction.getState().pickHotspot?.(id) || (venue && openExhibit(venue, id)), [venue]);
  // The editor starts from the venue as first loaded; later `loaded` values are its own edits.
  const [editorBase, setEditorBase] = useState<typeof loaded>(null);
  useEffect(() => {
    if (editing && loaded && editorBase?.venue.id !== loaded.venue.id) setEditorBase(loaded);
  }, [loaded, editorBase]);

  // A newly opened exhibit is shown at the top of the side panel, in view.
  useEffect(() => {
    if (selectedHotspot) document.querySelector('.side-panel')?.scrollTo({ top: 0 });
  }, [selectedHotspot]);
  const languages = venue ? venue.languages : [...UI_LANGUAGES];

  return (
    <div className="app">
      <a className="skip-link" href="#exhibit-list-title">
        {t.exhibits}
      </a>
      <header className="app-header">
        <h1>
          {title}
          {editing && <span className="editing-badge">Editing</span>}
        </h1>
        {venue && <ViewToolbar venue={venue} lang={language} t={t} />}
        <div className="header-end">
          {loaded && <WayfindingToggle venueId={loaded.venue.id} t={t} />}
          {loaded && <PositioningControl loaded={loaded} lang={language} t={t} />}
          {venue && <ShareButton t={t} />}
          {loaded && <OfflineControl loaded={loaded} lang={language} />}
          <label className="language-switch">
            <span className="visually-hidden">{t.language}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value)} aria-label={t.language}>
              {languages.map((lang) => (
                <option key={lang} value={lang}>
                  {lang.toUpperCase()}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <UpdateNotice lang={language} />
      <LinkNotices notices={notices} t={t} onDismiss={dismiss} />
      <main className="app-main">
        {state.status === 'loading' && (
          <p className="loading venue-loading" role="status">
            {t.loadingVenue}
          </p>
        )}
        {state.status === 'error' && (
          <ProblemScreen
            title={state.kind === 'missing' ? `${t.unknownVenue}: ${state.venueId}` : `${t.venueFailed}: ${state.venueId}`}
            hint={state.kind === 'missing' ? '' : t.venueFailedHint}
            problems={state.problems}
          />
        )}
        {state.status !== 'error' && (
          <section className="viewer" aria-label={t.viewer} data-mode={mode}>
            <div className="stage" hidden={mode === 'plan'}>
              {viewer && (
                <viewer.ViewerCanvas loaded={loaded} selectedHotspot={selectedHotspot} onSelectHotspot={choose} label={`${t.viewer}. ${mode === 'walk' ? t.walkHint : t.overviewHint}`} lang={language}>
                  {editing && (
                    <Suspense fallback={null}>
                      <EditorScene />
                    </Suspense>
                  )}
                </viewer.ViewerCanvas>
              )}
              {loaded && <ScanProgress t={t} lang={language} />}
              {panelVenue && (
                <div className="mini-map-box" aria-label={t.miniMap} role="region">
                  <PlanView venue={panelVenue} lang={language} variant="mini" selected={selectedHotspot} onSelect={choose} />
                </div>
              )}
              {venue && (mode === 'walk' ? <WalkStatus venue={venue} lang={language} t={t} /> : <p className="view-hint">{t.overviewHint}</p>)}
            </div>
            {venue && mode === 'plan' && <PlanView venue={venue} lang={language} variant="full" selected={selectedHotspot} onSelect={choose} />}
          </section>
        )}
        {state.status !== 'error' && (
          // Laid out from the start, so the 3D view keeps its size when the venue arrives.
          <aside className={editing ? 'side-panel editor-side' : 'side-panel'} aria-label={editing ? 'Editor' : t.exhibits}>
            {editing && editorBase && (
              <Suspense fallback={<p role="status">Opening the editor…</p>}>
                <Editor loaded={editorBase} />
              </Suspense>
            )}
            {!editing && loaded && <WayfindingDock loaded={loaded} lang={language} t={t} />}
            {!editing && loaded && panelVenue && (
              <Suspense fallback={null}>
                <SidePanel loaded={loaded} venue={panelVenue} lang={language} t={t} selectedHotspot={selectedHotspot} onSelect={choose} onCloseExhibit={() => selectHotspot(null)} />
              </Suspense>
            )}
          </aside>
        )}
      </main>
      {venue?.credits && (
        <footer className="credits">
          <details>
            <summary>{t.credits}</summary>
            <ul>
              {venue.credits.map((c, i) => (
                <li key={i}>
                  {c.text}
                  {c.license && ` (${c.license})`}
                </li>
              ))}
            </ul>
          </details>
        </footer>
      )}
    </div>
  );
}
