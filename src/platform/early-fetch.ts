/**
 * The first thing the page does: ask for the venue's scene.json, before the rest of
 * the app's code has even been evaluated. The venue loader later takes this response
 * instead of starting its own request; the same goes for the scan, once scene.json
 * names it. Deliberately free of imports: this module must run before React, the
 * validator and everything else.
 */

const pending = new Map<string, Promise<Response>>();

/** The venue id in the address, if it has the form of one (the loader validates it properly). */
function venueIdFrom(search: string): string {
  const id = new URLSearchParams(search).get('venue') ?? 'demo-museum';
  return /^[a-z0-9-]{1,64}$/.test(id) ? id : '';
}

/** Starts fetching `url` now; the first later fetchWithEarly of the same URL takes this response. */
export function fetchEarly(url: string): Promise<Response> {
  const response = fetch(url);
  response.catch(() => undefined); // whoever takes the response reports failures
  pending.set(url, response);
  return response;
}

/**
 * Starts fetching `scenes/<id>/scene.json` for the venue the address asks for.
 * Returns its URL and a copy of the response to peek into, or null when the
 * address names no plausible venue.
 */
export function fetchSceneEarly(search: string, documentBase: string): { url: string; response: Promise<Response> } | null {
  const id = venueIdFrom(search);
  if (!id || typeof fetch !== 'function') return null;
  const url = new URL(`scenes/${id}/scene.json`, documentBase).href;
  // The clone is taken before anyone reads the body, so both can read it.
  return { url, response: fetchEarly(url).then((r) => r.clone()) };
}

/** A fetch that hands out an early response once for its URL, and fetches normally otherwise. */
export const fetchWithEarly: typeof fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const early = pending.get(url);
  if (early && init === undefined) {
    pending.delete(url);
    return early;
  }
  return fetch(input, init);
};
