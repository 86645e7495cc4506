import { useEffect } from 'react';
import { useVenueStore } from '../state/venue-store.ts';
import { ViewerCanvas } from '../render/ViewerCanvas.tsx';
import { pickText } from '../core/i18n/localize.ts';
import { strings, UI_LANGUAGES } from './strings.ts';
import { ProblemScreen } from './ProblemScreen.tsx';
import { ScanProgress } from './ScanProgress.tsx';
import { ExhibitList } from './ExhibitList.tsx';
import { ExhibitPanel } from './ExhibitPanel.tsx';

/** The app shell: opens the venue named in the address, then shows it or says what is wrong. */
export function App() {
  const { state, language, selectedHotspot, open, setLanguage, selectHotspot } = useVenueStore();
  const t = strings(language);

  useEffect(() => {
    void open(window.location.search, navigator.languages);
  }, [open]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const venue = state.status === 'ready' ? state.loaded.venue : null;
  const title = venue ? pickText(venue.title, language, venue.defaultLanguage).text : 'Museum';
  useEffect(() => {
    document.title = title;
  }, [title]);

  const languages = venue ? venue.languages : [...UI_LANGUAGES];
  const hotspot = venue?.hotspots?.find((h) => h.id === selectedHotspot);

  return (
    <div className="app">
      <header className="app-header">
        <h1>{title}</h1>
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
      </header>
      <main className="app-main">
        {state.status === 'loading' && (
          <p className="loading" role="status">
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
        {state.status === 'ready' && venue && (
          <>
            <section className="viewer" aria-label={t.viewer}>
              <ViewerCanvas loaded={state.loaded} selectedHotspot={selectedHotspot} onSelectHotspot={selectHotspot} label={`${t.viewer}. ${t.viewerHint}`} />
              <ScanProgress t={t} lang={language} />
            </section>
            <aside className="side-panel">
              {hotspot && <ExhibitPanel hotspot={hotspot} venue={venue} lang={language} t={t} onClose={() => selectHotspot(null)} />}
              <ExhibitList venue={venue} lang={language} t={t} selected={selectedHotspot} onSelect={selectHotspot} />
            </aside>
          </>
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
