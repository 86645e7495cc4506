import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchDestinations, type Destination } from './destinations.ts';
import type { WayfindingStrings } from './wayfinding-strings.ts';

/** At most this many suggestions are listed at once; typing narrows them. */
const MAX_SHOWN = 60;

/**
 * "Where to?": a combobox over the venue's destinations (ARIA 1.2 pattern with a
 * listbox popup). Typing filters; Down and Up move through the suggestions (Down
 * also opens them), Enter chooses, Escape closes the list (or, when it is
 * closed, clears the text); the mouse works as usual. Focus stays in the text
 * field; the active suggestion is announced through `aria-activedescendant`.
 */
export function DestinationSearch({
  destinations,
  chosen,
  onChoose,
  w,
  autoFocus,
}: {
  destinations: readonly Destination[];
  /** The chosen destination, shown in the field when the visitor is not typing. */
  chosen: Destination | null;
  onChoose: (destination: Destination) => void;
  w: WayfindingStrings;
  autoFocus?: boolean;
}) {
  const inputId = useId();
  const listId = useId();
  const countId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Not deferred: Down and Enter right after typing must act on the list for what was typed.
  const matches = useMemo(() => searchDestinations(destinations, query ?? '').slice(0, MAX_SHOWN), [destinations, query]);
  const shown = open ? matches : [];
  const activeIndex = active < shown.length ? active : -1;
  const optionId = (i: number) => `${listId}-${i}`;

  // The active suggestion stays in sight as the arrow keys move through a long list.
  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, listId]);

  const choose = (d: Destination) => {
    onChoose(d);
    setQuery(null);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) setOpen(true);
        setActive((i) => Math.min(matches.length - 1, i + 1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (open) setActive((i) => Math.max(0, i - 1));
        break;
      case 'Home':
      case 'End':
        if (open && matches.length > 0) {
          e.preventDefault();
          setActive(e.key === 'Home' ? 0 : matches.length - 1);
        }
        break;
      case 'Enter': {
        const pick = shown[activeIndex] ?? (shown.length === 1 ? shown[0] : undefined);
        if (pick) {
          e.preventDefault();
          choose(pick);
        }
        break;
      }
      case 'Escape':
        // Handled here, so Escape does not also close the panel around the field.
        if (open || query !== null) {
          e.preventDefault();
          e.stopPropagation();
          if (open) setOpen(false);
          else setQuery(null);
          setActive(-1);
        }
        break;
    }
  };

  return (
    <div className="destination-search">
      <label htmlFor={inputId} className="wayfinding-label">
        {w.whereTo}
      </label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open && shown.length > 0}
        aria-controls={listId}
        aria-describedby={countId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        placeholder={w.searchPlaceholder}
        value={query ?? chosen?.label ?? ''}
        // The panel opens on the search: the visitor came to type a destination.
        autoFocus={autoFocus}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(true)}
      />
      <p id={countId} className="visually-hidden" aria-live="polite">
        {open ? (matches.length === 0 ? w.noMatches : w.matches(matches.length)) : ''}
      </p>
      <ul id={listId} role="listbox" aria-label={w.destinations} className="destination-options" hidden={shown.length === 0}>
        {shown.map((d, i) => (
          <li
            key={d.key}
            id={optionId(i)}
            role="option"
            aria-selected={i === activeIndex}
            data-destination={d.key}
            className="destination-option"
            // Keep focus in the field (a blur would close the list before the click lands).
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(d)}
          >
            <span className="destination-option__label">{d.label}</span>
            <span className="destination-option__detail">{d.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
