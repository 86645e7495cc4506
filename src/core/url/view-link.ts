import type { Venue } from '../venue/schema.ts';
import type { Point3 } from '../geometry/types.ts';
import { venueBounds } from '../venue/bounds.ts';

/**
 * A link to exactly what a visitor sees: venue, view, floor, camera, open exhibit,
 * tour step and language, as query parameters that survive being pasted into a chat.
 * One parameter is read but never written: `at`, the exhibit whose QR code an
 * on-site visitor scanned, which puts them there. A position is the visitor's own;
 * a link someone shares must not carry it.
 * Reading a link is two steps: `parseViewLink` checks the syntax (no venue needed),
 * `resolveViewLink` checks it against the venue. Anything unknown or absurd is
 * dropped with a notice, so a broken link still opens the museum.
 */

export const VIEW_MODES = ['overview', 'plan', 'walk'] as const;
export type LinkViewMode = (typeof VIEW_MODES)[number];

/** What a link can say. Every field is optional: a bare link opens the default view. */
export interface ViewLink {
  venue?: string;
  view?: LinkViewMode;
  floor?: string;
  camera?: { position: Point3; target: Point3 };
  exhibit?: string;
  tour?: string;
  /** 1-based stop number, as people count. */
  step?: number;
  lang?: string;
  /**
   * The exhibit (hotspot id) whose QR code the visitor scanned: "you are here".
   * Read from links, never written by {@link formatViewLink}.
   */
  at?: string;
}

/** Why part of a link was ignored; the UI words it in the visitor's language. */
export type LinkNotice =
  | { kind: 'bad-value'; param: string; value: string }
  | { kind: 'unknown-id'; param: 'floor' | 'exhibit' | 'tour' | 'at'; value: string }
  | { kind: 'camera-outside'; value: string }
  | { kind: 'bad-step'; value: string }
  | { kind: 'unknown-language'; value: string };

const MAX_PARAM = 200;
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const langPattern = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;

/** Rounds to centimetres: links stay short and stable under tiny camera jitter. */
const cm = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * Writes a view link as a query string (`?venue=…&view=…`), parameters in a fixed
 * order. `at` is left out on purpose: a written link never says where someone is.
 */
export function formatViewLink(link: ViewLink): string {
  const params = new URLSearchParams();
  if (link.venue) params.set('venue', link.venue);
  if (link.view) params.set('view', link.view);
  if (link.floor) params.set('floor', link.floor);
  if (link.camera) params.set('cam', [...link.camera.position, ...link.camera.target].map(cm).join(','));
  if (link.exhibit) params.set('exhibit', link.exhibit);
  if (link.tour) params.set('tour', link.tour);
  if (link.tour && link.step !== undefined) params.set('step', String(link.step));
  if (link.lang) params.set('lang', link.lang);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Reads the syntax of a link's query string. Values of the wrong form are dropped with a notice. */
export function parseViewLink(search: string): { link: ViewLink; notices: LinkNotice[] } {
  const params = new URLSearchParams(search);
  const link: ViewLink = {};
  const notices: LinkNotice[] = [];
  const get = (name: string): string | null => {
    const value = params.get(name);
    if (value === null) return null;
    if (value.length > MAX_PARAM) {
      notices.push({ kind: 'bad-value', param: name, value: `${value.slice(0, 40)}…` });
      return null;
    }
    return value;
  };
  const id = (name: 'floor' | 'exhibit' | 'tour' | 'at'): string | undefined => {
    const value = get(name);
    if (value === null) return undefined;
    if (idPattern.test(value)) return value;
    notices.push({ kind: 'bad-value', param: name, value });
    return undefined;
  };

  const venue = get('venue');
  if (venue !== null) link.venue = venue; // checked by the venue loader, which refuses bad ids with a message
  const view = get('view');
  if (view !== null) {
    if ((VIEW_MODES as readonly string[]).includes(view)) link.view = view as LinkViewMode;
    else notices.push({ kind: 'bad-value', param: 'view', value: view });
  }
  const floor = id('floor');
  if (floor) link.floor = floor;
  const exhibit = id('exhibit');
  if (exhibit) link.exhibit = exhibit;
  const tour = id('tour');
  if (tour) link.tour = tour;
  const at = id('at');
  if (at) link.at = at;

  const cam = get('cam');
  if (cam !== null) {
    // Plain decimals only: Number() would also take "0x10", "" or " 1 ".
    const numbers = cam.split(',').map((s) => (/^-?\d{1,6}(\.\d{1,6})?$/.test(s) ? Number(s) : NaN));
    if (numbers.length === 6 && numbers.every(Number.isFinite)) {
      const [px, py, pz, tx, ty, tz] = numbers as [number, number, number, number, number, number];
      link.camera = { position: [px, py, pz], target: [tx, ty, tz] };
    } else {
      notices.push({ kind: 'bad-value', param: 'cam', value: cam });
    }
  }
  const step = get('step');
  if (step !== null) {
    if (/^\d{1,4}$/.test(step) && Number(step) >= 1) link.step = Number(step);
    else notices.push({ kind: 'bad-step', value: step });
  }
  const lang = get('lang');
  if (lang !== null) {
    if (langPattern.test(lang)) link.lang = lang;
    else notices.push({ kind: 'unknown-language', value: lang });
  }
  return { link, notices };
}

/**
 * Checks a parsed link against the venue it opened: ids that exist, a camera inside
 * (a generous box around) the building and not inside its own target, a tour step
 * the tour has, a language the venue speaks. What fails is dropped with a notice.
 */
export function resolveViewLink(link: ViewLink, venue: Venue): { link: ViewLink; notices: LinkNotice[] } {
  const out: ViewLink = { ...link };
  const notices: LinkNotice[] = [];
  if (out.floor && !venue.floors.some((f) => f.id === out.floor)) {
    notices.push({ kind: 'unknown-id', param: 'floor', value: out.floor });
    delete out.floor;
  }
  if (out.exhibit && !venue.hotspots?.some((h) => h.id === out.exhibit)) {
    notices.push({ kind: 'unknown-id', param: 'exhibit', value: out.exhibit });
    delete out.exhibit;
  }
  if (out.at && !venue.hotspots?.some((h) => h.id === out.at)) {
    notices.push({ kind: 'unknown-id', param: 'at', value: out.at });
    delete out.at;
  }
  const tour = out.tour ? venue.tours?.find((t) => t.id === out.tour) : undefined;
  if (out.tour && !tour) {
    notices.push({ kind: 'unknown-id', param: 'tour', value: out.tour });
    delete out.tour;
    delete out.step;
  } else if (tour && out.step !== undefined && out.step > tour.stops.length) {
    notices.push({ kind: 'bad-step', value: String(out.step) });
    delete out.step;
  }
  if (out.camera) {
    const b = venueBounds(venue);
    const margin = Math.max(b.radius * 3, 20);
    const inside = (p: Point3) => p.every((v, i) => v >= b.min[i]! - margin && v <= b.max[i]! + margin);
    const { position, target } = out.camera;
    const degenerate = Math.hypot(position[0] - target[0], position[1] - target[1], position[2] - target[2]) < 0.01;
    if (!inside(position) || !inside(target) || degenerate) {
      notices.push({ kind: 'camera-outside', value: [...position, ...target].map(cm).join(',') });
      delete out.camera;
    }
  }
  if (out.lang && !venue.languages.includes(out.lang)) {
    notices.push({ kind: 'unknown-language', value: out.lang });
    delete out.lang;
  }
  return { link: out, notices };
}
