import { useDeferredValue, useMemo, useState } from 'react';
import type { Venue } from '../core/venue/index.ts';
import { pickText } from '../core/i18n/localize.ts';
import type { Strings } from './strings.ts';
import { Localized } from './ExhibitPanel.tsx';

/** Folds case and accents, so "mousme" finds "Mousmé" and "weiss" finds "Weiß". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{Diacritic}/gu, '').replace(/ß/g, 'ss').toLowerCase();
}

/**
 * Every exhibit as a list, searchable by title (in any of the venue's languages),
 * room and tag: the way through the museum without the 3D view, and the quickest
 * one with it.
 */
export function ExhibitSearch({ venue, lang, t, selected, onSelect }: { venue: Venue; lang: string; t: Strings; selected: string | null; onSelect: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const rooms = useMemo(() => new Map(venue.rooms.map((r) => [r.id, r])), [venue]);
  const index = useMemo(
    () =>
      (venue.hotspots ?? []).map((h) => {
        const room = rooms.get(h.room);
        const words = [...Object.values(h.title), ...Object.values(room?.name ?? {}), ...(h.tags ?? [])].join(' ');
        return { hotspot: h, room, haystack: fold(words) };
      }),
    [venue, rooms],
  );
  const terms = fold(deferred).split(/\s+/).filter(Boolean);
  const matches = terms.length === 0 ? index : index.filter((e) => terms.every((term) => e.haystack.includes(term)));
  if (index.length === 0) return null;

  return (
    <nav className="exhibit-list" aria-labelledby="exhibit-list-title">
      <h2 id="exhibit-list-title">{t.exhibits}</h2>
      <label className="exhibit-search">
        <span className="visually-hidden">{t.searchExhibits}</span>
        <input type="search" value={query} placeholder={t.searchPlaceholder} onChange={(e) => setQuery(e.target.value)} aria-describedby="exhibit-count" />
      </label>
      <p id="exhibit-count" className="muted" role="status">
        {matches.length === 0 ? t.noMatches : t.matches(matches.length, index.length)}
      </p>
      <ul>
        {matches.map(({ hotspot, room }) => (
          <li key={hotspot.id}>
            <button type="button" aria-pressed={hotspot.id === selected} onClick={() => onSelect(hotspot.id)} data-hotspot={hotspot.id}>
              <span className="exhibit-title">
                <Localized text={hotspot.title} venue={venue} lang={lang} t={t} />
              </span>
              {room && <span className="exhibit-room">{pickText(room.name, lang, venue.defaultLanguage).text}</span>}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
