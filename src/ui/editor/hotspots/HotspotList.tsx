import { useDeferredValue, useId, useMemo, useState, type Ref } from 'react';
import { useEditorState } from '../state/current-editor.ts';
import { filterHotspots, hotspotEntries } from './hotspot-list.ts';

/** Props of {@link HotspotList}. */
export interface HotspotListProps {
  /** The selected hotspot's id, or null. */
  selectedId: string | null;
  /** The panel heading; takes focus after a delete, so keyboard users are not dropped at the top of the page. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** What the panel last did (a delete), announced with the count. */
  announcement?: string;
}

/** Rows rendered at most: a venue may hold thousands of exhibits, and the filter narrows them down. */
export const MAX_LIST_ROWS = 200;

/**
 * The venue's exhibits, filterable by title, room or id in any language; a row
 * selects its exhibit for editing (and shows it in the 3D view through the
 * selection). "Place a new exhibit" arms the 3D view's placing tool.
 */
export function HotspotList({ selectedId, headingRef, announcement = '' }: HotspotListProps) {
  const venue = useEditorState((s) => s.venue);
  const tool = useEditorState((s) => s.tool);
  const select = useEditorState((s) => s.select);
  const setTool = useEditorState((s) => s.setTool);
  const [query, setQuery] = useState('');
  const filterId = useId();
  const deferredQuery = useDeferredValue(query);

  const entries = useMemo(() => hotspotEntries(venue), [venue]);
  const shown = useMemo(() => filterHotspots(entries, deferredQuery), [entries, deferredQuery]);
  const rows = shown.slice(0, MAX_LIST_ROWS);
  const placing = tool === 'place-hotspot';

  const count =
    entries.length === 0
      ? 'No exhibits yet.'
      : query.trim() === ''
        ? `${entries.length} ${entries.length === 1 ? 'exhibit' : 'exhibits'}.`
        : `${shown.length} of ${entries.length} exhibits match.`;

  return (
    <section className="hotspot-list" aria-labelledby={`${filterId}-heading`}>
      <h2 id={`${filterId}-heading`} ref={headingRef} tabIndex={-1}>
        Exhibits
      </h2>
      <div className="hotspot-buttons">
        {placing ? (
          <button type="button" className="hotspot-button" onClick={() => setTool('select')}>
            Stop placing
          </button>
        ) : (
          <button type="button" className="hotspot-button hotspot-primary" onClick={() => setTool('place-hotspot')}>
            Place a new exhibit
          </button>
        )}
      </div>
      <p className="hotspot-place-hint" role="status">
        {placing ? 'Click a wall or display in the 3D view to place the exhibit.' : ''}
      </p>

      <label htmlFor={filterId}>Find an exhibit</label>
      <input
        id={filterId}
        type="search"
        value={query}
        placeholder="Title, room or id"
        aria-describedby={`${filterId}-count`}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p id={`${filterId}-count`} className="hotspot-hint" role="status">
        {announcement && `${announcement} `}
        {count}
        {shown.length > MAX_LIST_ROWS && ` Showing the first ${MAX_LIST_ROWS}; type to narrow the list.`}
      </p>

      <ul className="hotspot-rows">
        {rows.map((entry) => (
          <li key={entry.id}>
            <button type="button" aria-pressed={entry.id === selectedId} onClick={() => select({ kind: 'hotspot', id: entry.id })}>
              <span className="hotspot-row-title">{entry.title}</span>
              <span className="hotspot-row-room">{entry.room}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
