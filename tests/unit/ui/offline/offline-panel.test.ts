import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { failureText, offlineStrings, progressText, savedDate, sizeText } from '../../../../src/ui/offline/offline-strings.ts';
import { SavedVenueList } from '../../../../src/ui/offline/SavedVenueList.tsx';
import OfflinePanel from '../../../../src/ui/offline/OfflinePanel.tsx';
import { OfflineControl } from '../../../../src/ui/offline/OfflineControl.tsx';
import type { SaveFailure } from '../../../../src/platform/offline/save-venue.ts';
import { demoSceneText, loadedFrom } from '../../platform/offline/fake-bundle-server.ts';

describe('the words of "Save for offline"', () => {
  it('says the size before saving, in the visitor’s language, and owns up to unknown sizes', () => {
    expect(sizeText(2_640_000, 72, 0, 'en')).toBe('About 2.6 MB (72 files)');
    expect(sizeText(2_640_000, 72, 0, 'de')).toBe('Etwa 2,6 MB (72 Dateien)');
    expect(sizeText(2_640_000, 72, 3, 'en')).toBe('About 2.6 MB (72 files). The sizes of 3 files are unknown.');
  });

  it('shows progress as bytes and a percentage', () => {
    expect(progressText(1_200_000, 2_600_000, 46, 'en')).toBe('1.2 MB of 2.6 MB (46 %)');
  });

  it('explains every failure, and says that nothing saved was lost', () => {
    const failures: SaveFailure[] = [
      { kind: 'network', uri: 'scan.glb' },
      { kind: 'http', uri: 'scan.glb', status: 503 },
      { kind: 'missing', uri: 'media/a.png' },
      { kind: 'outdated' },
      { kind: 'storage', quotaExceeded: true, neededBytes: 2_600_000, availableBytes: 1_100_000 },
      { kind: 'storage', quotaExceeded: false, neededBytes: 2_600_000, availableBytes: null },
    ];
    for (const failure of failures) {
      expect(failureText(failure, 'en'), failure.kind).toMatch(/Nothing already saved was lost\.$/);
      expect(failureText(failure, 'de'), failure.kind).toMatch(/Bereits Gespeichertes bleibt erhalten\.$/);
    }
    expect(failureText(failures[4]!, 'en')).toContain('the museum needs about 2.6 MB, and 1.1 MB is left');
    expect(failureText(failures[0]!, 'en')).toContain('scan.glb');
    expect(failureText({ kind: 'cancelled' }, 'en')).toBe(offlineStrings('en').failure.cancelled);
  });

  it('writes the date a museum was saved, and survives a date that is not one', () => {
    expect(savedDate('2025-11-26T10:00:00Z', 'en')).toBe('26 Nov 2025');
    expect(savedDate('yesterday', 'en')).toBe('yesterday');
  });
});

describe('the saved museums list', () => {
  it('shows each museum with the space it takes, a link to open it, and Delete', () => {
    const html = renderToStaticMarkup(
      createElement(SavedVenueList, {
        saved: [{ id: 'demo-museum', title: 'Demo-Museum', version: 'abc', files: ['scene.json'], bytes: 3_420_000, savedAt: '2025-11-26T10:00:00Z' }],
        space: { usage: 3_500_000, quota: 2_000_000_000, available: 1_996_500_000 },
        currentId: 'demo-museum',
        lang: 'en',
        s: offlineStrings('en'),
        onDelete: async () => undefined,
      }),
    );
    expect(html).toContain('href="?venue=demo-museum"');
    expect(html).toContain('3.4 MB · saved 26 Nov 2025');
    expect(html).toContain('aria-label="Delete: Demo-Museum"');
    expect(html).toContain('This site uses 3.5 MB of the 2 GB available to it.');
  });

  it('says when nothing is saved yet', () => {
    const html = renderToStaticMarkup(createElement(SavedVenueList, { saved: [], space: null, currentId: 'x', lang: 'de', s: offlineStrings('de'), onDelete: async () => undefined }));
    expect(html).toContain('Noch keine Museen gespeichert.');
    expect(html).not.toContain('belegt');
  });
});

describe('the panel and its header button', () => {
  const loaded = loadedFrom(demoSceneText(), 'demo-museum');

  it('tells a browser without Cache Storage that it cannot save, and still says what works offline', () => {
    // Node has no Cache Storage: the panel must say so instead of offering a button that fails.
    const html = renderToStaticMarkup(createElement(OfflinePanel, { id: 'p', loaded, lang: 'en', onClose: () => undefined }));
    expect(html).toContain(offlineStrings('en').unsupported);
    expect(html).not.toContain('Save this museum</button>');
    expect(html).toContain('Works offline once saved');
    expect(html).toContain('Guided tours');
    expect(html).toContain('Needs the network');
  });

  it('is a closed disclosure button in the header until pressed', () => {
    const html = renderToStaticMarkup(createElement(OfflineControl, { loaded, lang: 'de' }));
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('Offline speichern');
    expect(html).not.toContain('offline-panel');
  });
});
