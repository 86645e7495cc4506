import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { LoadedVenue } from '../../core/venue/index.ts';
import { pickText } from '../../core/i18n/localize.ts';
import { fixIn, usePosition } from '../../state/position-store.ts';
import { setLargeText, useWayfinding } from '../../state/wayfinding/wayfinding-store.ts';
import { SIMULATION_SPEEDS, simulateRouteWalk, wayfindingFor } from '../../state/wayfinding/controller.ts';
import { focusFloor } from '../../state/view-actions.ts';
import { wayfindingStrings } from './wayfinding-strings.ts';
import { destinationKey, venueDestinations } from './destinations.ts';
import { currentStepIndex, floorChangePrompt, wayfindingStatus } from './route-text.ts';
import { DestinationSearch } from './DestinationSearch.tsx';
import { StartPicker } from './StartPicker.tsx';
import { RouteSteps } from './RouteSteps.tsx';
import './wayfinding.css';

/**
 * The wayfinding panel: where to (a searchable list of exhibits, rooms and
 * facilities), from where (the visitor's position, else a chosen start),
 * step-free and large text, then the route in words with the current step, a
 * prompt at floor changes, and a status line (a polite live region) that tells
 * of leaving the route, the new way and the arrival. "Simulate walking this
 * route" lets a simulated visitor walk it, so the whole chain (beacons, tracker,
 * guidance) can be seen without being in the museum.
 *
 * Loaded on demand with the router, the instructions and the guidance; the
 * route keeps being followed when the panel closes.
 */
export default function WayfindingPanel({ id, loaded, lang, onClose }: { id: string; loaded: LoadedVenue; lang: string; onClose: () => void }) {
  const { venue } = loaded;
  const w = wayfindingStrings(lang);
  const titleId = useId();
  const state = useWayfinding((s) => s);
  const fix = usePosition((s) => fixIn(s, venue.id));
  const [simulation, setSimulation] = useState<'idle' | 'starting' | 'no-detour'>('idle');
  const [speed, setSpeed] = useState(1);
  const speedId = useId();

  // The session starts following the position when the panel first opens, and words the steps in the visitor's language.
  useEffect(() => {
    wayfindingFor(loaded, lang);
  }, [loaded, lang]);
  const session = () => wayfindingFor(loaded, lang);

  const destinations = useMemo(() => venueDestinations(venue, lang, w, [wayfindingStrings('de'), wayfindingStrings('en')]), [venue, lang, w]);
  const mine = state.venueId === venue.id;
  const chosenKey = mine && state.destination ? destinationKey(state.destination) : null;
  const chosen = destinations.find((d) => d.key === chosenKey) ?? null;
  const route = mine ? state.route : null;
  const guidance = mine ? state.guidance : null;
  const steps = mine ? state.steps : [];
  const current = currentStepIndex(steps, guidance);
  const prompt = floorChangePrompt(steps, guidance, route, fix);
  const status = mine ? wayfindingStatus(state, venue, lang, w) : w.chooseDestination;
  const promptFloor = prompt ? venue.floors.find((f) => f.id === steps[steps.indexOf(prompt) + 1]?.floor) : undefined;
  const roomHere = fix?.room ? venue.rooms.find((r) => r.id === fix.room) : undefined;

  const simulate = async (detour: boolean) => {
    setSimulation('starting');
    const outcome = await simulateRouteWalk(loaded, { detour, speed });
    setSimulation(outcome === 'no-detour' ? 'no-detour' : 'idle');
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <section id={id} className={`wayfinding-panel${state.largeText ? ' wayfinding-panel--large' : ''}`} aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="wayfinding-panel__head">
        <h2 id={titleId}>{w.title}</h2>
        <button type="button" className="wayfinding-panel__close" onClick={onClose} aria-label={w.close}>
          ×
        </button>
      </div>

      <DestinationSearch destinations={destinations} chosen={chosen} onChoose={(d) => session().setDestination(d.target)} w={w} autoFocus />
      {fix ? (
        <p className="wayfinding-from">{w.fromHere(roomHere ? pickText(roomHere.name, lang, venue.defaultLanguage).text : null)}</p>
      ) : (
        <StartPicker venue={venue} lang={lang} origin={mine ? state.start : null} onChange={(o) => session().setStart(o)} w={w} />
      )}
      <div className="wayfinding-options">
        <label>
          <input type="checkbox" checked={state.stepFree} onChange={(e) => session().setStepFree(e.target.checked)} />
          {w.stepFree}
        </label>
        <label>
          <input type="checkbox" checked={state.largeText} onChange={(e) => setLargeText(e.target.checked)} />
          {w.largeText}
        </label>
      </div>

      {/* Stays in sight while the step list scrolls with the walk. */}
      <div className="wayfinding-live">
        <p className="wayfinding-status" role="status" aria-live="polite" data-phase={guidance?.phase ?? (route ? 'planned' : 'none')}>
          {status}
        </p>
        {prompt && (
          <div className="wayfinding-prompt" role="alert">
            <p>{prompt.text}</p>
            {promptFloor && (
              <button type="button" onClick={() => focusFloor(venue, promptFloor.id)}>
                {w.showFloor(pickText(promptFloor.name, lang, venue.defaultLanguage).text)}
              </button>
            )}
          </div>
        )}
      </div>

      {route && <RouteSteps route={route} steps={steps} current={current} reroutes={guidance?.reroutes ?? 0} venue={venue} lang={lang} w={w} />}

      {route && (
        <div className="wayfinding-simulate">
          <button type="button" data-simulate="route" disabled={simulation === 'starting'} onClick={() => void simulate(false)}>
            {w.simulate}
          </button>
          <button type="button" data-simulate="detour" disabled={simulation === 'starting'} onClick={() => void simulate(true)}>
            {w.simulateDetour}
          </button>
          <label className="wayfinding-speed" htmlFor={speedId}>
            {w.simulationSpeed}
          </label>
          <select id={speedId} value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SIMULATION_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {w.speed(s)}
              </option>
            ))}
          </select>
          {simulation === 'no-detour' && <p className="wayfinding-hint">{w.noDetour}</p>}
          <p className="wayfinding-hint">{w.simulateHint}</p>
        </div>
      )}
      {chosen && (
        <button type="button" className="wayfinding-clear" onClick={() => session().setDestination(null)}>
          {w.clear}
        </button>
      )}
    </section>
  );
}
