import { httpVenueSource, isValidVenueId, parseVenueText, readSceneText, toLoadedVenue, VenueLoadError, type LoadedVenue, type ValidationResult } from '../core/venue/index.ts';
import type { VenueWorkerReply, VenueWorkerRequest } from './venue-worker-protocol.ts';
import { fetchWithEarly } from './early-fetch.ts';
import { venueVersion } from '../core/venue/version.ts';

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

/** Above this size (characters of scene.json) validation runs in a worker. */
export const WORKER_THRESHOLD_CHARS = 2_000_000;

/** Validates scene.json text in a worker; resolves null when workers are unavailable (then the page does it). */
function validateInWorker(text: string, id: string): Promise<ValidationResult | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./venue.worker.ts', import.meta.url), { type: 'module', name: 'venue' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<VenueWorkerReply>) => {
      worker.terminate();
      const reply = event.data;
      resolve(reply.ok ? { venue: reply.venue, problems: reply.warnings, ...(reply.migratedFrom !== undefined && { migratedFrom: reply.migratedFrom }) } : { venue: null, problems: reply.problems });
    });
    // A worker that cannot start (blocked, no module workers) leaves the work to the page.
    worker.addEventListener('error', () => {
      worker.terminate();
      resolve(null);
    });
    worker.postMessage({ text, expectedId: id } satisfies VenueWorkerRequest);
  });
}

/**
 * Fetches a venue bundle served beside the app and validates it (off the main
 * thread for large venues, where the browser allows). `onText` sees scene.json as soon as it arrives, before
 * validation, with the venue's version (a hash of that text, which the bundle's
 * file URLs carry as `?v=`), so the page can start on the building meanwhile.
 * Rejects with a VenueLoadError.
 */
export async function openVenue(id: string, options: { documentBase?: string; onText?: (text: string, baseUrl: string, version: string) => void } = {}): Promise<LoadedVenue> {
  const baseUrl = venueBaseUrl(id, options.documentBase ?? document.baseURI);
  const text = await readSceneText(httpVenueSource(baseUrl, fetchWithEarly));
  // Hashed on the page, not in the worker: boot.ts needs the same version before any worker could start.
  const version = venueVersion(text);
  options.onText?.(text, baseUrl, version);
  // A small venue validates in tens of milliseconds, faster than a worker starts;
  // a large one (a big walking graph) goes to the worker so the page stays responsive.
  const inWorker = text.length > WORKER_THRESHOLD_CHARS ? await validateInWorker(text, id) : null;
  const result = inWorker ?? parseVenueText(text, { expectedId: id });
  if (!result.venue) throw new VenueLoadError(baseUrl, result.problems);
  return toLoadedVenue(result.venue, result.problems, baseUrl, result.migratedFrom, version);
}
