import type { Venue } from '../../core/venue/index.ts';
import { tourDurationS } from '../../core/tours/stops.ts';
import type { TourStrings } from './tour-strings.ts';
import { VenueText, venueString } from './VenueText.tsx';

/** Props of {@link TourList}. */
export interface TourListProps {
  venue: Venue;
  lang: string;
  t: TourStrings;
  /** The visitor chose to start this tour. */
  onStart: (tourId: string) => void;
}

/**
 * The venue's tours to choose from: title, description, number of stops, total
 * duration and a Start button each. Purely presentational, so it renders anywhere
 * (including a static snapshot) from props alone.
 */
export function TourList({ venue, lang, t, onStart }: TourListProps) {
  const tours = venue.tours ?? [];
  const def = venue.defaultLanguage;
  if (tours.length === 0) return <p className="muted">{t.noTours}</p>;
  return (
    <ul className="tour-list">
      {tours.map((tour) => {
        const minutes = Math.round(tourDurationS(tour) / 60);
        return (
          <li key={tour.id} className="tour-card">
            <h3>
              <VenueText text={tour.title} lang={lang} defaultLanguage={def} fallbackNote={t.notTranslated} />
            </h3>
            {tour.description && (
              <p className="tour-description">
                <VenueText text={tour.description} lang={lang} defaultLanguage={def} fallbackNote={t.notTranslated} />
              </p>
            )}
            <p className="tour-meta">
              {t.stopCount(tour.stops.length)} · {t.duration(minutes)}
            </p>
            {/* The name carries the tour's title: a list of identical "Start" buttons says nothing to a screen reader. */}
            <button type="button" className="tour-button tour-start" aria-label={t.startTour(venueString(tour.title, lang, def))} onClick={() => onStart(tour.id)}>
              <span aria-hidden="true">▶ </span>
              {t.start}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
