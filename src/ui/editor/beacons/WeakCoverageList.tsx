import { useMemo } from 'react';
import type { Venue } from '../../../core/venue/index.ts';
import { coverageGaps, GOOD_FIX_BEACONS } from '../../../core/editing/beacon-coverage.ts';
import { useEditorStore } from '../state/current-editor.ts';
import { floorName, roomName } from './beacon-labels.ts';

/** "No beacon reaches it", "1 beacon reaches it", "2 beacons reach it". */
function reachText(count: number): string {
  if (count === 0) return 'no beacon reaches its middle';
  return `${count} ${count === 1 ? 'beacon reaches' : 'beacons reach'} its middle`;
}

/**
 * Rooms whose middle fewer than three beacons reach (estimated from each beacon's
 * range, on the room's floor), weakest first, each with a button that selects the
 * room. Updates as beacons are placed, moved or recalibrated.
 */
export function WeakCoverageList({ venue }: { venue: Venue }) {
  const store = useEditorStore();
  // Recomputed only when the venue changes; each room's middle is found by a small search.
  const gaps = useMemo(() => coverageGaps(venue), [venue]);
  return (
    <section className="beacon-gaps" aria-labelledby="beacon-gaps-title">
      <h3 id="beacon-gaps-title">Rooms with weak coverage</h3>
      <p className="beacon-hint">
        A phone needs to hear {GOOD_FIX_BEACONS} beacons for a good position. Estimated from each beacon’s range, without walls.
      </p>
      {gaps.length === 0 ? (
        <p>Every room is reached by at least {GOOD_FIX_BEACONS} beacons.</p>
      ) : (
        <ul className="beacon-gap-list">
          {gaps.map((gap) => (
            <li key={gap.room} className={gap.heard ? 'beacon-gap' : 'beacon-gap beacon-gap-silent'}>
              <span>
                <strong>{roomName(venue, gap.room)}</strong> ({floorName(venue, gap.floor)}): {reachText(gap.count)}
              </span>
              <button
                type="button"
                className="editor-button"
                aria-label={`Select room ${roomName(venue, gap.room)}`}
                onClick={() => store.getState().select({ kind: 'room', id: gap.room })}
              >
                Select room
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
