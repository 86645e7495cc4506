import type { Hotspot, Venue } from '../core/venue/index.ts';
import { pickText } from '../core/i18n/localize.ts';
import type { Strings } from './strings.ts';

/** A venue text in the visitor's language, marked when it falls back to another language. */
export function Localized({ text, venue, lang, t }: { text: Hotspot['title'] | undefined; venue: Venue; lang: string; t: Strings }) {
  if (!text) return null;
  const picked = pickText(text, lang, venue.defaultLanguage);
  return (
    <span lang={picked.lang}>
      {picked.text}
      {picked.fallback && <span className="fallback-note"> ({t.fallbackNote})</span>}
    </span>
  );
}

/** The open exhibit: title, room and summary, as plain escaped text. */
export function ExhibitPanel({ hotspot, venue, lang, t, onClose }: { hotspot: Hotspot; venue: Venue; lang: string; t: Strings; onClose: () => void }) {
  const room = venue.rooms.find((r) => r.id === hotspot.room);
  return (
    <section className="exhibit-panel" aria-labelledby="exhibit-title">
      <button type="button" className="close" onClick={onClose} aria-label={t.close}>
        ×
      </button>
      <h2 id="exhibit-title">
        <Localized text={hotspot.title} venue={venue} lang={lang} t={t} />
      </h2>
      {room && (
        <p className="muted">
          <Localized text={room.name} venue={venue} lang={lang} t={t} />
        </p>
      )}
      {hotspot.summary && (
        <p>
          <Localized text={hotspot.summary} venue={venue} lang={lang} t={t} />
        </p>
      )}
    </section>
  );
}
