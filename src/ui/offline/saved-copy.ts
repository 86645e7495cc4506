import type { LoadedVenue } from '../../core/venue/index.ts';
import { browserOfflineEnv, canSaveOffline } from '../../platform/offline/offline-env.ts';
import { savedCopyOf, type SavedCopy } from '../../platform/offline/saved-venues.ts';
import { venueVersionOf } from '../../platform/offline/venue-version.ts';

/**
 * Whether the open venue is saved on this device, and in which version: what the
 * header button shows. Loaded on its own after the first frame (Cache Storage is
 * read here), so the first download carries none of it.
 */
export async function savedCopyFor(loaded: LoadedVenue): Promise<SavedCopy> {
  if (!canSaveOffline()) return { state: 'none' };
  try {
    return await savedCopyOf(loaded.venue.id, venueVersionOf(loaded), browserOfflineEnv());
  } catch {
    // Storage that cannot be read (private mode, a blocked origin) has nothing saved in it.
    return { state: 'none' };
  }
}
