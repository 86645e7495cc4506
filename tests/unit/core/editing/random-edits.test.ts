import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseVenueText, validateVenue, EDGE_KINDS, type Venue } from '../../../../src/core/venue/index.ts';
import { applyCommand, createEditHistory, type EditCommand } from '../../../../src/core/editing/index.ts';
import { seededRandom, type Random } from '../../../../src/core/positioning/random.ts';

/**
 * Property-style checks over seeded random edit sequences on the demo museum:
 * every command is undone exactly by its inverse, nothing is ever mutated, and a
 * curator who edits sensibly keeps a venue the validator accepts.
 */

function loadDemo(): Venue {
  const text = readFileSync(new URL('../../../../scenes/demo-museum/scene.json', import.meta.url), 'utf8');
  const { venue, problems } = parseVenueText(text, { expectedId: 'demo-museum' });
  if (!venue) throw new Error(`the demo museum does not load: ${problems.map((p) => p.message).join('; ')}`);
  return venue;
}

/** Freezes every object of `value`, so any mutation by an edit throws (ESM code is strict). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const pick = <T>(rng: Random, list: readonly T[]): T => list[Math.floor(rng.next() * list.length)]!;
const hex = (rng: Random, n: number) => Array.from({ length: n }, () => Math.floor(rng.next() * 16).toString(16)).join('');
const lift = (p: readonly number[], dy: number): [number, number, number] => [p[0]!, Math.round((p[1]! + dy) * 100) / 100, p[2]!];

/**
 * A random edit of `venue`. With `sensible`, positions stay inside their rooms
 * (items are lifted or moved onto another item of the same room), as the editor
 * will ensure; otherwise anything the format allows, including room changes.
 */
function randomCommand(venue: Venue, rng: Random, sensible: boolean): EditCommand | undefined {
  const hotspots = venue.hotspots ?? [];
  const beacons = venue.beacons ?? [];
  const nodes = venue.navGraph?.nodes ?? [];
  const edges = venue.navGraph?.edges ?? [];
  const tours = venue.tours ?? [];
  const language = pick(rng, venue.languages);
  const h = hotspots.length > 0 ? pick(rng, hotspots) : undefined;
  const b = beacons.length > 0 ? pick(rng, beacons) : undefined;
  const n = nodes.length > 0 ? pick(rng, nodes) : undefined;
  const t = tours.length > 0 ? pick(rng, tours) : undefined;
  const word = `Saal ${Math.floor(rng.next() * 1000)} <script>alert(1)</script> „Zitat“`;
  switch (Math.floor(rng.next() * 22)) {
    case 0: return h && { type: 'addHotspot', room: h.room, position: lift(h.position, rng.next()), title: { [venue.defaultLanguage]: word } };
    case 1: return h && { type: 'moveHotspot', id: h.id, position: lift(h.position, rng.next() - 0.5), normal: [0, 0, rng.next() < 0.5 ? 1 : -1] };
    case 2: return h && { type: 'deleteHotspot', id: h.id };
    case 3: return h && { type: 'setHotspotText', id: h.id, field: pick(rng, ['title', 'summary', 'body'] as const), language, value: rng.next() < 0.2 && language !== venue.defaultLanguage ? null : word };
    case 4: return h && (sensible ? undefined : { type: 'setHotspotRoom', id: h.id, room: pick(rng, venue.rooms).id });
    case 5: return h && { type: 'setHotspotView', id: h.id, view: rng.next() < 0.3 ? null : { position: lift(h.position, 1), target: lift(h.position, 0) } };
    case 6: return { type: 'addBeacon', floor: pick(rng, venue.floors).id, position: [rng.next() * 20, 2.5, rng.next() * 20], identity: { protocol: 'ibeacon', uuid: `${hex(rng, 8)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 4)}-${hex(rng, 12)}`, major: 1, minor: Math.floor(rng.next() * 65536) } };
    case 7: return b && { type: 'moveBeacon', id: b.id, position: lift(b.position, rng.next() - 0.5) };
    case 8: return b && { type: 'deleteBeacon', id: b.id };
    case 9: return b && { type: 'setBeaconIdentity', id: b.id, identity: rng.next() < 0.3 ? null : { protocol: 'eddystone-uid', namespace: hex(rng, 20), instance: hex(rng, 12) } };
    case 10: return b && { type: 'setBeaconTxPower', id: b.id, txPower: rng.next() < 0.3 ? null : -40 - Math.round(rng.next() * 40) };
    case 11: return n && { type: 'addNavNode', floor: n.floor, position: lift(n.position, 0), ...(n.room !== undefined ? { room: n.room } : {}) };
    case 12: return n && { type: 'moveNavNode', id: n.id, position: lift(n.position, rng.next() * 0.1) };
    case 13: return n && { type: 'deleteNavNode', id: n.id };
    case 14: return nodes.length > 1 ? { type: 'connectNavNodes', from: pick(rng, nodes).id, to: pick(rng, nodes).id, kind: pick(rng, EDGE_KINDS), accessible: rng.next() < 0.5, oneWay: rng.next() < 0.2 } : undefined;
    case 15: { const e = edges.length > 0 ? pick(rng, edges) : undefined; return e && { type: 'disconnectNavNodes', from: e.to, to: e.from }; }
    case 16: return h && { type: 'createTour', title: { [venue.defaultLanguage]: word }, stops: [h.id, pick(rng, hotspots).id] };
    case 17: return t && { type: 'deleteTour', id: t.id };
    case 18: return t && { type: 'moveTourStop', tour: t.id, from: Math.floor(rng.next() * t.stops.length), to: Math.floor(rng.next() * t.stops.length) };
    case 19: return t && h && { type: 'addTourStop', tour: t.id, hotspot: h.id, index: Math.floor(rng.next() * (t.stops.length + 1)) };
    case 20: return t && { type: 'removeTourStop', tour: t.id, index: Math.floor(rng.next() * t.stops.length) };
    default: return t && { type: 'setStopNarration', tour: t.id, index: Math.floor(rng.next() * t.stops.length), language, value: rng.next() < 0.2 ? null : word };
  }
}

