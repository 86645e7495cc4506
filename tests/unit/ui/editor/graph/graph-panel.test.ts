import { afterEach, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Venue } from '../../../../../src/core/venue/schema.ts';
import { demoMuseum } from '../../../../helpers/fixtures.ts';
import { createEditorStore, type EditorStore } from '../../../../../src/ui/editor/state/editor-store.ts';
import { currentEditor } from '../../../../../src/ui/editor/state/current-editor.ts';
import { GraphPanel } from '../../../../../src/ui/editor/graph/GraphPanel.tsx';
import { generatePaths, existingPathPoints } from '../../../../../src/ui/editor/graph/generate-paths.ts';
import { connectionsOf, nearbyNodes, setNodeRoom, NEARBY_M } from '../../../../../src/ui/editor/graph/node-actions.ts';
import { missedRooms, showRoom } from '../../../../../src/ui/editor/graph/missed-rooms.ts';
import { viewStore } from '../../../../../src/state/view-store.ts';

/** The "Walking paths" tab (static markup) and the actions behind its buttons. */

/** Opens an editor session; server rendering reads the stores' initial state, so point it at the present. */
function open(venue: Venue = demoMuseum()): EditorStore {
  const store = createEditorStore(venue, 'v');
  store.getInitialState = store.getState;
  store.getState().setPanel('graph');
  currentEditor.setState({ store });
  currentEditor.getInitialState = currentEditor.getState;
  return store;
}
const render = (): string => renderToStaticMarkup(createElement(GraphPanel));

afterEach(() => currentEditor.setState({ store: null }));

/** The demo museum without the door from the corridor into the shop, its only way in. */
function withShopCutOff(): Venue {
  const venue = demoMuseum();
  const cut = new Set(['n-corridor-shop-a', 'n-corridor-shop-b']);
  return { ...venue, navGraph: { ...venue.navGraph!, edges: venue.navGraph!.edges.filter((e) => !(cut.has(e.from) && cut.has(e.to))) } };
}

describe('the Walking paths panel', () => {
  it('shows the counts, the generate button, the tools and a legend', () => {
    const store = open();
    const html = render();
    const { nodes, edges } = store.getState().venue.navGraph!;
    expect(html).toContain('>Walking paths</h2>');
    expect(html).toContain(`${nodes.length} path points, ${edges.length} connections`);
    expect(html).toContain('>Generate paths from rooms and doors</button>');
    expect(html).toContain('aria-pressed="false">Add path point</button>');
    expect(html).toContain('<option value="escalator">Escalator</option>');
    expect(html).toContain('Dashed: not step-free');
    expect(html).toContain('No path point selected.');
    expect(html).toContain('Every room can be reached from Foyer (entrance and exit).');
  });

  it('shows the selected point with its room, its connections and the points nearby', () => {
    const store = open();
    store.getState().select({ kind: 'node', id: 'n-foyer-5' });
    const html = render();
    const count = connectionsOf(store.getState().venue, 'n-foyer-5').length;
    expect(html).toContain('Selected path point <small class="graph-id">n-foyer-5</small>');
    expect(html).toContain('<option value="r-foyer" selected="">Foyer (entrance and exit)</option>');
    expect(html).toContain(`Connections (${count})`);
    expect(html.match(/>Disconnect<\/button>/g)).toHaveLength(count);
    expect(html).toContain('aria-label="Disconnect from Foyer (entrance and exit) · n-foyer-4"');
    expect(html).toContain('>Delete point</button>');
    expect(html).toContain('>Connect as walk</button>');
  });

  it('lists the rooms no path reaches, each with a button to show it', () => {
    open(withShopCutOff());
    const html = render();
    expect(html).toContain('Rooms visitors cannot reach');
    expect(html).toMatch(/<button type="button">Show <span class="visually-hidden">room <\/span>Museum shop<\/button> <span class="muted">Ground floor<\/span>/);
  });

  it('marks the tool as on while adding points', () => {
    const store = open();
    store.getState().setTool('add-node');
    expect(render()).toContain('aria-pressed="true">Add path point</button>');
  });
});

describe('generating paths', () => {
  it('replaces the graph in one undo step and says what it made', () => {
    const store = open();
    const original = store.getState().venue.navGraph;
    expect(existingPathPoints(store)).toBe(original!.nodes.length);
    const outcome = generatePaths(store);
    expect(outcome.ok).toBe(true);
    expect(outcome.notes[0]).toMatch(/^Guessed \d+ doors/);
    expect(store.getState().venue.navGraph!.nodes).toHaveLength(outcome.nodes);
    expect(store.getState().venue.navGraph!.nodes.some((n) => n.id === 'n-door-foyer-gallery-1')).toBe(true);
    store.getState().undo();
    expect(store.getState().venue.navGraph).toBe(original);
  });
});

describe('the selected point’s actions', () => {
  it('offers points on the same floor within 15 m, nearest first, and other floors only for floor-changing kinds', () => {
    const venue = demoMuseum();
    const node = venue.navGraph!.nodes.find((n) => n.id === 'n-stairs-eg')!;
    const walk = nearbyNodes(venue, node, 'walk');
    expect(walk.every((c) => c.node.floor === 'eg' && c.distance !== null && c.distance <= NEARBY_M)).toBe(true);
    expect(walk.map((c) => c.distance)).toEqual([...walk.map((c) => c.distance)].sort((a, b) => a! - b!));
    expect(walk.some((c) => c.node.id === 'n-stairs-og')).toBe(false);
    const connected = new Set(connectionsOf(venue, node.id).map((c) => c.other.id));
    expect(walk.some((c) => connected.has(c.node.id))).toBe(false);
    const stairs = nearbyNodes(venue, node, 'stairs');
    expect(stairs.some((c) => c.node.floor === 'og')).toBe(true);
  });

  it('changes a point’s room to another on its floor, as one undo step, and refuses a room elsewhere', () => {
    const store = open();
    expect(setNodeRoom(store, 'n-foyer-5', null)).toBe(true);
    expect(store.getState().venue.navGraph!.nodes.find((n) => n.id === 'n-foyer-5')!.room).toBeUndefined();
    expect(setNodeRoom(store, 'n-foyer-5', 'r-gallery-3')).toBe(false);
    expect(store.getState().notice?.text).toMatch(/no room "r-gallery-3" on this point's floor/);
    store.getState().undo();
    expect(store.getState().venue.navGraph!.nodes.find((n) => n.id === 'n-foyer-5')!.room).toBe('r-foyer');
  });

  it('shows a missed room: selects it and flies over it with its floor in focus', () => {
    const store = open(withShopCutOff());
    expect(missedRooms(store.getState().venue)).toEqual({ unreachable: ['r-shop'], stepsOnly: [] });
    showRoom(store, 'r-shop');
    expect(store.getState().selection).toEqual({ kind: 'room', id: 'r-shop' });
    const view = viewStore.getState();
    expect(view.floor).toBe('eg');
    expect(view.mode).toBe('overview');
    expect(view.flight?.pose.position[1]).toBeCloseTo(12, 6);
  });
});
