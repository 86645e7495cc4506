import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseVenueText, type Venue } from '../../../../src/core/venue/index.ts';
import { createEditHistory, DEFAULT_HISTORY_LIMIT, type EditCommand } from '../../../../src/core/editing/index.ts';

/** The undo/redo history behind Ctrl+Z and Ctrl+Shift+Z in the curator editor. */

function loadDemo(): Venue {
  const text = readFileSync(new URL('../../../../scenes/demo-museum/scene.json', import.meta.url), 'utf8');
  const { venue } = parseVenueText(text);
  if (!venue) throw new Error('the demo museum does not load');
  return venue;
}
const demo = loadDemo();

const typeTitle = (value: string): EditCommand => ({ type: 'setHotspotText', id: 'h-la-mousme', field: 'title', language: 'en', value });
const titleOf = (v: Venue) => v.hotspots?.find((h) => h.id === 'h-la-mousme')?.title.en;
const moveTo = (x: number): EditCommand => ({ type: 'moveHotspot', id: 'h-la-mousme', position: [x, 1.5, 3] });
const positionOf = (v: Venue) => v.hotspots?.find((h) => h.id === 'h-la-mousme')?.position;

describe('undo and redo', () => {
  it('undoes and redoes steps in order, and a new edit clears the redo stack', () => {
    const history = createEditHistory(demo);
    expect(history.canUndo).toBe(false);
    history.apply(moveTo(1));
    history.apply(moveTo(2));
    expect(history.undo()).toBe(true);
    expect(positionOf(history.present)).toEqual([1, 1.5, 3]);
    expect(history.canRedo).toBe(true);
    expect(history.redo()).toBe(true);
    expect(positionOf(history.present)).toEqual([2, 1.5, 3]);
    history.undo();
    history.apply(moveTo(9));
    expect(history.canRedo).toBe(false);
    expect(history.redo()).toBe(false);
    history.undo();
    history.undo();
    expect(history.present).toEqual(demo);
    expect(history.undo()).toBe(false);
  });

  it('keeps the previous present unchanged after an edit', () => {
    const history = createEditHistory(demo);
    const before = history.present;
    const snapshot = structuredClone(before);
    history.apply(typeTitle('Changed'));
    expect(history.present).not.toBe(before);
    expect(before).toEqual(snapshot);
  });

  it('refuses a bad edit with a message and records nothing', () => {
    const history = createEditHistory(demo);
    const outcome = history.apply({ type: 'moveHotspot', id: 'h-la-mousme', position: [Number.NaN, 0, 0] });
    expect(outcome).toEqual({ ok: false, message: 'position must hold finite numbers' });
    expect(history.present).toBe(demo);
    expect(history.canUndo).toBe(false);
  });

  it('reports the id of a created item and the references an edit removed', () => {
    const history = createEditHistory(demo);
    const created = history.apply({ type: 'addBeacon', floor: 'eg', position: [1, 2, 1] });
    expect(created.ok && created.createdId).toMatch(/^b-/);
    const deleted = history.apply({ type: 'deleteHotspot', id: 'h-olive-orchard' });
    expect(deleted.ok && deleted.effects.length).toBe(2);
  });
});

describe('merging edits into one undo step', () => {
  it('makes typing a title one undo step', () => {
    const history = createEditHistory(demo);
    const word = 'Mousmé';
    for (let i = 1; i <= word.length; i++) expect(history.apply(typeTitle(word.slice(0, i)), { at: 1000 + i * 150 }).ok).toBe(true);
    expect(titleOf(history.present)).toBe(word);
    expect(history.undoDepth).toBe(1);
    history.undo();
    expect(history.present).toEqual(demo);
    history.redo();
    expect(titleOf(history.present)).toBe(word);
  });

  it('starts a new step after a pause, in another field or language, or after breakCoalescing', () => {
    const history = createEditHistory(demo, { typingPauseMs: 1000 });
    history.apply(typeTitle('A'), { at: 0 });
    history.apply(typeTitle('AB'), { at: 5000 });
    expect(history.undoDepth).toBe(2);
    history.apply({ type: 'setHotspotText', id: 'h-la-mousme', field: 'title', language: 'de', value: 'X' }, { at: 5100 });
    expect(history.undoDepth).toBe(3);
    history.breakCoalescing();
    history.apply({ type: 'setHotspotText', id: 'h-la-mousme', field: 'title', language: 'de', value: 'XY' }, { at: 5200 });
    expect(history.undoDepth).toBe(4);
    history.apply(typeTitle('no time given'));
    history.apply(typeTitle('still no time'));
    expect(history.undoDepth).toBe(6);
    history.undo();
    expect(titleOf(history.present)).toBe('no time given');
  });

  it('makes one drag of one item one undo step, whatever its length', () => {
    const history = createEditHistory(demo);
    for (let x = 0; x < 50; x++) history.apply(moveTo(x / 10), { gesture: 'drag-1' });
    history.apply(moveTo(9), { gesture: 'drag-2' });
    expect(history.undoDepth).toBe(2);
    history.undo();
    expect(positionOf(history.present)).toEqual([4.9, 1.5, 3]);
    history.undo();
    expect(history.present).toEqual(demo);
    history.redo();
    expect(positionOf(history.present)).toEqual([4.9, 1.5, 3]);
  });

  it('does not merge moves without a gesture, or moves of different items in one gesture', () => {
    const history = createEditHistory(demo);
    history.apply(moveTo(1));
    history.apply(moveTo(2));
    history.apply({ type: 'moveBeacon', id: 'b-01', position: [1, 2, 1] }, { gesture: 'g' });
    history.apply({ type: 'moveBeacon', id: 'b-02', position: [1, 2, 1] }, { gesture: 'g' });
    expect(history.undoDepth).toBe(4);
  });

  it('does not merge into a step that was undone and redone', () => {
    const history = createEditHistory(demo);
    history.apply(typeTitle('A'), { at: 0 });
    history.undo();
    history.redo();
    history.apply(typeTitle('AB'), { at: 10 });
    expect(history.undoDepth).toBe(2);
  });
});

describe('a bounded history', () => {
  it('keeps 500 steps by default and forgets the oldest beyond its limit', () => {
    expect(DEFAULT_HISTORY_LIMIT).toBe(500);
    const history = createEditHistory(demo, { limit: 3 });
    for (let x = 1; x <= 5; x++) history.apply(moveTo(x));
    expect(history.undoDepth).toBe(3);
    while (history.undo());
    // The two oldest steps are forgotten: undo stops at the state after them.
    expect(positionOf(history.present)).toEqual([2, 1.5, 3]);
  });

  it('treats a nonsense limit as at least one step', () => {
    const history = createEditHistory(demo, { limit: -4 });
    history.apply(moveTo(1));
    history.apply(moveTo(2));
    expect(history.undoDepth).toBe(1);
  });
});
