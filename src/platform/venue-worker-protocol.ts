import type { Problem, Venue } from '../core/venue/index.ts';

/** Messages between the page and the venue worker (structured-clone data only). */
export interface VenueWorkerRequest {
  /** The text of scene.json, as fetched by the page. */
  text: string;
  expectedId: string;
}

export type VenueWorkerReply =
  | { ok: true; venue: Venue; warnings: Problem[]; migratedFrom?: number }
  | { ok: false; problems: Problem[] };
