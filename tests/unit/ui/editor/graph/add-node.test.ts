import { describe, expect, it } from 'vitest';
import { demoMuseum } from '../../../../helpers/fixtures.ts';
import { createEditorStore, type EditorStore } from '../../../../../src/ui/editor/state/editor-store.ts';
import { addNodeAt, continuePathTo } from '../../../../../src/ui/editor/graph/add-node.ts';

/** Drawing the walking graph click by click on the demo museum (foyer: x 0–14, z 0–12 on the ground floor). */

const UP = [0, 1, 0] as const;

function open(selected?: string): EditorStore {
  const store = createEditorStore(demoMuseum(), 'v');
  store.getState().setTool('add-node');
  if (selected) store.getState().select({ kind: 'node', id: selected });
  return store;
}
const graph = (store: EditorStore) => store.getState().venue.navGraph!;
const edgesOf = (store: EditorStore, id: string) => graph(store).edges.filter((e) => e.from === id || e.to === id);
const newest = (store: EditorStore) => graph(store).nodes[graph(store).nodes.length - 1]!;

describe('adding a path point where the curator clicks', () => {
  it('puts the point on the floor at the click, in the room there, joined to the selected point, and selects it', () => {
    const store = open('n-foyer-5');
    store.getState().setEdgeStyle('door', true);
    const before = graph(store).nodes.length;
    expect(addNodeAt(store, { point: [9, 0.02, 6.5], normal: UP })).toBe(true);
    expect(graph(store).nodes).toHaveLength(before + 1);
    const node = newest(store);
    expect(node).toMatchObject({ floor: 'eg', position: [9, 0, 6.5], room: 'r-foyer' });
    // A door is step-free by default, so the edge does not repeat it.
    expect(edgesOf(store, node.id)).toEqual([{ from: 'n-foyer-5', to: node.id, kind: 'door' }]);
    expect(store.getState().selection).toEqual({ kind: 'node', id: node.id });
  });

  it('draws a path: each click joins the point added before', () => {
    const store = open();
    addNodeAt(store, { point: [2, 0, 2], normal: UP });
    const first = newest(store).id;
    expect(edgesOf(store, first)).toEqual([]); // nothing was selected
    addNodeAt(store, { point: [4, 0, 2], normal: UP });
    const second = newest(store).id;
    addNodeAt(store, { point: [6, 0, 2], normal: UP });
    const third = newest(store).id;
    expect(edgesOf(store, second)).toEqual([
      { from: first, to: second, kind: 'walk' },
      { from: second, to: third, kind: 'walk' },
    ]);
  });

  it('leaves wall clicks to the camera and changes nothing', () => {
    const store = open('n-foyer-5');
    const revision = store.getState().revision;
    expect(addNodeAt(store, { point: [0, 1.5, 6], normal: [1, 0, 0] })).toBe(false);
    expect(addNodeAt(store, { point: [0, 1.5, 6], normal: [0.8, 0.6, 0] })).toBe(false);
    expect(store.getState().revision).toBe(revision);
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'n-foyer-5' });
  });

  it('takes a click on a point cloud (no normal) as a floor click', () => {
    const store = open();
    expect(addNodeAt(store, { point: [20, 0, 6], normal: null })).toBe(true);
    expect(newest(store)).toMatchObject({ floor: 'eg', room: 'r-gallery-1' });
  });

  it('adds a point outside every room without a room', () => {
    const store = open();
    addNodeAt(store, { point: [-3, 0, -3], normal: UP });
    expect(newest(store).room).toBeUndefined();
  });

  it('does not join points on different floors with a walk, but does with stairs', () => {
    const walk = open('n-stairs-eg');
    addNodeAt(walk, { point: [22, 4.6, 16.8], normal: UP });
    expect(newest(walk)).toMatchObject({ floor: 'og', position: [22, 4.5, 16.8], room: 'r-stairs-og' });
    expect(edgesOf(walk, newest(walk).id)).toEqual([]);

    const stairs = open('n-stairs-eg');
    stairs.getState().setEdgeStyle('stairs', false);
    addNodeAt(stairs, { point: [22, 4.6, 16.8], normal: UP });
    expect(edgesOf(stairs, newest(stairs).id)).toEqual([{ from: 'n-stairs-eg', to: newest(stairs).id, kind: 'stairs' }]);
  });

  it('records the step-free choice when it differs from the kind’s default', () => {
    const store = open('n-foyer-5');
    store.getState().setEdgeStyle('walk', false);
    addNodeAt(store, { point: [9, 0, 6.5], normal: UP });
    expect(edgesOf(store, newest(store).id)).toEqual([{ from: 'n-foyer-5', to: newest(store).id, kind: 'walk', accessible: false }]);
  });

  it('is undone edit by edit: first the connection, then the point', () => {
    const store = open('n-foyer-5');
    const original = store.getState().venue;
    addNodeAt(store, { point: [9, 0, 6.5], normal: UP });
    store.getState().undo();
    expect(edgesOf(store, newest(store).id)).toEqual([]);
    store.getState().undo();
    expect(store.getState().venue).toEqual(original);
  });
});

describe('clicking an existing point while drawing', () => {
  it('joins it to the selected point once and goes on from there', () => {
    const store = open('n-foyer-1');
    const before = graph(store).edges.length;
    expect(continuePathTo(store, 'n-foyer-6')).toBe(true);
    expect(graph(store).edges).toHaveLength(before + 1);
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'n-foyer-6' });
    store.getState().select({ kind: 'node', id: 'n-foyer-1' });
    expect(continuePathTo(store, 'n-foyer-6')).toBe(false); // already joined: no duplicate, no change of kind
    expect(graph(store).edges).toHaveLength(before + 1);
  });

  it('only selects when nothing was selected', () => {
    const store = open();
    const revision = store.getState().revision;
    expect(continuePathTo(store, 'n-foyer-6')).toBe(false);
    expect(store.getState().revision).toBe(revision);
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'n-foyer-6' });
  });
});
