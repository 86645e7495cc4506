import type { Venue } from '../../../core/venue/index.ts';
import { exhibitLabel } from './tour-labels.ts';

/** Props of {@link ExhibitSelect}. */
export interface ExhibitSelectProps {
  id: string;
  venue: Venue;
  value: string;
  onChange: (hotspotId: string) => void;
  /** Exhibits already in the tour: listed after the others, in their own group (a tour may pass an exhibit twice). */
  inTour?: ReadonlySet<string>;
}

/** "Self-Portrait — Gallery 1": an exhibit as an option. */
function optionText(venue: Venue, hotspotId: string): string {
  const { title, room } = exhibitLabel(venue, hotspotId);
  return `${title} — ${room}`;
}

/** A select of the venue's exhibits, those not yet in the tour first. */
export function ExhibitSelect({ id, venue, value, onChange, inTour }: ExhibitSelectProps) {
  const hotspots = venue.hotspots ?? [];
  const fresh = inTour ? hotspots.filter((h) => !inTour.has(h.id)) : hotspots;
  const already = inTour ? hotspots.filter((h) => inTour.has(h.id)) : [];
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {inTour && already.length > 0 ? (
        <>
          <optgroup label="Not in this tour yet">
            {fresh.map((h) => (
              <option key={h.id} value={h.id}>
                {optionText(venue, h.id)}
              </option>
            ))}
          </optgroup>
          <optgroup label="Already in this tour">
            {already.map((h) => (
              <option key={h.id} value={h.id}>
                {optionText(venue, h.id)}
              </option>
            ))}
          </optgroup>
        </>
      ) : (
        fresh.map((h) => (
          <option key={h.id} value={h.id}>
            {optionText(venue, h.id)}
          </option>
        ))
      )}
    </select>
  );
}

/** The exhibit a select should start on: the one selected in the editor when there is one, else the first not yet in the tour. */
export function initialExhibit(venue: Venue, selectedHotspot: string | null, inTour: ReadonlySet<string> = new Set()): string {
  const hotspots = venue.hotspots ?? [];
  if (selectedHotspot && hotspots.some((h) => h.id === selectedHotspot)) return selectedHotspot;
  return (hotspots.find((h) => !inTour.has(h.id)) ?? hotspots[0])?.id ?? '';
}
