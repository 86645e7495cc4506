import type { LoadedVenue, Venue } from '../core/venue/index.ts';
import type { Strings } from './strings.ts';
import { ExhibitPanel } from './ExhibitPanel.tsx';
import { TourPanel } from './tours/TourPanel.tsx';
import { ExhibitSearch } from './ExhibitSearch.tsx';

/**
 * The side panel's content: the open exhibit, the guided tours and the list of all
 * exhibits. It is its own chunk, fetched once the building's first frame is on
 * screen: the Markdown renderer, captions, tour player and lists are not needed
 * to draw that frame, and every first visit would otherwise download and
 * evaluate them before it.
 */
export default function SidePanel({
  loaded,
  venue,
  lang,
  t,
  selectedHotspot,
  onSelect,
  onCloseExhibit,
}: {
  loaded: LoadedVenue;
  venue: Venue;
  lang: string;
  t: Strings;
  selectedHotspot: string | null;
  onSelect: (id: string) => void;
  onCloseExhibit: () => void;
}) {
  const hotspot = venue.hotspots?.find((h) => h.id === selectedHotspot);
  return (
    <>
      {hotspot && <ExhibitPanel hotspot={hotspot} venue={venue} lang={lang} t={t} onClose={onCloseExhibit} />}
      <TourPanel venue={venue} lang={lang} resolve={loaded.resolve} />
      <ExhibitSearch venue={venue} lang={lang} t={t} selected={selectedHotspot} onSelect={onSelect} />
    </>
  );
}
