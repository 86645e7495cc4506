import { useEffect, useRef, useState } from 'react';
import type { LoadedVenue } from '../core/venue/index.ts';
import { formatViewLink, parseViewLink, resolveViewLink, type LinkNotice, type ViewLink } from '../core/url/view-link.ts';
import { useVenueStore } from '../state/venue-store.ts';
import { flyTo, setViewMode, viewStore } from '../state/view-store.ts';
import { cameraStore } from '../state/camera-store.ts';
import { tourStore } from '../state/tour-store.ts';
import { openExhibit } from '../state/exhibit-actions.ts';
import { lowestFloor, startWalk } from '../state/view-actions.ts';
import { placeAtHotspot } from '../state/positioning/placement.ts';

/** How long the camera must rest before the address bar follows it. */
const CAMERA_SETTLE_MS = 400;

/**
 * Opens what a link asks for: language, view, floor, tour step, exhibit, then the
 * exact camera. A scanned QR code (`at`) puts the visitor at its exhibit and opens
 * that exhibit, unless the link names another one.
 */
function applyLink(loaded: LoadedVenue, link: ViewLink): void {
  const { venue } = loaded;
  const venueStore = useVenueStore.getState();
  if (link.lang) venueStore.setLanguage(link.lang);
  const view = link.view ?? 'overview';
  const floor = link.floor ?? (view === 'overview' ? null : lowestFloor(venue));
  setViewMode(view, floor);
  const instant = { instant: true };
  if (link.tour) tourStore.getState().goToStop(venue, link.tour, (link.step ?? 1) - 1, { paused: true, instant: true });
  if (link.at) placeAtHotspot(venue, link.at);
  const exhibit = link.exhibit ?? link.at;
  if (exhibit) openExhibit(venue, exhibit, instant);
  if (exhibit && link.floor) setViewMode(view, link.floor); // the link's floor wins over the exhibit's
  if (link.camera) flyTo(link.camera, instant);
  else if (view === 'walk' && !exhibit && !link.tour) startWalk(venue, instant);
}

/** What the visitor sees now, as a link. */
function currentLink(venueId: string): ViewLink {
  const { mode, floor } = viewStore.getState();
  const { selectedHotspot, language } = useVenueStore.getState();
  const { player } = tourStore.getState();
  const pose = cameraStore.getState().pose;
  const tourActive = (player.status === 'playing' || player.status === 'paused') && player.tourId !== null;
  return {
    venue: venueId,
    ...(mode !== 'overview' && { view: mode }),
    ...(floor !== null && { floor }),
    ...(pose && { camera: pose }),
    ...(selectedHotspot && { exhibit: selectedHotspot }),
    ...(tourActive && player.tourId !== null && { tour: player.tourId, step: player.stopIndex + 1 }),
    lang: language,
  };
}

/** Keeps `edit` in the address while the editor is open, so a reload opens the editor again. */
function withEditFlag(search: string): string {
  if (!new URLSearchParams(window.location.search).has('edit')) return search;
  return search === '' ? '?edit' : `${search}&edit`;
}

/**
 * Keeps the address bar in step with the view, so every view is a link, and opens
 * the view a link describes when the venue has loaded. Returns the notices about
 * parts of the link that could not be used.
 */
export function useViewLink(loaded: LoadedVenue | null): { notices: LinkNotice[]; dismiss: () => void } {
  const [notices, setNotices] = useState<LinkNotice[]>([]);
  // Once per venue: the curator editor publishes a new `loaded` with every edit,
  // which must not re-open the link's view.
  const latest = useRef(loaded);
  latest.current = loaded;
  const venueId = loaded?.venue.id ?? null;

  useEffect(() => {
    const loaded = latest.current;
    if (!loaded || venueId === null) return;
    const parsed = parseViewLink(window.location.search);
    const resolved = resolveViewLink(parsed.link, loaded.venue);
    setNotices([...parsed.notices, ...resolved.notices]);
    applyLink(loaded, resolved.link);

    let timer: ReturnType<typeof setTimeout> | null = null;
    const write = () => {
      const search = withEditFlag(formatViewLink(currentLink(loaded.venue.id)));
      if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    };
    const writeSoon = (delay: number) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(write, delay);
    };
    // A position never stays in the address: reloading must not put the visitor back
    // there, and the share button copies the address. (currentLink has no `at`.)
    if (new URLSearchParams(window.location.search).has('at')) write();
    const unsubscribers = [
      viewStore.subscribe(() => writeSoon(0)),
      useVenueStore.subscribe(() => writeSoon(0)),
      tourStore.subscribe(() => writeSoon(0)),
      cameraStore.subscribe(() => writeSoon(CAMERA_SETTLE_MS)),
    ];
    return () => {
      unsubscribers.forEach((u) => u());
      if (timer) clearTimeout(timer);
    };
  }, [venueId]);

  return { notices, dismiss: () => setNotices([]) };
}
