import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { CameraGlyph, PlanHotspotLayout } from './plan-layout.ts';

/**
 * What sits on top of the rooms: exhibit markers, the camera's view cone and the
 * visitor's position.
 */

/** How much larger the selected marker is drawn. */
const SELECTED_GROWTH = 1.35;

/**
 * One exhibit marker. Interactive (`focusable`) on the full plan: an SVG `role="button"`
 * that Enter and Space press, like a real button. On the mini-map the SVG is a
 * `role="img"`, whose content assistive technology does not enter, so markers there
 * are only pointer targets and the exhibit list is the keyboard path.
 */
export const PlanHotspotMarker = memo(function PlanHotspotMarker({
  hotspot,
  radius,
  selected,
  focusable,
  onSelect,
}: {
  hotspot: PlanHotspotLayout;
  radius: number;
  selected: boolean;
  focusable: boolean;
  onSelect: (id: string) => void;
}) {
  const select = (e: MouseEvent) => {
    // The rooms below would take the click as "walk here".
    e.stopPropagation();
    onSelect(hotspot.id);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault(); // Space would scroll the page
      onSelect(hotspot.id);
    }
  };
  const r = selected ? radius * SELECTED_GROWTH : radius;
  const a11y = focusable
    ? { role: 'button', tabIndex: 0, 'aria-label': hotspot.title.text, 'aria-pressed': selected, onKeyDown }
    : {};
  return (
    <g className={`plan-hotspot${selected ? ' plan-hotspot--selected' : ''}`} transform={`translate(${round(hotspot.x)} ${round(hotspot.y)})`} data-hotspot={hotspot.id} onClick={select} {...a11y}>
      <title lang={hotspot.title.lang}>{hotspot.title.text}</title>
      {/* A larger transparent disc: a finger-sized target around a small dot. */}
      <circle className="plan-hotspot__hit" r={Math.max(radius * 2.2, 10)} />
      <circle className="plan-hotspot__focus" r={r + 4} />
      {selected && <circle className="plan-hotspot__halo" r={r * 1.9} />}
      <circle className="plan-hotspot__dot" r={r} />
    </g>
  );
});

/** The selected marker's look, drawn again above all markers so no neighbour covers it; not interactive. */
export function PlanSelectedMarker({ hotspot, radius }: { hotspot: PlanHotspotLayout; radius: number }) {
  const r = radius * SELECTED_GROWTH;
  return (
    <g className="plan-hotspot plan-hotspot--selected plan-hotspot--overlay" transform={`translate(${round(hotspot.x)} ${round(hotspot.y)})`} aria-hidden="true">
      <circle className="plan-hotspot__halo" r={r * 1.9} />
      <circle className="plan-hotspot__dot" r={r} />
    </g>
  );
}

/** The camera: a dot where it stands and a translucent cone where it looks. */
export function PlanCamera({ glyph, radius, label }: { glyph: CameraGlyph; radius: number; label: string }) {
  return (
    <g className="plan-camera" role="img" aria-label={label}>
      {glyph.cone && <polygon className="plan-camera__cone" points={glyph.cone} />}
      <circle className="plan-camera__eye" cx={round(glyph.x)} cy={round(glyph.y)} r={radius * 0.7} />
    </g>
  );
}

/**
 * "You are here": a dot, and a circle as wide as the position's uncertainty. Moved
 * by a CSS transform, so the dot glides to a new fix (plan.css; instantly with
 * reduced motion). `data-x`/`data-z` carry the plan position in metres for tests.
 */
export function PlanVisitor({ x, y, r, radius, label, plan, room }: { x: number; y: number; r: number; radius: number; label: string; plan: readonly [number, number]; room: string | null }) {
  return (
    <g className="plan-visitor" role="img" aria-label={label} style={{ transform: `translate(${round(x)}px, ${round(y)}px)` }} data-x={round(plan[0])} data-z={round(plan[1])} data-room={room ?? ''}>
      {r > radius && <circle className="plan-visitor__area" r={round(r)} />}
      <circle className="plan-visitor__dot" r={radius} />
    </g>
  );
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
