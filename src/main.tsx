import './boot.ts'; // first: starts the downloads the first frame waits for
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { useVenueStore } from './state/venue-store.ts';
import { startServiceWorker } from './platform/pwa/start.ts';
import { APP_BUILD } from './platform/pwa/app-build.ts';
import './ui/app.css';

// Ask for the venue before React's first render: scene.json, the scan after it and
// the 3D view's code all download while the page is being built.
void useVenueStore.getState().open(window.location.search, navigator.languages);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

document.documentElement.dataset.appBuild = APP_BUILD;
// Offline use and updates: the service worker, registered once the museum is on screen.
startServiceWorker();
