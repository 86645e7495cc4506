import { describe, expect, it } from 'vitest';
import { createEditHistory } from '../../../../src/core/editing/index.ts';
import type { Venue } from '../../../../src/core/venue/index.ts';
import { demoMuseum } from '../../../helpers/fixtures.ts';
import { editChecks } from './edit-checks.ts';

/** The edits added for the editor's panels: media lists, tour texts, a path point's room, and replacing the document by an import. */

const demo = demoMuseum();

const { edit, refusal } = editChecks(demo);

const hotspot = (v: Venue, id: string) => v.hotspots!.find((h) => h.id === id)!;

describe('hotspot media', () => {
  it('replaces the media list, and an empty list removes the key', () => {
    const image = { kind: 'image' as const, uri: 'media/new.webp', alt: { de: 'Ein Bild', en: 'A picture' } };
    const { venue } = edit({ type: 'setHotspotMedia', id: 'h-la-mousme', media: [image] });
    expect(hotspot(venue, 'h-la-mousme').media).toEqual([image]);
    const emptied = edit({ type: 'setHotspotMedia', id: 'h-la-mousme', media: [] }, venue);
    expect('media' in hotspot(emptied.venue, 'h-la-mousme')).toBe(false);
  });

  it('refuses script URIs, unknown kinds and too many items', () => {
    expect(refusal({ type: 'setHotspotMedia', id: 'h-la-mousme', media: [{ kind: 'image', uri: 'javascript:alert(1)' }] })).toMatch(/javascript: URIs are not allowed/);
    expect(refusal({ type: 'setHotspotMedia', id: 'h-la-mousme', media: [{ kind: 'video', uri: 'a.mp4' } as never] })).toMatch(/media item 1/);
    const many = Array.from({ length: 101 }, () => ({ kind: 'image' as const, uri: 'media/a.png' }));
    expect(refusal({ type: 'setHotspotMedia', id: 'h-la-mousme', media: many })).toMatch(/at most 100/);
    expect(refusal({ type: 'setHotspotMedia', id: 'h-nope', media: [] })).toMatch(/no hotspot "h-nope"/);
  });
});

describe('tour texts', () => {
  it('sets a title and a description per language, and merges typing into one undo step', () => {
    const { venue } = edit({ type: 'setTourText', tour: 't-highlights', field: 'description', language: 'en', value: 'An hour' });
    expect(venue.tours![0]!.description?.en).toBe('An hour');
    const history = createEditHistory(demo);
    history.apply({ type: 'setTourText', tour: 't-highlights', field: 'title', language: 'de', value: 'H' }, { at: 0 });
    history.apply({ type: 'setTourText', tour: 't-highlights', field: 'title', language: 'de', value: 'Hö' }, { at: 300 });
    expect(history.undoDepth).toBe(1);
    history.undo();
    expect(history.present).toEqual(demo);
  });

  it('keeps the default-language title', () => {
    expect(refusal({ type: 'setTourText', tour: 't-highlights', field: 'title', language: 'de', value: '' })).toMatch(/default language "de"/);
    expect(refusal({ type: 'setTourText', tour: 't-highlights', field: 'title', language: 'fr', value: 'x' })).toMatch(/not one of the venue's languages/);
  });
});

describe('replacing the document', () => {
  it('takes another version of the same venue and undoes back to the first', () => {
    const imported: Venue = { ...demo, title: { de: 'Neu', en: 'New' }, rooms: demo.rooms.slice(0, 3) };
    const history = createEditHistory(demo);
    expect(history.apply({ type: 'replaceVenue', venue: imported }).ok).toBe(true);
    expect(history.present).toBe(imported);
    history.undo();
    expect(history.present).toBe(demo);
    history.redo();
    expect(history.present).toBe(imported);
  });

  it('refuses another venue', () => {
    expect(refusal({ type: 'replaceVenue', venue: { ...demo, id: 'other-museum' } })).toMatch(/"other-museum", not "demo-museum"/);
  });
});

describe('walking-graph point rooms', () => {
  it('sets and removes a point’s room, only with a room of its floor', () => {
    const node = demo.navGraph!.nodes[0]!;
    const otherFloorRoom = demo.rooms.find((r) => r.floor !== node.floor)!;
    const sameFloorRoom = demo.rooms.find((r) => r.floor === node.floor && r.id !== node.room)!;
    const { venue } = edit({ type: 'setNavNodeRoom', id: node.id, room: sameFloorRoom.id });
    expect(venue.navGraph!.nodes[0]!.room).toBe(sameFloorRoom.id);
    const cleared = edit({ type: 'setNavNodeRoom', id: node.id, room: null });
    expect('room' in cleared.venue.navGraph!.nodes[0]!).toBe(false);
    expect(refusal({ type: 'setNavNodeRoom', id: node.id, room: otherFloorRoom.id })).toMatch(/on the point's floor/);
  });
});
