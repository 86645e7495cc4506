import { LIMITS } from '../venue/limits.ts';
import { hotspotMediaSchema, type Hotspot, type HotspotMedia, type Venue } from '../venue/schema.ts';
import { uriProblem } from '../venue/uri.ts';
import type { AddHotspot, ApplyResult, DeleteHotspot, MoveHotspot, SetHotspotMedia, SetHotspotRoom, SetHotspotText, SetHotspotView } from './commands.ts';
import { copyPoint, defaultLanguageProblem, idProblem, languageProblem, localizedProblem, normalProblem, pointProblem, textProblem, viewProblem } from './checks.ts';
import { newId } from './ids.ts';
import { changed, idsOf, indexOfId, refuse, removeAt, replaceAt } from './outcome.ts';

/** Hotspot edits: place, move, delete, texts, room, camera view and media. */

const TEXT_LIMIT = { title: LIMITS.shortText, summary: LIMITS.text, body: LIMITS.longText } as const;

const unknownHotspot = (id: string) => refuse(`there is no hotspot "${id}"`);
const unknownRoom = (id: string) => refuse(`there is no room "${id}"`);

/** Replaces the hotspot at `index` through `edit`, keeping every other hotspot object. */
function updateHotspot(venue: Venue, index: number, edit: (h: Hotspot) => Hotspot): Venue {
  const hotspots = venue.hotspots ?? [];
  return { ...venue, hotspots: replaceAt(hotspots, index, edit(hotspots[index]!)) };
}

export function addHotspot(venue: Venue, c: AddHotspot): ApplyResult {
  const taken = idsOf(venue.hotspots);
  if ((venue.hotspots?.length ?? 0) >= LIMITS.hotspots) return refuse(`a venue holds at most ${LIMITS.hotspots} hotspots`);
  if (indexOfId(venue.rooms, c.room) < 0) return unknownRoom(c.room);
  const problem = pointProblem(c.position) ?? normalProblem(c.normal) ?? localizedProblem(venue, c.title, LIMITS.shortText, 'the title');
  if (problem) return refuse(problem);
  const id = c.id ?? newId('h', taken, c.title, venue.defaultLanguage);
  const idError = idProblem(id, taken);
  if (idError) return refuse(idError);
  const hotspot: Hotspot = { id, room: c.room, position: copyPoint(c.position), title: { ...c.title } };
  if (c.normal !== undefined) hotspot.normal = copyPoint(c.normal);
  const after = { ...venue, hotspots: [...(venue.hotspots ?? []), hotspot] };
  return changed(venue, after, ['hotspots'], { ...c, id }, { createdId: id });
}

export function moveHotspot(venue: Venue, c: MoveHotspot): ApplyResult {
  const index = indexOfId(venue.hotspots, c.id);
  if (index < 0) return unknownHotspot(c.id);
  const problem = pointProblem(c.position) ?? normalProblem(c.normal);
  if (problem) return refuse(problem);
  const after = updateHotspot(venue, index, (h) => ({ ...h, position: copyPoint(c.position), ...(c.normal !== undefined ? { normal: copyPoint(c.normal) } : {}) }));
  return changed(venue, after, ['hotspots'], c);
}

/** Deletes the hotspot and its tour stops; a tour whose only stops were this hotspot is deleted too. */
export function deleteHotspot(venue: Venue, c: DeleteHotspot): ApplyResult {
  const index = indexOfId(venue.hotspots, c.id);
  if (index < 0) return unknownHotspot(c.id);
  const effects: string[] = [];
  let after: Venue = { ...venue, hotspots: removeAt(venue.hotspots ?? [], index) };
  const touched = venue.tours?.some((t) => t.stops.some((s) => s.hotspot === c.id)) ?? false;
  if (touched && venue.tours) {
    const tours = [];
    for (const tour of venue.tours) {
      const stops = tour.stops.filter((s) => s.hotspot !== c.id);
      if (stops.length === tour.stops.length) tours.push(tour);
      else if (stops.length === 0) effects.push(`deleted tour "${tour.id}", which had no other stops`);
      else {
        effects.push(`removed ${tour.stops.length - stops.length} stop(s) from tour "${tour.id}"`);
        tours.push({ ...tour, stops });
      }
    }
    after = { ...after, tours };
  }
  return changed(venue, after, touched ? ['hotspots', 'tours'] : ['hotspots'], c, { effects });
}

