import { useId, useRef } from 'react';
import type { Point3 } from '../../../core/geometry/types.ts';
import { useEditorStore } from '../state/current-editor.ts';
import { useSyncedDraft } from './use-synced-draft.ts';
import './fields.css';

type Position = Point3;
type Draft = [string, string, string];

const AXES = [
  { label: 'x', hint: 'east–west' },
  { label: 'Height', hint: 'above ground level' },
  { label: 'z', hint: 'north–south' },
] as const;

const toDraft = (p: Position): Draft => [String(round(p[0])), String(round(p[1])), String(round(p[2]))];
/** Centimetres are plenty for a beacon or an exhibit; the 3D drag leaves long fractions behind. */
const round = (n: number): number => Math.round(n * 100) / 100;
const parse = (text: string): number | null => {
  const t = text.trim().replace('−', '-');
  return /^-?\d+(\.\d*)?$|^-?\.\d+$/.test(t) ? Number(t) : null;
};
const matches = (draft: Draft, p: Position): boolean => draft.every((text, i) => parse(text) !== null && Math.abs(parse(text)! - p[i]!) < 0.005);

let focusCounter = 0;

/**
 * A position in metres, typed: for curators who know the coordinates from a plan,
 * and for keyboard users who cannot drag the marker (beacons, exhibits). Edits
 * made while one field has focus are one undo step (a "gesture" of that focus):
 * `onMove` applies the move with that gesture.
 */
export function PositionFields({ position: current, onMove }: { position: Position; onMove: (position: Position, gesture: string) => void }) {
  const store = useEditorStore();
  const ids = useId();
  const [draft, setDraft] = useSyncedDraft(current, toDraft, matches);
  const gesture = useRef<string | null>(null);
  const invalid = draft.map((text) => parse(text) === null);

  const change = (axis: number, text: string) => {
    const next: Draft = [...draft];
    next[axis] = text;
    setDraft(next);
    const values = next.map(parse);
    if (values.some((v) => v === null)) return;
    const position = values as [number, number, number];
    if (position.every((v, i) => v === current[i])) return;
    gesture.current ??= `position-field-${++focusCounter}`;
    onMove(position, gesture.current);
  };

  const blur = () => {
    gesture.current = null;
    store.getState().breakCoalescing();
  };

  return (
    <fieldset className="position-fields">
      <legend>Position (metres)</legend>
      <div className="position-fields-row">
        {AXES.map((axis, i) => (
          <div key={axis.label} className="position-field">
            <label htmlFor={`${ids}-${i}`}>
              {axis.label} <span className="position-hint">({axis.hint})</span>
            </label>
            <input
              id={`${ids}-${i}`}
              className="position-number"
              value={draft[i]}
              aria-invalid={invalid[i] ? true : undefined}
              onChange={(e) => change(i, e.target.value)}
              onBlur={blur}
            />
          </div>
        ))}
      </div>
      {invalid.some(Boolean) && (
        <p className="position-error" role="status">
          {AXES.filter((_, i) => invalid[i]).map((a) => a.label).join(', ')}: type a number of metres, like 2.8.
        </p>
      )}
    </fieldset>
  );
}
