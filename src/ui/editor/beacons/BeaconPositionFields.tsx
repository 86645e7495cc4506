import { useId, useRef } from 'react';
import type { Beacon } from '../../../core/venue/index.ts';
import { useEditorStore } from '../state/current-editor.ts';
import { useSyncedDraft } from './use-synced-draft.ts';

type Position = Beacon['position'];
type Draft = [string, string, string];

const AXES = [
  { label: 'x', hint: 'east–west' },
  { label: 'Height', hint: 'above ground level' },
  { label: 'z', hint: 'north–south' },
] as const;

const toDraft = (p: Position): Draft => [String(round(p[0])), String(round(p[1])), String(round(p[2]))];
/** Centimetres are plenty for a beacon; the 3D drag leaves long fractions behind. */
const round = (n: number): number => Math.round(n * 100) / 100;
const parse = (text: string): number | null => {
  const t = text.trim().replace('−', '-');
  return /^-?\d+(\.\d*)?$|^-?\.\d+$/.test(t) ? Number(t) : null;
};
const matches = (draft: Draft, p: Position): boolean => draft.every((text, i) => parse(text) !== null && Math.abs(parse(text)! - p[i]!) < 0.005);

let focusCounter = 0;

/**
 * A beacon's position in metres, typed: for curators who know the coordinates from
 * a plan, and for keyboard users who cannot drag the marker. Edits made while one
 * field has focus are one undo step (a "gesture" of that focus).
 */
export function BeaconPositionFields({ beacon }: { beacon: Beacon }) {
  const store = useEditorStore();
  const ids = useId();
  const [draft, setDraft] = useSyncedDraft(beacon.position, toDraft, matches);
  const gesture = useRef<string | null>(null);
  const invalid = draft.map((text) => parse(text) === null);

  const change = (axis: number, text: string) => {
    const next: Draft = [...draft];
    next[axis] = text;
    setDraft(next);
    const values = next.map(parse);
    if (values.some((v) => v === null)) return;
    const position = values as [number, number, number];
    if (position.every((v, i) => v === beacon.position[i])) return;
    gesture.current ??= `beacon-field-${++focusCounter}`;
    store.getState().apply({ type: 'moveBeacon', id: beacon.id, position }, { gesture: gesture.current });
  };

  const blur = () => {
    gesture.current = null;
    store.getState().breakCoalescing();
  };

  return (
    <fieldset className="beacon-position">
      <legend>Position (metres)</legend>
      <div className="beacon-position-row">
        {AXES.map((axis, i) => (
          <div key={axis.label} className="beacon-field">
            <label htmlFor={`${ids}-${i}`}>
              {axis.label} <span className="beacon-hint">({axis.hint})</span>
            </label>
            <input
              id={`${ids}-${i}`}
              className="beacon-number"
              value={draft[i]}
              aria-invalid={invalid[i] ? true : undefined}
              onChange={(e) => change(i, e.target.value)}
              onBlur={blur}
            />
          </div>
        ))}
      </div>
      {invalid.some(Boolean) && (
        <p className="beacon-error" role="status">
          {AXES.filter((_, i) => invalid[i]).map((a) => a.label).join(', ')}: type a number of metres, like 2.8.
        </p>
      )}
    </fieldset>
  );
}
