/**
 * Runs before any other module of the app (main.tsx imports it first): starts the
 * two downloads the first frame waits for — the venue's scene.json and the 3D
 * view's code — so they overlap the evaluation of everything else.
 */
import { fetchSceneEarly } from './platform/early-fetch.ts';

fetchSceneEarly(window.location.search, document.baseURI);

/** The 3D view's module (three.js and its React renderer): its own chunk, requested now. */
export const viewerChunk = import('./render/ViewerCanvas.tsx');
