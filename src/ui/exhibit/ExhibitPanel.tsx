import type { KeyboardEvent } from 'react';
import type { Hotspot, Venue } from '../../core/venue/index.ts';
import { pickText } from '../../core/i18n/localize.ts';
import { useVenueStore } from '../../state/venue-store.ts';
import type { Strings } from '../strings.ts';
import { FallbackNote, Localized } from './Localized.tsx';
import { MarkdownView } from './MarkdownView.tsx';
import { ExhibitImage } from './ExhibitImage.tsx';
import { ExhibitAudio } from './ExhibitAudio.tsx';
import { exhibitStrings } from './exhibit-strings.ts';
import type { ResolveUri } from './media-uri.ts';
import './exhibit.css';

/** What the panel needs: the exhibit, its venue, the visitor's language and a way out. */
export interface ExhibitPanelProps {
  hotspot: Hotspot;
  venue: Venue;
  lang: string;
  t: Strings;
  onClose: () => void;
  /**
   * Turns media URIs into URLs: the venue's `LoadedVenue.resolve`. Without it the
   * panel uses the open venue's from the venue store, when `venue` is that venue;
   * otherwise it cannot know where the files are and shows no media.
   */
  resolve?: ResolveUri;
}

/**
 * The open exhibit: title, room, summary, images, audio with captions, the long
 * text (safe Markdown rendered as elements, never as HTML) and tags. Every venue
 * text is shown in the visitor's language or marked where it falls back.
 *
 * A labelled region rather than a dialog: the 3D view and the exhibit list stay
 * usable beside it, and Escape inside it closes it.
 */
export function ExhibitPanel({ hotspot, venue, lang, t, onClose, resolve }: ExhibitPanelProps) {
  const s = exhibitStrings(lang);
  const openResolve = useVenueStore((st) => (st.state.status === 'ready' && st.state.loaded.venue === venue ? st.state.loaded.resolve : null));
  const resolveUri = resolve ?? openResolve;
  const room = venue.rooms.find((r) => r.id === hotspot.room);
  const body = hotspot.body ? pickText(hotspot.body, lang, venue.defaultLanguage) : null;
  const media = hotspot.media ?? [];
  const images = media.flatMap((m) => (m.kind === 'image' ? [m] : []));
  const audio = media.flatMap((m) => (m.kind === 'audio' ? [m] : []));
  const tags = hotspot.tags ?? [];

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <section className="exhibit-panel" aria-labelledby="exhibit-title" onKeyDown={onKeyDown}>
      <button type="button" className="close" onClick={onClose} aria-label={t.close}>
        ×
      </button>
      <h2 id="exhibit-title">
        <Localized text={hotspot.title} venue={venue} lang={lang} t={t} />
      </h2>
      {room && (
        <p className="exhibit-room">
          <Localized text={room.name} venue={venue} lang={lang} t={t} />
        </p>
      )}
      {hotspot.summary && (
        <p className="exhibit-summary">
          <Localized text={hotspot.summary} venue={venue} lang={lang} t={t} />
        </p>
      )}
      {resolveUri &&
        images.map((m, i) => (
        <ExhibitImage key={`image-${i}`} media={m} venue={venue} lang={lang} s={s} resolve={resolveUri} />
      ))}
      {resolveUri &&
        audio.map((m, i) => (
        <ExhibitAudio key={`audio-${i}`} media={m} venue={venue} lang={lang} t={t} s={s} resolve={resolveUri} />
      ))}
      {body?.fallback && (
        <p className="exhibit-note">
          <FallbackNote t={t} />
        </p>
      )}
      {body && (
        <div className="exhibit-body" lang={body.lang}>
          <MarkdownView text={body.text} newTabNote={s.opensInNewTab} />
        </div>
      )}
      {tags.length > 0 && (
        <ul className="exhibit-tags" aria-label={s.tags}>
          {tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
