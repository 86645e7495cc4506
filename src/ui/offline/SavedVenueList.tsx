import { useState } from 'react';
import type { SavedVenue } from '../../platform/offline/saved-venues.ts';
import type { StorageSpace } from '../../platform/offline/storage.ts';
import { formatBytes } from '../strings.ts';
import { savedDate, type OfflineStrings } from './offline-strings.ts';

/**
 * The museums saved on this device: each with the space it takes, a link to open
 * it, and Delete, which asks first ("Delete … from this device?") in place, so
 * the question is read out where the visitor's focus is.
 */
export function SavedVenueList({
  saved,
  space,
  currentId,
  lang,
  s,
  onDelete,
}: {
  saved: readonly SavedVenue[];
  space: StorageSpace | null;
  currentId: string;
  lang: string;
  s: OfflineStrings;
  onDelete: (venueId: string) => Promise<void>;
}) {
  const [asking, setAsking] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const confirm = async (venue: SavedVenue) => {
    setAsking(null);
    try {
      await onDelete(venue.id);
      setMessage(s.deleted(venue.title));
    } catch (error) {
      setMessage(String(error).slice(0, 200));
    }
  };

  return (
    <div className="offline-saved">
      <h3>{s.savedTitle}</h3>
      {saved.length === 0 ? (
        <p className="offline-saved__none">{s.noneSaved}</p>
      ) : (
        <ul>
          {saved.map((venue) => (
            <li key={`${venue.id}:${venue.version}`} data-venue={venue.id}>
              <div className="offline-saved__what">
                <a href={`?venue=${encodeURIComponent(venue.id)}`} aria-current={venue.id === currentId ? 'page' : undefined}>
                  {venue.title}
                </a>
                <span className="offline-saved__size">{s.savedItem(formatBytes(venue.bytes, lang), savedDate(venue.savedAt, lang))}</span>
              </div>
              {asking === venue.id ? (
                <div className="offline-saved__confirm" role="group" aria-label={s.confirmDelete(venue.title)}>
                  <span>{s.confirmDelete(venue.title)}</span>
                  <button type="button" className="offline-danger" onClick={() => void confirm(venue)}>
                    {s.confirmYes}
                  </button>
                  <button type="button" onClick={() => setAsking(null)} autoFocus>
                    {s.confirmNo}
                  </button>
                </div>
              ) : (
                <button type="button" onClick={() => setAsking(venue.id)} aria-label={`${s.delete}: ${venue.title}`}>
                  {s.delete}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {space && <p className="offline-usage">{s.usage(formatBytes(space.usage, lang), formatBytes(space.quota, lang))}</p>}
      <p className="offline-saved__message" role="status">
        {message}
      </p>
    </div>
  );
}
