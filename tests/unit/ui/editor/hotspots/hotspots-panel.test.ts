import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { HotspotsPanel } from '../../../../../src/ui/editor/hotspots/HotspotsPanel.tsx';
import { createEditorStore, type EditorStore } from '../../../../../src/ui/editor/state/editor-store.ts';
import { currentEditor } from '../../../../../src/ui/editor/state/current-editor.ts';
import { demoMuseum } from '../../../../helpers/fixtures.ts';

const initialEditor = currentEditor.getInitialState;

/**
 * Opens an editor session on the demo venue, as the shell does, and renders the
 * panel. Server rendering reads zustand stores through `getInitialState` (the
 * server snapshot), so both stores are pointed at their current state.
 */
function open(setup: (store: EditorStore) => void = () => undefined): string {
  const store = createEditorStore(demoMuseum(), 'test');
  setup(store);
  store.getInitialState = store.getState;
  currentEditor.setState({ store });
  currentEditor.getInitialState = currentEditor.getState;
  return renderToStaticMarkup(createElement(HotspotsPanel));
}

afterEach(() => {
  currentEditor.setState({ store: null });
  currentEditor.getInitialState = initialEditor;
});

describe('the hotspots panel', () => {
  it('lists every exhibit with its room, behind a labelled filter, and offers placing a new one', () => {
    const html = open();
    expect(html).toContain('<label for="');
    expect(html).toContain('>Find an exhibit</label>');
    expect(html).toContain('Van Gogh: Menschen');
    expect(html).toContain(`${demoMuseum().hotspots!.length} exhibits.`);
    expect(html).toContain('Place a new exhibit');
    expect(html).not.toContain('Click a wall or display');
    // Nothing selected: no form.
    expect(html).not.toContain('Delete exhibit');
  });

  it('tells how to place while the placing tool is on', () => {
    const html = open((s) => s.getState().setTool('place-hotspot'));
    expect(html).toContain('Click a wall or display in the 3D view to place the exhibit');
    expect(html).toContain('Stop placing');
  });

  it('shows the selected exhibit’s form: language buttons, texts, room, position, view, media and delete', () => {
    const html = open((s) => s.getState().select({ kind: 'hotspot', id: 'h-self-portrait' }));
    expect(html).toContain('>Write in<');
    expect(html).toMatch(/<button type="button" aria-pressed="true"[^>]*>DE/);
    for (const label of ['>Title</label>', '>Summary</label>', '>Text</label>', '>Room</label>', '>Alt text in German</label>', '>Credit</label>']) expect(html).toContain(label);
    expect(html).toContain('Room from position');
    // The position can be typed (keyboard users) as well as dragged.
    expect(html).toMatch(/<input id="[^"]+" class="position-number" value="16.79"\/>/);
    expect(html).toContain('Drag the blue grip in the 3D view to move it along the surface, or type the position');
    expect(html).toContain('Use current camera as exhibit view');
    expect(html).toContain('Add image or audio…');
    expect(html).toContain('Delete exhibit…');
    // The selected row is marked as pressed.
    expect(html).toMatch(/<button type="button" aria-pressed="true"><span class="hotspot-row-title">[^<]*Selbstbildnis/);
  });

  it('warns about an image without alt text in the language being written', () => {
    const html = open((s) => {
      const venue = s.getState().venue;
      const h = venue.hotspots!.find((x) => x.id === 'h-self-portrait')!;
      s.getState().apply({ type: 'setHotspotMedia', id: h.id, media: [{ kind: 'image', uri: 'media/h-self-portrait.png', alt: { en: 'Only English' } }] });
      s.getState().select({ kind: 'hotspot', id: h.id });
    });
    expect(html).toContain('Add alt text: visitors using a screen reader will miss this image');
  });

  it('renders a hostile exhibit text as plain text in the preview', () => {
    const html = open((s) => {
      s.getState().apply({ type: 'setHotspotText', id: 'h-self-portrait', field: 'body', language: 'de', value: '<script>alert(1)</script> [x](javascript:alert(1))' });
      s.getState().select({ kind: 'hotspot', id: 'h-self-portrait' });
    });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
