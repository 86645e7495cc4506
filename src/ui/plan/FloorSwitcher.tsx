import type { Venue } from '../../core/venue/index.ts';
import { pickText } from '../../core/i18n/localize.ts';

/**
 * Buttons to choose the floor shown, top floor first like a lift's panel. The
 * current one is marked with `aria-pressed`, so screen readers say which it is.
 */
export function FloorSwitcher({ venue, floor, lang, label, onSelectFloor }: { venue: Venue; floor: string; lang: string; label: string; onSelectFloor: (floor: string) => void }) {
  const floors = [...venue.floors].sort((a, b) => b.elevation - a.elevation);
  return (
    <div className="plan-floors" role="group" aria-label={label}>
      {floors.map((f) => {
        const name = pickText(f.name, lang, venue.defaultLanguage);
        return (
          <button key={f.id} type="button" className="plan-floors__button" aria-pressed={f.id === floor} lang={name.lang} onClick={() => onSelectFloor(f.id)}>
            {name.text}
          </button>
        );
      })}
    </div>
  );
}
