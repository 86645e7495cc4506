import { describe, expect, it } from 'vitest';
import { LIMITS, type CameraView, type Venue } from '../../../../src/core/venue/index.ts';
import type { EditCommand } from '../../../../src/core/editing/index.ts';
import { demoMuseum } from '../../../helpers/fixtures.ts';
import { editChecks } from './edit-checks.ts';

/** Each edit a curator makes: what it changes, what it cascades to, what it refuses, and its exact undo. */

const demo = demoMuseum();
const pristine = structuredClone(demo);
const { edit, refusal } = editChecks(demo);

const hotspot = (v: Venue, id: string) => v.hotspots?.find((h) => h.id === id);
const tour = (v: Venue, id: string) => v.tours?.find((t) => t.id === id);

describe('hotspot edits', () => {
  it('places a hotspot with a readable id from its title, and never reuses one', () => {
    const first = edit({ type: 'addHotspot', room: 'r-gallery-1', position: [5, 1.5, 5], title: { de: 'Die Sternennacht', en: 'The Starry Night' } });
    expect(first.createdId).toBe('h-die-sternennacht');
    const second = edit({ type: 'addHotspot', room: 'r-gallery-1', position: [5, 1.5, 5], title: { de: 'Die Sternennacht' } }, first.venue);
    expect(second.createdId).toBe('h-die-sternennacht-2');
    const untitled = edit({ type: 'addHotspot', room: 'r-gallery-1', position: [5, 1.5, 5], title: { de: '★★★' } });
    expect(untitled.createdId).toBe('h-1');
    expect(refusal({ type: 'addHotspot', id: 'h-self-portrait', room: 'r-gallery-1', position: [5, 1.5, 5], title: { de: 'x' } })).toMatch(/already used/);
  });

  it('moves a hotspot and sets its normal, sharing every other hotspot with the previous venue', () => {
    const { venue } = edit({ type: 'moveHotspot', id: 'h-la-mousme', position: [1, 2, 3], normal: [0, 0, 1] });
    expect(hotspot(venue, 'h-la-mousme')).toMatchObject({ position: [1, 2, 3], normal: [0, 0, 1] });
    expect(hotspot(venue, 'h-self-portrait')).toBe(hotspot(demo, 'h-self-portrait'));
    expect(venue.rooms).toBe(demo.rooms);
    expect(venue.tours).toBe(demo.tours);
  });

  it('deletes a hotspot together with the tour stops that show it', () => {
    const { venue, effects } = edit({ type: 'deleteHotspot', id: 'h-olive-orchard' });
    expect(hotspot(venue, 'h-olive-orchard')).toBeUndefined();
    for (const t of venue.tours ?? []) expect(t.stops.map((s) => s.hotspot)).not.toContain('h-olive-orchard');
    expect(tour(venue, 't-van-gogh')?.stops).toHaveLength(4);
    expect(effects).toHaveLength(2);
  });

  it('deletes a tour that would be left without stops', () => {
    const single = edit({ type: 'createTour', id: 't-one', title: { de: 'Eins' }, stops: ['h-la-mousme'] }).venue;
    const { venue, effects } = edit({ type: 'deleteHotspot', id: 'h-la-mousme' }, single);
    expect(tour(venue, 't-one')).toBeUndefined();
    expect(effects.join(' ')).toMatch(/deleted tour "t-one"/);
  });

  it('types into a text per language, stores hostile markup as plain text, and removes a language with null', () => {
    const typed = edit({ type: 'setHotspotText', id: 'h-la-mousme', field: 'summary', language: 'en', value: '<script>alert(1)</script>' });
    expect(hotspot(typed.venue, 'h-la-mousme')?.summary?.en).toBe('<script>alert(1)</script>');
    const removed = edit({ type: 'setHotspotText', id: 'h-la-mousme', field: 'summary', language: 'en', value: null });
    expect(hotspot(removed.venue, 'h-la-mousme')?.summary).not.toHaveProperty('en');
    expect(refusal({ type: 'setHotspotText', id: 'h-la-mousme', field: 'title', language: 'de', value: null })).toMatch(/default language/);
    expect(refusal({ type: 'setHotspotText', id: 'h-la-mousme', field: 'title', language: 'fr', value: 'x' })).toMatch(/not one of the venue's languages/);
  });

  it('refuses texts beyond the format limits, a megabyte string included', () => {
    const megabyte = 'x'.repeat(1024 * 1024);
    expect(refusal({ type: 'setHotspotText', id: 'h-la-mousme', field: 'body', language: 'de', value: megabyte })).toMatch(/at most 200000/);
    expect(refusal({ type: 'setHotspotText', id: 'h-la-mousme', field: 'title', language: 'de', value: 'x'.repeat(LIMITS.shortText + 1) })).toMatch(/at most 500/);
    expect(edit({ type: 'setHotspotText', id: 'h-la-mousme', field: 'title', language: 'de', value: 'x'.repeat(LIMITS.shortText) }).ok).toBe(true);
    expect(refusal({ type: 'setStopNarration', tour: 't-van-gogh', index: 0, language: 'de', value: megabyte })).toMatch(/at most 20000/);
  });

  it('changes room and camera view, and refuses an unknown room or a NaN view', () => {
    expect(hotspot(edit({ type: 'setHotspotRoom', id: 'h-la-mousme', room: 'r-foyer' }).venue, 'h-la-mousme')?.room).toBe('r-foyer');
    const view: CameraView = { position: [1, 1.6, 1], target: [2, 1.5, 2] };
    expect(hotspot(edit({ type: 'setHotspotView', id: 'h-la-mousme', view }).venue, 'h-la-mousme')?.view).toEqual(view);
    expect(hotspot(edit({ type: 'setHotspotView', id: 'h-self-portrait', view: null }).venue, 'h-self-portrait')).not.toHaveProperty('view');
    expect(refusal({ type: 'setHotspotRoom', id: 'h-la-mousme', room: 'r-nowhere' })).toMatch(/no room/);
    expect(refusal({ type: 'setHotspotView', id: 'h-la-mousme', view: { position: [NaN, 0, 0], target: [0, 0, 0] } })).toMatch(/finite/);
  });
});

describe('beacon edits', () => {
  it('adds, moves and deletes a beacon; deleting unlinks the hotspots that named it', () => {
    const added = edit({ type: 'addBeacon', floor: 'eg', position: [1, 2.5, 1], txPower: -60 });
    expect(added.createdId).toMatch(/^b-\d+$/);
    expect(demo.beacons?.some((b) => b.id === added.createdId)).toBe(false);
    const moved = edit({ type: 'moveBeacon', id: 'b-09', position: [4, 2.5, 4], floor: 'og' });
    expect(moved.venue.beacons?.find((b) => b.id === 'b-09')).toMatchObject({ floor: 'og', position: [4, 2.5, 4] });
    const deleted = edit({ type: 'deleteBeacon', id: 'b-09' });
    expect(hotspot(deleted.venue, 'h-self-portrait')).not.toHaveProperty('beacon');
    expect(deleted.effects.join(' ')).toMatch(/h-self-portrait/);
  });

  it('sets an Eddystone or iBeacon identity and txPower, refusing duplicates and bad values', () => {
    const ib = { protocol: 'ibeacon', uuid: 'f7826da6-4fa2-4e98-8024-bc5b71e0893e', major: 7, minor: 65535 } as const;
    expect(edit({ type: 'setBeaconIdentity', id: 'b-01', identity: ib }).venue.beacons?.[0]?.identity).toEqual(ib);
    const other = demo.beacons?.[1]?.identity;
    if (other) expect(refusal({ type: 'setBeaconIdentity', id: 'b-01', identity: other })).toMatch(/already has this radio identity/);
    expect(refusal({ type: 'setBeaconIdentity', id: 'b-01', identity: { ...ib, minor: 70000 } })).toMatch(/0 to 65535/);
    expect(refusal({ type: 'setBeaconIdentity', id: 'b-01', identity: { protocol: 'eddystone-uid', namespace: 'zz', instance: '000000000001' } })).toMatch(/20 hexadecimal/);
    expect(edit({ type: 'setBeaconTxPower', id: 'b-01', txPower: null }).venue.beacons?.[0]).not.toHaveProperty('txPower');
    expect(refusal({ type: 'setBeaconTxPower', id: 'b-01', txPower: Number.NaN })).toMatch(/dBm/);
    expect(refusal({ type: 'moveBeacon', id: 'b-01', position: [0, Infinity, 0] })).toMatch(/finite/);
  });
});

describe('walking-graph edits', () => {
  it('deletes a node with all its edges', () => {
    const touching = demo.navGraph!.edges.filter((e) => e.from === 'n-foyer-1' || e.to === 'n-foyer-1').length;
    expect(touching).toBeGreaterThan(0);
    const { venue, effects } = edit({ type: 'deleteNavNode', id: 'n-foyer-1' });
    expect(venue.navGraph!.edges.some((e) => e.from === 'n-foyer-1' || e.to === 'n-foyer-1')).toBe(false);
    expect(venue.navGraph!.edges).toHaveLength(demo.navGraph!.edges.length - touching);
    expect(effects).toEqual([`removed ${touching} edge(s) of node "n-foyer-1"`]);
  });

  it('connects two nodes once, updating the existing edge instead of duplicating it, and disconnects them', () => {
    const added = edit({ type: 'addNavNode', floor: 'eg', room: 'r-foyer', position: [3, 0, 3] });
    const id = added.createdId!;
    const linked = edit({ type: 'connectNavNodes', from: id, to: 'n-foyer-1', kind: 'walk' }, added.venue);
    const relinked = edit({ type: 'connectNavNodes', from: 'n-foyer-1', to: id, kind: 'ramp', accessible: true, oneWay: true }, linked.venue);
    const between = relinked.venue.navGraph!.edges.filter((e) => [e.from, e.to].includes(id));
    expect(between).toEqual([{ from: 'n-foyer-1', to: id, kind: 'ramp', accessible: true, oneWay: true }]);
    const cut = edit({ type: 'disconnectNavNodes', from: id, to: 'n-foyer-1' }, relinked.venue);
    expect(cut.venue.navGraph!.edges).toHaveLength(demo.navGraph!.edges.length);
    expect(refusal({ type: 'connectNavNodes', from: 'n-foyer-1', to: 'n-foyer-1', kind: 'walk' })).toMatch(/two different nodes/);
    expect(refusal({ type: 'addNavNode', floor: 'og', room: 'r-foyer', position: [3, 0, 3] })).toMatch(/is on floor "eg"/);
  });
});

describe('tour edits', () => {
  it('reorders, adds and removes stops, and sets narration per language', () => {
    const stops = (v: Venue) => tour(v, 't-van-gogh')!.stops.map((s) => s.hotspot);
    const original = stops(demo);
    const moved = edit({ type: 'moveTourStop', tour: 't-van-gogh', from: 0, to: 3 });
    expect(stops(moved.venue)).toEqual([original[1], original[2], original[3], original[0], original[4]]);
    expect(stops(edit({ type: 'addTourStop', tour: 't-van-gogh', hotspot: 'h-self-portrait', index: 1 }).venue)[1]).toBe('h-self-portrait');
    expect(stops(edit({ type: 'removeTourStop', tour: 't-van-gogh', index: 4 }).venue)).toEqual(original.slice(0, 4));
    const narrated = edit({ type: 'setStopNarration', tour: 't-van-gogh', index: 2, language: 'en', value: 'Look closely.' });
    expect(tour(narrated.venue, 't-van-gogh')!.stops[2]!.narration?.en).toBe('Look closely.');
    expect(refusal({ type: 'moveTourStop', tour: 't-van-gogh', from: 0, to: 5 })).toMatch(/not between 0 and 4/);
  });

  it('creates and deletes a tour, refusing one without stops or with an unknown hotspot', () => {
    const created = edit({ type: 'createTour', title: { de: 'Späte Werke', en: 'Late works' }, stops: ['h-la-mousme', 'h-roulins-baby'] });
    expect(created.createdId).toBe('t-spate-werke');
    expect(tour(edit({ type: 'deleteTour', id: 't-highlights' }).venue, 't-highlights')).toBeUndefined();
    expect(refusal({ type: 'createTour', title: { de: 'Leer' }, stops: [] })).toMatch(/at least one stop/);
    expect(refusal({ type: 'createTour', title: { de: 'X' }, stops: ['h-gone'] })).toMatch(/no hotspot "h-gone"/);
    const single = edit({ type: 'createTour', id: 't-one', title: { de: 'Eins' }, stops: ['h-la-mousme'] }).venue;
    expect(refusal({ type: 'removeTourStop', tour: 't-one', index: 0 }, single)).toMatch(/delete the tour instead/);
  });
});

describe('refusals', () => {
  it('refuses unknown ids and malformed commands with a message, without throwing', () => {
    expect(refusal({ type: 'moveHotspot', id: 'h-gone', position: [0, 0, 0] })).toMatch(/no hotspot "h-gone"/);
    expect(refusal({ type: 'deleteTour', id: 't-gone' })).toMatch(/no tour/);
    expect(refusal({ type: 'teleport' } as unknown as EditCommand)).toMatch(/unknown edit/);
    expect(refusal({ type: 'addHotspot', room: 'r-foyer' } as unknown as EditCommand)).toMatch(/position/);
    expect(refusal({ type: 'moveHotspot', id: 'h-la-mousme', position: [1, 2] as unknown as [number, number, number] })).toMatch(/three numbers/);
  });

  it('left the shared demo venue untouched after every test above', () => {
    expect(demo).toEqual(pristine);
  });
});
