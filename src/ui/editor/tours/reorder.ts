/**
 * The index arithmetic of reordering tour stops, by keyboard and by drag and drop,
 * in the terms of the `moveTourStop` command: the stop at `from` is taken out and
 * put back so that it ends at index `to` of the new list.
 */

/** Where Move up (−1) or Move down (+1) takes the stop at `from`; null at either end, where the button is disabled. */
export function stepTarget(from: number, direction: -1 | 1, length: number): number | null {
  if (!Number.isInteger(from) || from < 0 || from >= length) return null;
  const to = from + direction;
  return to >= 0 && to < length ? to : null;
}

/** The move a key press asks for on a focused stop: Alt+ArrowUp −1, Alt+ArrowDown +1, anything else null. */
export function keyDirection(key: string, altKey: boolean): -1 | 1 | null {
  if (!altKey) return null;
  if (key === 'ArrowUp') return -1;
  if (key === 'ArrowDown') return 1;
  return null;
}

/**
 * The gap a dragged stop would drop into while the pointer is over the stop at
 * `over`: before it in its upper half, after it in its lower half. Gaps are
 * numbered 0 (before the first stop) to `length` (after the last).
 */
export function dropGap(over: number, lowerHalf: boolean): number {
  return over + (lowerHalf ? 1 : 0);
}

/**
 * The final index of the stop at `from` dropped into `gap`; null when the drop
 * would leave it where it is (the gaps just before and after it). Gaps after the
 * dragged stop count one less, because taking the stop out shifts them up.
 */
export function dropTarget(from: number, gap: number, length: number): number | null {
  if (!Number.isInteger(from) || from < 0 || from >= length) return null;
  if (!Number.isInteger(gap) || gap < 0 || gap > length) return null;
  const to = gap > from ? gap - 1 : gap;
  return to === from ? null : to;
}

/** Where the drop indicator is drawn for a gap: a line before stop `index`, or after the last stop. */
export function indicatorFor(gap: number, length: number): { index: number; side: 'before' | 'after' } | null {
  if (length === 0 || gap < 0 || gap > length) return null;
  return gap < length ? { index: gap, side: 'before' } : { index: length - 1, side: 'after' };
}

/** The screen-reader announcement after a move: "Moved 'Self-Portrait' to position 3 of 5". */
export function moveAnnouncement(title: string, to: number, length: number): string {
  return `Moved '${title}' to position ${to + 1} of ${length}`;
}
