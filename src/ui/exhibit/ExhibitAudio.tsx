import { useId, useRef, useState } from 'react';
import type { HotspotMedia, Venue } from '../../core/venue/index.ts';
import { cueAt, type Cue } from '../../core/media/webvtt.ts';
import type { Strings } from '../strings.ts';
import { FallbackNote } from './Localized.tsx';
import { pickMedia, type PickedMedia, type ResolveUri } from './media-uri.ts';
import { useCaptions } from './captions.ts';
import { formatClock, languageName, type ExhibitStrings } from './exhibit-strings.ts';

type AudioMedia = Extract<HotspotMedia, { kind: 'audio' }>;

const NO_CUES: Cue[] = [];

interface PlayerProps {
  audio: PickedMedia;
  captions: PickedMedia | null;
  credit: string | undefined;
  lang: string;
  t: Strings;
  s: ExhibitStrings;
}

/**
 * The native player (keyboard and screen-reader support come with it) plus the
 * captions a bare `<audio>` cannot show: the current cue in a polite live region
 * under the player, and the whole transcript on request, each line a button that
 * plays from there. Deaf visitors read along; everyone can skim or skip.
 */
function AudioPlayer({ audio, captions, credit, lang, t, s }: PlayerProps) {
  const id = useId();
  const ref = useRef<HTMLAudioElement>(null);
  const loaded = useCaptions(captions?.url ?? null);
  const cues = loaded.status === 'ready' ? loaded.cues : NO_CUES;
  const [current, setCurrent] = useState<Cue | null>(null);
  const [transcriptOpen, setTranscriptOpen] = useState(false);

  // timeupdate fires about four times a second; setState bails out while the cue stays the same.
  const sync = (): void => {
    const el = ref.current;
    if (el) setCurrent(cueAt(cues, el.currentTime));
  };
  const playFrom = (cue: Cue): void => {
    const el = ref.current;
    if (!el) return;
    el.currentTime = cue.start;
    setCurrent(cue);
    // Autoplay rules may refuse; the visitor then presses play, from the right place.
    el.play()?.catch(() => undefined);
  };

  return (
    <div className="exhibit-audio">
      <p className="exhibit-audio-label" id={`${id}-label`}>
        {s.audio}
        {audio.lang !== null && <span lang={lang}> ({s.inLanguage(languageName(audio.lang, lang))})</span>}
        {audio.fallback && <FallbackNote t={t} />}
      </p>
      <audio ref={ref} controls preload="metadata" src={audio.url} aria-labelledby={`${id}-label`} onTimeUpdate={sync} onSeeked={sync} onEnded={() => setCurrent(null)}>
        {s.audioUnsupported}
      </audio>
      {captions && (
        <div className="exhibit-captions">
          {loaded.status === 'loading' && <p className="exhibit-note">{s.captionsLoading}</p>}
          {loaded.status === 'error' && <p className="exhibit-note">{s.captionsUnavailable}</p>}
          {loaded.status === 'ready' && (
            <>
              <p className={current ? 'exhibit-caption' : 'exhibit-caption is-empty'} aria-live="polite" lang={captions.lang ?? undefined}>
                <span className="visually-hidden">{s.captions}: </span>
                {current?.text ?? ''}
                {captions.fallback && current && <FallbackNote t={t} />}
              </p>
              <button type="button" className="exhibit-transcript-toggle" aria-expanded={transcriptOpen} aria-controls={`${id}-transcript`} onClick={() => setTranscriptOpen((open) => !open)}>
                {transcriptOpen ? s.hideTranscript : s.showTranscript}
              </button>
              <ol id={`${id}-transcript`} className="exhibit-transcript" aria-label={s.transcript} hidden={!transcriptOpen} lang={captions.lang ?? undefined}>
                {cues.map((cue, i) => (
                  <li key={i} aria-current={cue === current ? 'true' : undefined}>
                    <button type="button" onClick={() => playFrom(cue)}>
                      <span className="exhibit-transcript-time" aria-hidden="true">
                        {formatClock(cue.start)}
                      </span>
                      <span className="exhibit-transcript-text">{cue.text}</span>
                      <span className="visually-hidden" lang={lang}>
                        , {s.playFrom(formatClock(cue.start))}
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
      {credit && (
        <p className="exhibit-credit">
          {s.credit}: {credit}
        </p>
      )}
    </div>
  );
}

/** An audio medium of an exhibit, in the visitor's language where the venue has it, with its captions. */
export function ExhibitAudio({ media, venue, lang, t, s, resolve }: { media: AudioMedia; venue: Venue; lang: string; t: Strings; s: ExhibitStrings; resolve: ResolveUri }) {
  const audio = pickMedia(media.uri, lang, venue.defaultLanguage, resolve);
  if (!audio) return null;
  const captions = media.captions ? pickMedia(media.captions, lang, venue.defaultLanguage, resolve) : null;
  // Keyed by the file: another language or exhibit starts a fresh player, cue and transcript state.
  return <AudioPlayer key={`${audio.url} ${captions?.url ?? ''}`} audio={audio} captions={captions} credit={media.credit} lang={lang} t={t} s={s} />;
}
