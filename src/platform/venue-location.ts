import { httpVenueSource, isValidVenueId, loadVenue, type LoadedVenue } from '../core/venue/index.ts';

/** The venue the app opens when the address names none. */
export const DEFAULT_VENUE_ID = 'demo-museum';

/** What the address bar asks for: a valid venue id, or why it cannot be used. */
export type VenueRequest = { ok: true; id: string } | { ok: false; id: string; reason: 'invalid-id' };

/** Reads `?venue=<id>` from a query string; a hostile or malformed id is refused before it becomes a path. */
export function venueRequestFrom(search: string): VenueRequest {
  const id = new URLSearchParams(search).get('venue') ?? DEFAULT_VENUE_ID;
  return isValidVenueId(id) ? { ok: true, id } : { ok: false, id: id.slice(0, 64), reason: 'invalid-id' };
}

/** The folder URL of a venue bundle served beside the app: `scenes/<id>/`. */
export function venueBaseUrl(id: string, documentBase: string): string {
  return new URL(`scenes/${id}/`, documentBase).href;
}

/** Fetches and validates a venue bundle served beside the app. Rejects with a VenueLoadError. */
export function openVenue(id: string, documentBase: string = document.baseURI): Promise<LoadedVenue> {
  return loadVenue(httpVenueSource(venueBaseUrl(id, documentBase)), { expectedId: id });
}
