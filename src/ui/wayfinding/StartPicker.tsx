import { useId, useMemo } from 'react';
import type { Venue } from '../../core/venue/index.ts';
import type { RouteOrigin } from '../../core/routing/types.ts';
import { pickText } from '../../core/i18n/localize.ts';
import type { WayfindingStrings } from './wayfinding-strings.ts';

/**
 * "From": where the route starts while the visitor's position is unknown. The
 * entrance by default, or any room (its first walking-graph node) or exhibit.
 * With a position known, the panel says "from your position" instead.
 */

/** The origin a choice stands for: a room's first node (the router snaps it), an exhibit, or null for the entrance. */
export function originOf(venue: Venue, value: string): RouteOrigin | null {
  const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if (kind === 'hotspot' && venue.hotspots?.some((h) => h.id === id)) return { kind: 'hotspot', id };
  if (kind === 'room') {
    const node = venue.navGraph?.nodes.find((n) => n.room === id);
    if (node) return { kind: 'node', id: node.id };
  }
  return null;
}

/** The choice an origin stands for (the select's value). */
function valueOf(venue: Venue, origin: RouteOrigin | null): string {
  if (!origin) return '';
  if (origin.kind === 'hotspot') return `hotspot:${origin.id}`;
  if (origin.kind === 'node') {
    const room = venue.navGraph?.nodes.find((n) => n.id === origin.id)?.room;
    return room ? `room:${room}` : '';
  }
  return '';
}

/** The "From" select: the entrance, a room or an exhibit, for routes planned without a known position. */
export function StartPicker({ venue, lang, origin, onChange, w }: { venue: Venue; lang: string; origin: RouteOrigin | null; onChange: (origin: RouteOrigin | null) => void; w: WayfindingStrings }) {
  const id = useId();
  const text = (value: Record<string, string>) => pickText(value, lang, venue.defaultLanguage).text;
  const groups = useMemo(() => {
    const withNodes = new Set((venue.navGraph?.nodes ?? []).map((n) => n.room));
    return [...venue.floors]
      .sort((a, b) => a.elevation - b.elevation)
      .map((f) => ({
        id: f.id,
        name: pickText(f.name, lang, venue.defaultLanguage).text,
        rooms: venue.rooms
          .filter((r) => r.floor === f.id && withNodes.has(r.id))
          .map((r) => ({ id: r.id, name: pickText(r.name, lang, venue.defaultLanguage).text }))
          .sort((a, b) => a.name.localeCompare(b.name, lang)),
      }))
      .filter((g) => g.rooms.length > 0);
  }, [venue, lang]);
  const entrance = venue.rooms.find((r) => r.kind === 'entrance');

  return (
    <div className="wayfinding-start">
      <label htmlFor={id} className="wayfinding-label">
        {w.from}
      </label>
      <select id={id} value={valueOf(venue, origin)} onChange={(e) => onChange(originOf(venue, e.target.value))}>
        <option value="">{entrance ? w.entrance(text(entrance.name)) : w.entrance('—')}</option>
        {groups.map((g) => (
          <optgroup key={g.id} label={g.name}>
            {g.rooms.map((r) => (
              <option key={r.id} value={`room:${r.id}`}>
                {r.name}
              </option>
            ))}
          </optgroup>
        ))}
        {(venue.hotspots ?? []).length > 0 && (
          <optgroup label={w.exhibitsGroup}>
            {(venue.hotspots ?? []).map((h) => (
              <option key={h.id} value={`hotspot:${h.id}`}>
                {text(h.title)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
