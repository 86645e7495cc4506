import type { Venue } from '../core/venue/index.ts';
import type { Strings } from './strings.ts';
import { Localized } from './ExhibitPanel.tsx';

/** Every exhibit of the venue as a list of buttons: the way through the museum without the 3D view. */
export function ExhibitList({ venue, lang, t, selected, onSelect }: { venue: Venue; lang: string; t: Strings; selected: string | null; onSelect: (id: string) => void }) {
  const hotspots = venue.hotspots ?? [];
  if (hotspots.length === 0) return null;
  return (
    <nav className="exhibit-list" aria-labelledby="exhibit-list-title">
      <h2 id="exhibit-list-title">
        {t.exhibits} ({hotspots.length})
      </h2>
      <ul>
        {hotspots.map((h) => (
          <li key={h.id}>
            <button type="button" aria-pressed={h.id === selected} onClick={() => onSelect(h.id)}>
              <Localized text={h.title} venue={venue} lang={lang} t={t} />
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
