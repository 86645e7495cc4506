import { placeOf } from '../../../core/venue/index.ts';
import type { Point3 } from '../../../core/geometry/types.ts';
import type { SurfaceHit } from '../../../state/scene-interaction.ts';
import { useVenueStore } from '../../../state/venue-store.ts';
import type { EditorStore } from '../state/editor-store.ts';

/** The title a new exhibit gets until the curator types one, in the venue's default language. */
export function newExhibitTitle(language: string, count: number): string {
  const word = language === 'de' ? 'Neues Exponat' : language === 'fr' ? 'Nouvel objet' : 'New exhibit';
  return `${word} ${count}`;
}

/**
 * Places a new exhibit hotspot where the curator clicked: on the surface, facing
 * out along its normal, in the room around that spot. A click outside every room
 * places nothing and says why. Returns true (the click was the editor's).
 */
export function placeHotspotAt(store: EditorStore, hit: SurfaceHit): boolean {
  const { venue, apply, notify, select, setTool } = store.getState();
  // A painting belongs to the room it faces: look just in front of the surface
  // (a wall between two rooms is on both their outlines).
  const n = hit.normal;
  const inFront: Point3 = n ? [hit.point[0] + n[0] * 0.25, hit.point[1] + n[1] * 0.25, hit.point[2] + n[2] * 0.25] : hit.point;
  const room = placeOf(venue, inFront).room ?? placeOf(venue, hit.point).room;
  if (!room) {
    notify('error', 'That spot is in no room of the plan: click a wall or display inside a room.');
    return true;
  }
  const title = { [venue.defaultLanguage]: newExhibitTitle(venue.defaultLanguage, (venue.hotspots?.length ?? 0) + 1) };
  const outcome = apply({ type: 'addHotspot', room: room.id, position: hit.point, ...(hit.normal ? { normal: hit.normal } : {}), title });
  if (outcome.ok && outcome.createdId) {
    select({ kind: 'hotspot', id: outcome.createdId });
    useVenueStore.getState().selectHotspot(outcome.createdId);
    setTool('select');
    notify('info', `Placed "${title[venue.defaultLanguage]}" in ${room.name[venue.defaultLanguage] ?? room.id}. Give it a title in the panel.`);
  }
  return true;
}