const errorsOf = (venue: Venue) => validateVenue(venue).problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);

describe('random edit sequences on the demo museum', () => {
  const demo = deepFreeze(loadDemo());

  it.each([1, 2, 3, 4, 5])('seed %i: every command is undone exactly by its inverse, and nothing is mutated', (seed) => {
    const rng = seededRandom(seed);
    let venue = demo;
    let applied = 0;
    const kinds = new Set<string>();
    for (let i = 0; i < 150; i++) {
      const command = randomCommand(venue, rng, false);
      if (!command) continue;
      const result = applyCommand(venue, command);
      if (!result.ok) continue;
      applied++;
      kinds.add(command.type);
      const back = applyCommand(result.venue, result.inverse);
      expect(back.ok && back.venue).toEqual(venue);
      venue = deepFreeze(result.venue);
    }
    expect(applied).toBeGreaterThan(80);
    expect(kinds.size).toBeGreaterThan(15);
  });

  it.each([11, 12, 13])('seed %i: sensible edits keep the venue valid, and undoing all of them gives back the original', (seed) => {
    const rng = seededRandom(seed);
    const history = createEditHistory(demo);
    const states: Venue[] = [];
    for (let i = 0; i < 60; i++) {
      const command = randomCommand(history.present, rng, true);
      if (!command) continue;
      if (!history.apply(command).ok) continue;
      expect(errorsOf(history.present), `after ${command.type}`).toEqual([]);
      states.push(deepFreeze(history.present));
    }
    expect(states.length).toBeGreaterThan(30);
    expect(history.undoDepth).toBe(states.length);
    const final = history.present;

    while (history.undo());
    expect(history.present).toEqual(demo);
    expect(history.canUndo).toBe(false);

    while (history.redo());
    expect(history.present).toEqual(final);
  });
});
