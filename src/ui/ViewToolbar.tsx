import type { Venue } from '../core/venue/index.ts';
import { pickText } from '../core/i18n/localize.ts';
import { useView } from '../state/view-store.ts';
import { focusFloor, showOverview, showPlan, startWalk } from '../state/view-actions.ts';
import type { Strings } from './strings.ts';

/** Overview, floor plan or walk, and which floor: the two choices that shape the view. */
export function ViewToolbar({ venue, lang, t }: { venue: Venue; lang: string; t: Strings }) {
  const mode = useView((s) => s.mode);
  const floor = useView((s) => s.floor);
  const floors = [...venue.floors].sort((a, b) => b.elevation - a.elevation); // top floor first, as in a lift
  const modes = [
    { id: 'overview', label: t.overview, act: () => showOverview(venue) },
    { id: 'plan', label: t.plan, act: () => showPlan(venue) },
    { id: 'walk', label: t.walk, act: () => startWalk(venue) },
  ] as const;
  return (
    <div className="view-toolbar">
      <div role="group" aria-label={t.views} className="segmented">
        {modes.map((m) => (
          <button key={m.id} type="button" aria-pressed={mode === m.id} onClick={m.act} data-view={m.id}>
            {m.label}
          </button>
        ))}
      </div>
      {venue.floors.length > 1 && (
        <div role="group" aria-label={t.floors} className="segmented">
          {mode === 'overview' && (
            <button type="button" aria-pressed={floor === null} onClick={() => focusFloor(venue, null)} data-floor="">
              {t.allFloors}
            </button>
          )}
          {floors.map((f) => (
            <button key={f.id} type="button" aria-pressed={floor === f.id} onClick={() => focusFloor(venue, f.id)} data-floor={f.id}>
              {pickText(f.name, lang, venue.defaultLanguage).text}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
