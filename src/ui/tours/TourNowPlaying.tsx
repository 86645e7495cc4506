import type { Ref } from 'react';
import type { Tour, Venue } from '../../core/venue/index.ts';
import type { TourPlayerState } from '../../core/tours/player.ts';
import type { StopAudio } from '../../core/tours/stops.ts';
import { formatClock, languageName, type TourStrings } from './tour-strings.ts';
import { VenueText, venueString } from './VenueText.tsx';

/** Props of {@link TourNowPlaying}: everything it shows comes in, everything it does goes out. */
export interface TourNowPlayingProps {
  venue: Venue;
  tour: Tour;
  lang: string;
  t: TourStrings;
  player: TourPlayerState;
  /** How far through the current stop, 0…1. */
  progress: number;
  /** Time played at this stop and the stop's length, for the "0:12 / 0:45" beside the bar (length unknown: null). */
  elapsedMs: number;
  lengthMs: number | null;
  muted: boolean;
  narrationUnavailable: boolean;
  /** The recording the stop plays, when it plays one. */
  audio: StopAudio | null;
  /** The toggle button, so the panel can put focus on it when a tour starts. */
  toggleRef?: Ref<HTMLButtonElement>;
  onPrevious: () => void;
  onTogglePlay: () => void;
  onNext: () => void;
  onEnd: () => void;
  onToggleMute: () => void;
  onGoTo: (index: number) => void;
}

/**
 * The tour that is on: where it is ("Stop 2 of 6", announced politely), the stop's
 * exhibit and narration, the time at this stop, and real buttons to steer it.
 * Presentational: the panel feeds it from the tour store.
 */
export function TourNowPlaying(props: TourNowPlayingProps) {
  const { venue, tour, lang, t, player, muted, audio } = props;
  const def = venue.defaultLanguage;
  const finished = player.status === 'finished';
  const stop = tour.stops[player.stopIndex];
  const hotspot = stop && venue.hotspots?.find((h) => h.id === stop.hotspot);
  const hasAudio = tour.stops.some((s) => s.audio && Object.keys(s.audio).length > 0);
  const toggleLabel = finished ? t.playAgain : player.status === 'playing' ? t.pause : t.play;
  const toggleIcon = finished ? '↻' : player.status === 'playing' ? '❚❚' : '▶';

  return (
    <div className="tour-now" data-status={player.status}>
      <h3 className="tour-now-title">
        <VenueText text={tour.title} lang={lang} defaultLanguage={def} fallbackNote={t.notTranslated} />
      </h3>
      <p className="tour-status" data-testid="tour-status" aria-live="polite">
        {finished ? t.finished : t.stopOf(player.stopIndex + 1, tour.stops.length)}
      </p>

      {finished ? (
        <p>{t.thanks}</p>
      ) : (
        <>
          {hotspot && (
            <p className="tour-exhibit">
              <VenueText text={hotspot.title} lang={lang} defaultLanguage={def} fallbackNote={t.notTranslated} />
            </p>
          )}
          {stop?.narration && (
            <p className="tour-narration">
              <VenueText text={stop.narration} lang={lang} defaultLanguage={def} fallbackNote={t.notTranslated} />
            </p>
          )}
          {audio?.fallback && !muted && <p className="tour-note">{t.audioIn(languageName(audio.lang, lang))}</p>}
          {props.narrationUnavailable && (
            <p className="tour-note tour-warning" role="status">
              {t.narrationUnavailable}
            </p>
          )}
        </>
      )}

      <div className="tour-progress">
        <progress max={1} value={props.progress} aria-label={t.progress} />
        <span className="tour-clock" aria-hidden="true">
          {formatClock(props.elapsedMs)}
          {props.lengthMs !== null && ` / ${formatClock(props.lengthMs)}`}
        </span>
      </div>

      <div className="tour-controls" role="group" aria-label={t.controls}>
        <button type="button" className="tour-button" onClick={props.onPrevious}>
          <span aria-hidden="true">‹ </span>
          {t.previous}
        </button>
        {/* One real button: Enter and Space toggle it natively, and its name says what it will do. */}
        <button type="button" className="tour-button tour-toggle" ref={props.toggleRef} onClick={props.onTogglePlay}>
          <span aria-hidden="true">{toggleIcon} </span>
          {toggleLabel}
        </button>
        <button type="button" className="tour-button" onClick={props.onNext} disabled={finished}>
          {t.next}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>

      <div className="tour-secondary">
        {/* Only a tour with recordings has anything to mute. */}
        {hasAudio && (
          <button type="button" className="tour-button tour-mute" aria-pressed={muted} onClick={props.onToggleMute}>
            {t.mute}
          </button>
        )}
        <button type="button" className="tour-button tour-end" onClick={props.onEnd}>
          {t.end}
        </button>
      </div>

      <details className="tour-stops">
        <summary>{t.allStops}</summary>
        <ol>
          {tour.stops.map((s, i) => {
            const h = venue.hotspots?.find((x) => x.id === s.hotspot);
            const title = h ? venueString(h.title, lang, def) : s.hotspot;
            return (
              <li key={i}>
                <button type="button" aria-current={i === player.stopIndex && !finished ? 'step' : undefined} aria-label={t.goToStop(i + 1, title)} onClick={() => props.onGoTo(i)}>
                  {title}
                </button>
              </li>
            );
          })}
        </ol>
      </details>
    </div>
  );
}
