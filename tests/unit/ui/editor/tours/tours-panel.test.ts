import { afterEach, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { demoMuseum } from '../../../../helpers/fixtures.ts';
import { createEditorStore, type EditorStore } from '../../../../../src/ui/editor/state/editor-store.ts';
import { currentEditor } from '../../../../../src/ui/editor/state/current-editor.ts';
import { ToursPanel } from '../../../../../src/ui/editor/tours/ToursPanel.tsx';
import { NewTourForm } from '../../../../../src/ui/editor/tours/NewTourForm.tsx';

/** The Tours tab as the curator sees it (static markup; the reorder arithmetic is tested in reorder.test.ts). */

/**
 * Opens an editor session on the demo museum. Server rendering reads zustand stores
 * through `getInitialState` (the server snapshot), so the test points it at the
 * present state: the markup then shows the session as the test left it.
 */
function open(): EditorStore {
  const store = createEditorStore(demoMuseum(), 'v');
  store.getInitialState = store.getState;
  store.getState().setPanel('tours');
  currentEditor.setState({ store });
  currentEditor.getInitialState = currentEditor.getState;
  return store;
}
const render = (): string => renderToStaticMarkup(createElement(ToursPanel));

afterEach(() => currentEditor.setState({ store: null }));

describe('the Tours panel', () => {
  it('lists the tours with their default-language title and number of stops, none open', () => {
    const store = open();
    const tours = store.getState().venue.tours!;
    const html = render();
    expect(html.match(/class="tours-row"/g)).toHaveLength(tours.length);
    expect(html).toContain(`<span class="tours-row-title" lang="de">${tours[0]!.title.de}</span><span class="tours-muted">${tours[0]!.stops.length} stops</span>`);
    expect(html).toContain('>New tour</button>');
    expect(html).not.toContain('<ol');
    expect(html).toContain('aria-live="polite" role="status"');
  });

  it('opens the selected tour: languages, title, description and the stops in order with exhibit and room', () => {
    const store = open();
    const venue = store.getState().venue;
    const tour = venue.tours![0]!;
    store.getState().select({ kind: 'tour', id: tour.id });
    const html = render();
    expect(html).toContain('aria-pressed="true"');
    expect(html).toContain('>German (de)</button>');
    expect(html).toContain('English (en)');
    expect(html).toContain(`value="${tour.title.de}"`);
    const ol = html.slice(html.indexOf('<ol'), html.indexOf('</ol>'));
    expect(ol.match(/<li /g)).toHaveLength(tour.stops.length);
    // Stops in the tour's order, each named with position, exhibit and room.
    let last = -1;
    tour.stops.forEach((stop, i) => {
      const hotspot = venue.hotspots!.find((h) => h.id === stop.hotspot)!;
      const room = venue.rooms.find((r) => r.id === hotspot.room)!;
      const label = `aria-label="Stop ${i + 1} of ${tour.stops.length}: ${hotspot.title.de}, ${room.name.de}"`;
      const at = ol.indexOf(label);
      expect(at).toBeGreaterThan(last);
      last = at;
    });
    // Move buttons, with the ends disabled, and the keyboard alternative described.
    expect(ol).toMatch(/data-move="up" title="Move up" aria-label="Move &#x27;[^&]+&#x27; up" disabled=""/);
    expect(ol.match(/disabled=""/g)).toHaveLength(2);
    expect(ol).toContain('aria-describedby="tours-stop-keys"');
    expect(html).toContain('id="tours-stop-keys"');
    expect(ol.match(/>Remove stop<\/button>/g)).toHaveLength(tour.stops.length);
    expect(ol.match(/<textarea/g)).toHaveLength(tour.stops.length);
    expect(html).toContain('>Add stop</button>');
    expect(html).toContain('>Delete tour</button>');
  });

  it('puts exhibits already in the tour in their own group of the add-stop list', () => {
    const store = open();
    const tour = store.getState().venue.tours![0]!;
    store.getState().select({ kind: 'tour', id: tour.id });
    const html = render();
    expect(html).toContain('<optgroup label="Not in this tour yet">');
    expect(html).toContain('<optgroup label="Already in this tour">');
  });
});

describe('the new-tour form', () => {
  it('asks for a default-language title and starts at the exhibit selected in the editor', () => {
    open();
    const html = renderToStaticMarkup(createElement(NewTourForm, { venue: demoMuseum(), selectedHotspot: 'h-la-mousme', onClose: () => undefined, announce: () => undefined }));
    expect(html).toContain('Title <span class="tours-muted">(German (de))</span>');
    expect(html).toContain('lang="de"');
    expect(html).toMatch(/<option value="h-la-mousme" selected="">/);
    expect(html).toContain('>Create tour</button>');
  });

  it('explains that an exhibit is needed first when the venue has none', () => {
    open();
    const venue = { ...demoMuseum(), hotspots: [] };
    const html = renderToStaticMarkup(createElement(NewTourForm, { venue, selectedHotspot: null, onClose: () => undefined, announce: () => undefined }));
    expect(html).toContain('place an exhibit first');
    expect(html).not.toContain('Create tour');
  });
});
