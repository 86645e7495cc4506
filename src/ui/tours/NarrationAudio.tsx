import { useEffect, useRef } from 'react';

/** Props of {@link NarrationAudio}. */
export interface NarrationAudioProps {
  /** The resolved URL of the stop's recording; `null` renders nothing. */
  src: string | null;
  /** Whether the recording should be sounding now (tour playing and not muted). */
  playing: boolean;
  /** The store's arrival counter: a new arrival (even at the same stop) starts the recording again. */
  serial: number;
  onEnded: (serial: number) => void;
  /** The recording cannot play: blocked by the autoplay policy, missing, or undecodable. */
  onFailed: (serial: number) => void;
  /** Where the recording is, for the progress bar (duration is NaN until known). */
  onTime: (serial: number, currentS: number, durationS: number) => void;
}

/**
 * The hidden `<audio>` element that speaks a stop's narration. It follows the tour
 * (plays while playing, pauses while paused) and reports back; it never advances the
 * tour itself, the store does when told the recording ended.
 */
export function NarrationAudio({ src, playing, serial, onEnded, onFailed, onTime }: NarrationAudioProps) {
  const ref = useRef<HTMLAudioElement>(null);

  useEffect(() => {
    const audio = ref.current;
    if (!audio || src === null) return;
    if (!playing) {
      audio.pause();
      return;
    }
    audio.play().catch((error: unknown) => {
      // A pause() or a new source interrupting play() rejects with AbortError: that is not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      onFailed(serial);
    });
  }, [src, playing, serial, onFailed]);

  if (src === null) return null;
  return (
    <audio
      // Keyed on the arrival, so each arrival gets a fresh element that starts from the beginning.
      key={serial}
      ref={ref}
      src={src}
      preload="auto"
      hidden
      onEnded={() => onEnded(serial)}
      onError={() => onFailed(serial)}
      onTimeUpdate={(e) => onTime(serial, e.currentTarget.currentTime, e.currentTarget.duration)}
    />
  );
}
