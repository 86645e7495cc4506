import type { LocalizedText } from '../../src/core/venue/schema.ts';

/**
 * The written content of the demo museum, kept apart from its generated geometry:
 * `content.ts` holds what visitors read (exhibit and gallery texts, tours); the
 * building generator places the exhibits on the walls of their gallery.
 */

/** Ids of the rooms that hold exhibits. */
export type GalleryRoomId = 'r-gallery-1' | 'r-gallery-2' | 'r-gallery-3' | 'r-gallery-4' | 'r-gallery-5' | 'r-cabinet';

/** A gallery's theme, shown as the room's name and text description. */
export interface DemoGallery {
  room: GalleryRoomId;
  name: LocalizedText;
  /** What a visitor finds in the room, for the room's text description (screen readers). */
  description: LocalizedText;
}

/** One exhibit: a work from the CC0 collection records, with texts written for this museum. */
export interface DemoExhibit {
  /** Hotspot id, `h-` + a short slug. */
  id: string;
  room: GalleryRoomId;
  /** A painting hangs on a wall in a frame; an object stands on a plinth. */
  kind: 'painting' | 'object';
  /** Real size from the record, in metres (for a painting: the canvas without frame). */
  widthM: number;
  heightM: number;
  /**
   * Three hex colours for the generated stand-in canvas. The building has no images of
   * the works (none are free), so each canvas is an abstract placeholder in these tones.
   */
  palette: readonly [string, string, string];
  title: LocalizedText;
  summary: LocalizedText;
  /** Safe Markdown subset: paragraphs, *emphasis*, lists, http(s) links. */
  body: LocalizedText;
  tags: string[];
  /** Where the facts come from, e.g. "Object record: National Gallery of Art, Washington, 1963.10.151 (CC0)". */
  credit: string;
}

export interface DemoTourStop {
  hotspot: string;
  narration: LocalizedText;
  durationS: number;
}

export interface DemoTour {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  stops: DemoTourStop[];
}
