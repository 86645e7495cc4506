import { afterEach, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { demoMuseum } from '../../../../helpers/fixtures.ts';
import { createEditorStore, type EditorStore } from '../../../../../src/ui/editor/state/editor-store.ts';
import { currentEditor } from '../../../../../src/ui/editor/state/current-editor.ts';
import { BeaconsPanel, PLACE_BEACON_HINT } from '../../../../../src/ui/editor/beacons/BeaconsPanel.tsx';
import { coverageText } from '../../../../../src/ui/editor/beacons/BeaconForm.tsx';

/** The Beacons tab as the curator sees it (static markup; interactions are covered by the pure helpers). */

/**
 * Opens an editor session on the demo museum. Server rendering reads zustand stores
 * through `getInitialState` (the server snapshot), so the test points it at the
 * present state: the markup then shows the session as the test left it.
 */
function open(): EditorStore {
  const store = createEditorStore(demoMuseum(), 'v');
  store.getInitialState = store.getState;
  store.getState().setPanel('beacons');
  currentEditor.setState({ store });
  currentEditor.getInitialState = currentEditor.getState;
  return store;
}
const render = (): string => renderToStaticMarkup(createElement(BeaconsPanel));

afterEach(() => currentEditor.setState({ store: null }));

describe('the Beacons panel', () => {
  it('lists every beacon with its floor, identity and power, none selected', () => {
    const store = open();
    const html = render();
    const count = store.getState().venue.beacons!.length;
    expect(html.match(/class="beacon-row"/g)).toHaveLength(count);
    expect(html).toContain('<span class="beacon-row-id">b-01</span><span class="beacon-row-floor">Erdgeschoss</span>');
    expect(html).toContain('Eddystone 28c6…2a2a / 000000000001');
    expect(html).toContain('−59 dBm');
    expect(html).not.toContain('aria-pressed="true"');
    expect(html).not.toContain('beacon-form');
    expect(html).toContain('>Place a beacon</button>');
  });

  it('shows the hint while placing, with a way out', () => {
    const store = open();
    store.getState().setTool('place-beacon');
    const html = render();
    expect(html).toContain(PLACE_BEACON_HINT);
    expect(PLACE_BEACON_HINT).toBe('Click a wall or ceiling in the 3D view');
    expect(html).toContain('>Cancel placing</button>');
  });

  it('shows the selected beacon’s form: floor, position, identity fields, power and range', () => {
    const store = open();
    store.getState().select({ kind: 'beacon', id: 'b-03' });
    const html = render();
    expect(html).toContain('aria-pressed="true"');
    expect(html).toContain('Beacon <code>b-03</code>');
    expect(html).toContain('Floor: <strong>Erdgeschoss</strong>');
    expect(html).toMatch(/value="5.9"/);
    expect(html).toContain('checked="" value="eddystone-uid"');
    expect(html).toContain('value="28c6c999e7b6e5862a2a"');
    expect(html).toContain('value="000000000003"');
    expect(html).toContain('value="-59"');
    expect(html).toContain('Heard up to about 35 m away at −90 dBm.');
    expect(html).toContain('>Delete beacon</button>');
  });

  it('offers iBeacon fields for an iBeacon and says when a beacon is not calibrated', () => {
    const store = open();
    const outcome = store.getState().apply({ type: 'addBeacon', id: 'b-new', floor: 'og', position: [5, 7, 5], identity: { protocol: 'ibeacon', uuid: 'f7826da6-4fa2-4e98-8024-bc5b71e0893e', major: 7, minor: 9 } });
    expect(outcome.ok).toBe(true);
    store.getState().select({ kind: 'beacon', id: 'b-new' });
    const html = render();
    expect(html).toContain('Floor: <strong>1. Obergeschoss</strong>');
    expect(html).toContain('value="f7826da6-4fa2-4e98-8024-bc5b71e0893e"');
    expect(html).toContain('value="7"');
    expect(html).toContain('Heard up to about 14 m away at −90 dBm (not calibrated: assuming −59 dBm at 1 m).');
  });

  it('lists rooms with weak coverage with a select-room button, and none when every room is covered', () => {
    const store = open();
    expect(render()).toContain('Every room is reached by at least 3 beacons.');
    const venue = store.getState().venue;
    for (const b of venue.beacons!.filter((b) => b.floor === 'og')) store.getState().apply({ type: 'deleteBeacon', id: b.id });
    const html = render();
    const upstairs = venue.rooms.filter((r) => r.floor === 'og');
    expect(html.match(/>Select room<\/button>/g)).toHaveLength(upstairs.length);
    expect(html).toContain('no beacon reaches its middle');
    expect(html).toContain(`aria-label="Select room ${upstairs[0]!.name.de}"`);
  });
});

describe('coverageText', () => {
  it('rounds the range and names the threshold', () => {
    expect(coverageText({ txPower: -59, pathLossExponent: 2 })).toBe('Heard up to about 35 m away at −90 dBm.');
    expect(coverageText({ txPower: -80, pathLossExponent: 2 })).toBe('Heard up to about 3 m away at −90 dBm.');
  });
});
