import { useEffect, useId, useRef } from 'react';
import type { Venue } from '../../core/venue/index.ts';
import type { Route } from '../../core/routing/types.ts';
import type { RouteStep } from '../../core/routing/instructions/index.ts';
import { pickText } from '../../core/i18n/localize.ts';
import { roundedMetres, walkingMinutes } from './route-text.ts';
import type { WayfindingStrings } from './wayfinding-strings.ts';

/**
 * The route as words: a summary (length, time, floors) and the numbered steps.
 * The whole way without the map: every step's sentence, its distance, and where
 * the floor changes; the step the visitor is on is `aria-current="step"` and kept
 * in sight.
 */
export function RouteSteps({ route, steps, current, reroutes, venue, lang, w }: { route: Route; steps: readonly RouteStep[]; current: number; reroutes: number; venue: Venue; lang: string; w: WayfindingStrings }) {
  const titleId = useId();
  const list = useRef<HTMLOListElement>(null);
  const floorName = (id: string) => {
    const floor = venue.floors.find((f) => f.id === id);
    return floor ? pickText(floor.name, lang, venue.defaultLanguage).text : id;
  };
  const metres = roundedMetres(route.length);

  // The current step stays in sight as the visitor walks (nearest: the list scrolls only when it must).
  useEffect(() => {
    if (current < 0) return;
    const item = list.current?.children[current];
    if (item instanceof HTMLElement && typeof item.scrollIntoView === 'function') item.scrollIntoView({ block: 'nearest' });
  }, [current]);

  return (
    <section className="wayfinding-route" aria-labelledby={titleId}>
      <h3 id={titleId} className="wayfinding-route__title">
        {w.steps}
      </h3>
      <p className="wayfinding-summary" data-length={Math.round(route.length)}>
        {w.summary(metres, walkingMinutes(route.length))}
        {route.stepFree && ` (${w.stepFreeRoute})`}
        {route.floors.length > 1 && (
          <>
            <br />
            {w.floorsOnWay(route.floors.map(floorName).join(' → '))}
          </>
        )}
      </p>
      {reroutes > 0 && (
        <p className="wayfinding-reroutes" data-reroutes={reroutes}>
          {w.rerouted(reroutes)}
        </p>
      )}
      <ol ref={list} className="wayfinding-steps">
        {steps.map((step, i) => {
          const nextFloor = step.kind === 'floor-change' ? steps[i + 1]?.floor : undefined;
          const meta = [step.distance > 0 ? w.metres(step.distance) : '', nextFloor ? w.stepFloor(floorName(nextFloor)) : ''].filter(Boolean).join(' · ');
          return (
            <li key={i} className="wayfinding-step" data-kind={step.kind} aria-current={i === current ? 'step' : undefined}>
              {i === current && <span className="visually-hidden">{w.currentStep}: </span>}
              <span className="wayfinding-step__text">{step.text}</span>
              {meta && <span className="wayfinding-step__meta">{meta}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