export function setHotspotText(venue: Venue, c: SetHotspotText): ApplyResult {
  const index = indexOfId(venue.hotspots, c.id);
  if (index < 0) return unknownHotspot(c.id);
  const limit = TEXT_LIMIT[c.field];
  if (limit === undefined) return refuse('a hotspot text field is "title", "summary" or "body"');
  const problem = languageProblem(venue, c.language) ?? (c.value === null ? null : textProblem(c.value, limit, `the ${c.field}`));
  if (problem) return refuse(problem);
  if (c.field === 'title' && c.value === null && c.language === venue.defaultLanguage) {
    return refuse(`a hotspot's title needs a text in the default language "${venue.defaultLanguage}"`);
  }
  const languageGap = defaultLanguageProblem(venue, venue.hotspots![index]![c.field], c.language, c.value);
  if (languageGap) return refuse(languageGap);
  const after = updateHotspot(venue, index, (h) => {
    const text: Record<string, string> = { ...h[c.field] };
    if (c.value === null) delete text[c.language];
    else text[c.language] = c.value;
    const next: Hotspot = { ...h, [c.field]: text };
    // An optional text without any language is dropped rather than left as {}.
    if (c.field !== 'title' && Object.keys(text).length === 0) delete next[c.field];
    return next;
  });
  return changed(venue, after, ['hotspots'], c);
}

export function setHotspotRoom(venue: Venue, c: SetHotspotRoom): ApplyResult {
  const index = indexOfId(venue.hotspots, c.id);
  if (index < 0) return unknownHotspot(c.id);
  if (indexOfId(venue.rooms, c.room) < 0) return unknownRoom(c.room);
  return changed(venue, updateHotspot(venue, index, (h) => ({ ...h, room: c.room })), ['hotspots'], c);
}

export function setHotspotView(venue: Venue, c: SetHotspotView): ApplyResult {
  const index = indexOfId(venue.hotspots, c.id);
  if (index < 0) return unknownHotspot(c.id);
  const problem = c.view === null ? null : viewProblem(c.view);
  if (problem) return refuse(problem);
  const after = updateHotspot(venue, index, (h) => {
    const next: Hotspot = { ...h };
    if (c.view === null) delete next.view;
    else next.view = { position: copyPoint(c.view.position), target: copyPoint(c.view.target) };
    return next;
  });
  return changed(venue, after, ['hotspots'], c);
}

/** Every media URI of an item, with where it sits, for the URI checks. */
function mediaUris(item: HotspotMedia): string[] {
  const uris = typeof item.uri === 'string' ? [item.uri] : Object.values(item.uri);
  if (item.kind === 'audio' && item.captions) uris.push(...Object.values(item.captions));
  return uris;
}

export function setHotspotMedia(venue: Venue, c: SetHotspotMedia): ApplyResult {
  const index = indexOfId(venue.hotspots, c.id);
  if (index < 0) return unknownHotspot(c.id);
  if (!Array.isArray(c.media)) return refuse('media must be a list');
  if (c.media.length > LIMITS.mediaPerHotspot) return refuse(`a hotspot has at most ${LIMITS.mediaPerHotspot} media`);
  const media: HotspotMedia[] = [];
  for (const [i, item] of c.media.entries()) {
    const parsed = hotspotMediaSchema.safeParse(item);
    if (!parsed.success) return refuse(`media item ${i + 1} is not an image or audio with a file: ${parsed.error.issues[0]?.message ?? 'bad shape'}`);
    for (const uri of mediaUris(parsed.data)) {
      const problem = uriProblem(uri, 'media');
      if (problem) return refuse(`media item ${i + 1}: ${JSON.stringify(uri.slice(0, 60))} ${problem}`);
    }
    media.push(parsed.data);
  }
  const after = updateHotspot(venue, index, (h) => {
    const next: Hotspot = { ...h, media };
    if (media.length === 0) delete next.media;
    return next;
  });
  return changed(venue, after, ['hotspots'], c);
}
