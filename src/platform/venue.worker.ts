/**
 * Validates a venue's scene.json off the main thread, so a large venue (up to
 * 200 000 walking-graph nodes) never freezes the page, and the page meanwhile
 * decodes the building and sets up the 3D view. One `VenueWorkerReply` per request.
 */
import { parseVenueText } from '../core/venue/index.ts';
import type { VenueWorkerReply, VenueWorkerRequest } from './venue-worker-protocol.ts';

const post = (reply: VenueWorkerReply): void => (self as unknown as { postMessage(message: unknown): void }).postMessage(reply);

self.addEventListener('message', (event: MessageEvent<VenueWorkerRequest>) => {
  const { text, expectedId } = event.data;
  try {
    const result = parseVenueText(text, { expectedId });
    if (result.venue) {
      post({ ok: true, venue: result.venue, warnings: result.problems, ...(result.migratedFrom !== undefined && { migratedFrom: result.migratedFrom }) });
    } else {
      post({ ok: false, problems: result.problems });
    }
  } catch (error) {
    post({ ok: false, problems: [{ path: '', message: `validation failed: ${String(error)}`, severity: 'error' }] });
  }
});
