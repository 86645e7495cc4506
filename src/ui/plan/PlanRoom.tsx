import { memo } from 'react';
import type { PlanRoomLayout } from './plan-layout.ts';

/**
 * A room on the floor plan: its floor as a filled polygon, and (in a separate layer,
 * so obstacles never cover it) its name. Memoised: the plan re-renders whenever the
 * camera moves, and the rooms never change with it.
 */

/** The room's floor. Carries `data-room` so tests and styles can find it. */
export const PlanRoomShape = memo(function PlanRoomShape({ room }: { room: PlanRoomLayout }) {
  return <polygon className={`plan-room plan-room--${room.category}`} points={room.points} data-room={room.id} />;
});

/** The room's name at its label point, centred on one or more lines; nothing when it did not fit. */
export const PlanRoomLabel = memo(function PlanRoomLabel({ room }: { room: PlanRoomLayout }) {
  const { label } = room;
  if (!label) return null;
  const lineHeight = label.fontSize * 1.2;
  // Centre the block of lines vertically on the label point.
  const firstDy = -((label.lines.length - 1) / 2) * lineHeight;
  return (
    <text className="plan-label" x={label.x} y={label.y} fontSize={label.fontSize} lang={room.name.lang}>
      {label.lines.map((line, i) => (
        <tspan key={i} x={label.x} dy={i === 0 ? firstDy : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
});
