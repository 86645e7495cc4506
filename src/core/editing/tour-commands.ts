import { LIMITS } from '../venue/limits.ts';
import type { Tour, TourStop, Venue } from '../venue/schema.ts';
import type { AddTourStop, ApplyResult, CreateTour, DeleteTour, MoveTourStop, RemoveTourStop, SetStopNarration, SetTourText } from './commands.ts';
import { defaultLanguageProblem, idProblem, indexProblem, languageProblem, localizedProblem, textProblem } from './checks.ts';
import { newId } from './ids.ts';
import { changed, idsOf, indexOfId, refuse, removeAt, replaceAt } from './outcome.ts';

/** Tour edits: create, delete, and the ordered stops with their narration. */

const unknownTour = (id: string) => refuse(`there is no tour "${id}"`);

function updateTour(venue: Venue, index: number, edit: (t: Tour) => Tour): Venue {
  const tours = venue.tours ?? [];
  return { ...venue, tours: replaceAt(tours, index, edit(tours[index]!)) };
}

function missingHotspot(venue: Venue, ids: readonly string[]): string | undefined {
  const known = idsOf(venue.hotspots);
  return ids.find((id) => !known.has(id));
}

export function createTour(venue: Venue, c: CreateTour): ApplyResult {
  if ((venue.tours?.length ?? 0) >= LIMITS.tours) return refuse(`a venue holds at most ${LIMITS.tours} tours`);
  if (!Array.isArray(c.stops) || c.stops.length === 0) return refuse('a tour needs at least one stop');
  if (c.stops.length > LIMITS.tourStops) return refuse(`a tour has at most ${LIMITS.tourStops} stops`);
  const missing = missingHotspot(venue, c.stops);
  if (missing !== undefined) return refuse(`there is no hotspot "${missing}"`);
  const problem = localizedProblem(venue, c.title, LIMITS.shortText, 'the tour title');
  if (problem) return refuse(problem);
  const taken = idsOf(venue.tours);
  const id = c.id ?? newId('t', taken, c.title, venue.defaultLanguage);
  const idError = idProblem(id, taken);
  if (idError) return refuse(idError);
  const tour: Tour = { id, title: { ...c.title }, stops: c.stops.map((hotspot) => ({ hotspot })) };
  return changed(venue, { ...venue, tours: [...(venue.tours ?? []), tour] }, ['tours'], { ...c, id }, { createdId: id });
}

export function deleteTour(venue: Venue, c: DeleteTour): ApplyResult {
  const index = indexOfId(venue.tours, c.id);
  if (index < 0) return unknownTour(c.id);
  return changed(venue, { ...venue, tours: removeAt(venue.tours ?? [], index) }, ['tours'], c);
}

export function moveTourStop(venue: Venue, c: MoveTourStop): ApplyResult {
  const index = indexOfId(venue.tours, c.tour);
  if (index < 0) return unknownTour(c.tour);
  const stops = venue.tours![index]!.stops;
  const problem = indexProblem(c.from, stops.length, 'stop') ?? indexProblem(c.to, stops.length, 'target position');
  if (problem) return refuse(problem);
  if (c.from === c.to) return refuse('the stop is already there');
  const moved = removeAt(stops, c.from);
  moved.splice(c.to, 0, stops[c.from]!);
  return changed(venue, updateTour(venue, index, (t) => ({ ...t, stops: moved })), ['tours'], c);
}

export function addTourStop(venue: Venue, c: AddTourStop): ApplyResult {
  const index = indexOfId(venue.tours, c.tour);
  if (index < 0) return unknownTour(c.tour);
  if (missingHotspot(venue, [c.hotspot]) !== undefined) return refuse(`there is no hotspot "${c.hotspot}"`);
  const stops = venue.tours![index]!.stops;
  if (stops.length >= LIMITS.tourStops) return refuse(`a tour has at most ${LIMITS.tourStops} stops`);
  const at = c.index ?? stops.length;
  const problem = indexProblem(at, stops.length + 1, 'position');
  if (problem) return refuse(problem);
  const next = [...stops.slice(0, at), { hotspot: c.hotspot }, ...stops.slice(at)];
  return changed(venue, updateTour(venue, index, (t) => ({ ...t, stops: next })), ['tours'], c);
}

export function removeTourStop(venue: Venue, c: RemoveTourStop): ApplyResult {
  const index = indexOfId(venue.tours, c.tour);
  if (index < 0) return unknownTour(c.tour);
  const stops = venue.tours![index]!.stops;
  const problem = indexProblem(c.index, stops.length, 'stop');
  if (problem) return refuse(problem);
  if (stops.length === 1) return refuse('a tour needs at least one stop; delete the tour instead');
  return changed(venue, updateTour(venue, index, (t) => ({ ...t, stops: removeAt(stops, c.index) })), ['tours'], c);
}

export function setStopNarration(venue: Venue, c: SetStopNarration): ApplyResult {
  const index = indexOfId(venue.tours, c.tour);
  if (index < 0) return unknownTour(c.tour);
  const stops = venue.tours![index]!.stops;
  const problem =
    indexProblem(c.index, stops.length, 'stop') ??
    languageProblem(venue, c.language) ??
    (c.value === null ? null : textProblem(c.value, LIMITS.text, 'the narration'));
  if (problem) return refuse(problem);
  const stop = stops[c.index]!;
  const languageGap = defaultLanguageProblem(venue, stop.narration, c.language, c.value);
  if (languageGap) return refuse(languageGap);
  const narration: Record<string, string> = { ...stop.narration };
  if (c.value === null) delete narration[c.language];
  else narration[c.language] = c.value;
  const next: TourStop = { ...stop, narration };
  if (Object.keys(narration).length === 0) delete next.narration;
  return changed(venue, updateTour(venue, index, (t) => ({ ...t, stops: replaceAt(stops, c.index, next) })), ['tours'], c);
}

/** Sets a tour's title or description in one language; the title keeps its default-language text. */
export function setTourText(venue: Venue, c: SetTourText): ApplyResult {
  const index = indexOfId(venue.tours, c.tour);
  if (index < 0) return unknownTour(c.tour);
  if (c.field !== 'title' && c.field !== 'description') return refuse('a tour text field is "title" or "description"');
  const limit = c.field === 'title' ? LIMITS.shortText : LIMITS.text;
  const problem = languageProblem(venue, c.language) ?? (c.value === null ? null : textProblem(c.value, limit, `the tour ${c.field}`));
  if (problem) return refuse(problem);
  const tour = venue.tours![index]!;
  if (c.field === 'title' && c.language === venue.defaultLanguage && !c.value) {
    return refuse(`a tour's title needs a text in the default language "${venue.defaultLanguage}"`);
  }
  const languageGap = defaultLanguageProblem(venue, tour[c.field], c.language, c.value);
  if (languageGap) return refuse(languageGap);
  const text: Record<string, string> = { ...tour[c.field] };
  if (c.value === null) delete text[c.language];
  else text[c.language] = c.value;
  const next: Tour = { ...tour, [c.field]: text };
  if (c.field === 'description' && Object.keys(text).length === 0) delete next.description;
  return changed(venue, updateTour(venue, index, () => next), ['tours'], c);
}
