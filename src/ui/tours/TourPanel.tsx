import { useCallback, useEffect, useRef, useState } from 'react';
import type { Venue } from '../../core/venue/index.ts';
import { elapsedMs, progress as stopProgress } from '../../core/tours/player.ts';
import { findTour, stopAudio, stopDurationMs } from '../../core/tours/stops.ts';
import { narrationAudio, tourStore, useTour, type TourData } from '../../state/tour-store.ts';
import { tourStrings } from './tour-strings.ts';
import { TourList } from './TourList.tsx';
import { TourNowPlaying } from './TourNowPlaying.tsx';
import { NarrationAudio } from './NarrationAudio.tsx';
import './tours.css';

/** Props of {@link TourPanel}. */
export interface TourPanelProps {
  venue: Venue;
  /** The visitor's language, for venue texts and the panel's own words. */
  lang: string;
  /** Resolves venue URIs to URLs: `LoadedVenue.resolve`. */
  resolve: (uri: string, role?: 'bundle' | 'media' | 'link') => string;
}

/** How often the bar moves while playing: smooth enough to see, cheap enough for a phone. */
const BAR_INTERVAL_MS = 250;

/**
 * The clock for the progress bar: ticks while `running`, and catches up on every
 * change of `player`. The bar only shows time; the store's own timer advances stops.
 */
function useBarClock(running: boolean, player: unknown): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), BAR_INTERVAL_MS);
    return () => clearInterval(id);
  }, [running, player]);
  return now;
}

/**
 * Guided tours for remote visitors: the venue's tours to choose from, and while one
 * is on, where it is and the buttons to steer it, with the stop's narration audio.
 * Reads and drives the tour store; each arrival at a stop opens its exhibit there.
 */
export function TourPanel({ venue, lang, resolve }: TourPanelProps) {
  const t = tourStrings(lang);
  const player = useTour((s) => s.player);
  const tourVenue = useTour((s) => s.venue);
  const muted = useTour((s) => s.muted);
  const narrationUnavailable = useTour((s) => s.narrationUnavailable);
  const stopSerial = useTour((s) => s.stopSerial);
  const data: TourData = { player, venue: tourVenue, muted, narrationUnavailable, stopSerial };

  // A tour of another venue (a stale store while the next venue opens) is not shown.
  const tour = tourVenue?.id === venue.id && player.status !== 'idle' ? findTour(venue, player.tourId) : undefined;
  const stop = tour?.stops[player.stopIndex];
  // What the stop advances by (null when muted: then by time) …
  const audio = tour ? narrationAudio(data, lang) : null;
  // … and what the element holds: kept while muted, so unmuting carries on mid-sentence.
  const recording = stop && !narrationUnavailable ? stopAudio(stop, lang, venue.defaultLanguage) : null;
  let audioSrc: string | null = null;
  let unresolvable = false;
  if (recording) {
    try {
      audioSrc = resolve(recording.uri, 'media');
    } catch {
      unresolvable = true; // a URI the venue may not use: reported as unavailable below
    }
  }

  const now = useBarClock(player.status === 'playing', player);
  const [audioTime, setAudioTime] = useState<{ serial: number; current: number; duration: number } | null>(null);
  const onTime = useCallback((serial: number, current: number, duration: number) => setAudioTime({ serial, current, duration }), []);
  const onEnded = useCallback((serial: number) => tourStore.getState().narrationEnded(serial), []);
  const onFailed = useCallback((serial: number) => tourStore.getState().narrationFailed(serial), []);

  useEffect(() => {
    if (unresolvable) onFailed(stopSerial);
  }, [unresolvable, onFailed, stopSerial]);

  // While a recording plays, the bar follows the recording; otherwise the stop's durationS.
  const heard = audio && audioTime?.serial === stopSerial && Number.isFinite(audioTime.duration) && audioTime.duration > 0 ? audioTime : null;
  const lengthMs = heard ? heard.duration * 1000 : stop && !audio ? stopDurationMs(stop) : null;
  const playedMs = heard ? heard.current * 1000 : elapsedMs(player, now);
  const fraction = heard ? Math.min(1, heard.current / heard.duration) : stopProgress(player, now, lengthMs ?? Infinity);

  // Focus follows the visitor: onto the play/pause button when a tour starts (so Space
  // pauses it), back to the heading when it ends, and never moved by a link or the timer.
  const listHeading = useRef<HTMLHeadingElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'player' | 'list' | null>(null);
  const showing = tour !== undefined;
  useEffect(() => {
    if (focusNext.current === 'player' && showing) toggle.current?.focus();
    if (focusNext.current === 'list' && !showing) listHeading.current?.focus();
    focusNext.current = null;
  }, [showing]);

  const store = tourStore.getState();
  return (
    <section className="tour-panel" aria-labelledby="tour-panel-title" data-testid="tour-panel">
      <h2 id="tour-panel-title" ref={listHeading} tabIndex={-1}>
        {t.heading}
      </h2>
      {tour ? (
        <>
          <TourNowPlaying
            venue={venue}
            tour={tour}
            lang={lang}
            t={t}
            player={player}
            progress={fraction}
            elapsedMs={playedMs}
            lengthMs={lengthMs}
            muted={muted}
            narrationUnavailable={narrationUnavailable}
            audio={audio}
            toggleRef={toggle}
            onPrevious={store.previousStop}
            onTogglePlay={() => {
              if (player.status === 'playing') store.pauseTour();
              else if (player.status === 'paused') store.resumeTour();
              else store.playTour(venue, tour.id);
            }}
            onNext={store.nextStop}
            onEnd={() => {
              focusNext.current = 'list';
              store.stopTour();
            }}
            onToggleMute={() => store.setMuted(!muted)}
            onGoTo={(index) => store.goToStop(venue, tour.id, index, { paused: player.status === 'paused' })}
          />
          <NarrationAudio src={audioSrc} playing={player.status === 'playing' && !muted} serial={stopSerial} onEnded={onEnded} onFailed={onFailed} onTime={onTime} />
        </>
      ) : (
        <TourList
          venue={venue}
          lang={lang}
          t={t}
          onStart={(tourId) => {
            focusNext.current = 'player';
            store.playTour(venue, tourId);
          }}
        />
      )}
    </section>
  );
}
