/**
 * The page's first script, loaded before the app's entry (index.html names it
 * first, and it is a few kilobytes): starts the downloads the first frame waits
 * for — the venue's scene.json, the building's scan as soon as scene.json names
 * it, and the 3D view's code — so they overlap the download and evaluation of
 * everything else. The venue loader and the scan download later take these
 * responses instead of asking again.
 */
import { fetchSceneEarly } from './platform/early-fetch.ts';
import { downloadScan } from './state/scan-store.ts';
import { peekGltfScanUri } from './core/venue/peek.ts';
import { resolveVersionedUri, venueVersion } from './core/venue/version.ts';

const scene = fetchSceneEarly(window.location.search, document.baseURI);
if (scene) {
  scene.response
    .then((response) => (response.ok ? response.text() : ''))
    .then((text) => {
      const uri = peekGltfScanUri(text);
      // The app asks for the same URL later (versioned by the same text) and gets this download.
      if (uri) downloadScan(resolveVersionedUri(new URL('./', scene.url).href, uri, venueVersion(text))).catch(() => undefined);
    })
    .catch(() => undefined); // the venue loader reports what is wrong with scene.json
}

/** The 3D view's module (three.js and its React renderer): its own chunk, requested now. */
export const viewerChunk = import('./render/ViewerCanvas.tsx');
