import { useStore } from 'zustand';
import type { Venue } from '../core/venue/index.ts';
import { pickText } from '../core/i18n/localize.ts';
import { EYE_HEIGHT, floorAtHeight } from '../core/camera/framing.ts';
import { roomAt } from '../core/venue/place.ts';
import { cameraStore } from '../state/camera-store.ts';
import { flyTo, setViewMode } from '../state/view-store.ts';
import type { Strings } from './strings.ts';

/** The room the camera stands in, from its pose (null in the air or outside). */
function roomIdAt(venue: Venue, position: readonly number[] | undefined): string | null {
  if (!position) return null;
  const floor = floorAtHeight(venue, position[1]! - EYE_HEIGHT);
  const p = [position[0]!, position[2]!] as const;
  return roomAt(venue, floor, p)?.id ?? null;
}

/**
 * While walking: which room the visitor is in, with its description (announced to
 * screen readers as the room changes), and in a stairwell or lift the way to the
 * other floors, following the walking graph's stairs and elevator edges.
 */
export function WalkStatus({ venue, lang, t }: { venue: Venue; lang: string; t: Strings }) {
  const roomId = useStore(cameraStore, (s) => roomIdAt(venue, s.pose?.position));
  const room = venue.rooms.find((r) => r.id === roomId);
  const nodes = new Map((venue.navGraph?.nodes ?? []).map((n) => [n.id, n]));
  const links = (venue.navGraph?.edges ?? [])
    .filter((e) => e.kind === 'stairs' || e.kind === 'elevator' || e.kind === 'escalator')
    .flatMap((e) => {
      const a = nodes.get(e.from);
      const b = nodes.get(e.to);
      if (!a || !b) return [];
      const out = [];
      if (a.room === roomId) out.push({ kind: e.kind, to: b });
      if (b.room === roomId && !e.oneWay) out.push({ kind: e.kind, to: a });
      return out;
    });
  const text = (value: Parameters<typeof pickText>[0] | undefined) => (value ? pickText(value, lang, venue.defaultLanguage).text : '');

  const go = (to: (typeof links)[number]['to']) => {
    const floor = venue.floors.find((f) => f.id === to.floor);
    const y = (floor?.elevation ?? to.position[1]) + EYE_HEIGHT;
    setViewMode('walk', to.floor);
    flyTo({ position: [to.position[0], y, to.position[2]], target: [to.position[0] + 1, y, to.position[2]] }, { instant: true });
  };

  return (
    <div className="walk-status">
      <p aria-live="polite">
        {room ? (
          <>
            <strong>{t.youAreIn}</strong> {text(room.name)}
            {room.description && <span className="room-description"> — {text(room.description)}</span>}
          </>
        ) : (
          t.walkHint
        )}
      </p>
      {links.length > 0 && (
        <div className="floor-links">
          {links.map((link) => {
            const floorName = text(venue.floors.find((f) => f.id === link.to.floor)?.name);
            return (
              <button key={`${link.kind}-${link.to.id}`} type="button" onClick={() => go(link.to)}>
                {link.kind === 'elevator' ? t.takeElevator(floorName) : t.takeStairs(floorName)}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}
