import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Hotspot, Venue } from '../../../src/core/venue/index.ts';
import { ExhibitPanel, Localized } from '../../../src/ui/ExhibitPanel.tsx';
import { strings } from '../../../src/ui/strings.ts';
import { fetchCaptions } from '../../../src/ui/exhibit/captions.ts';
import { pickMedia } from '../../../src/ui/exhibit/media-uri.ts';
import { exhibitStrings, formatClock } from '../../../src/ui/exhibit/exhibit-strings.ts';
import { resolveBundleUri } from '../../../src/core/venue/uri.ts';

const BASE = 'https://museum.example/scenes/tiny/';
const resolve = (uri: string, role: 'bundle' | 'media' | 'link' = 'bundle'): string => resolveBundleUri(BASE, uri, role);

const hotspot: Hotspot = {
  id: 'h-1',
  room: 'r-1',
  position: [0, 1.5, 0],
  title: { de: 'Selbstbildnis', en: 'Self-Portrait' },
  summary: { de: 'Ein Bild.', en: 'A picture.' },
  body: {
    de: 'Nur deutsch: <script>alert(1)</script> *kursiv* [böse](javascript:alert(1)) [gut](https://www.nga.gov/x)\n\n- eins\n- zwei',
  },
  media: [
    { kind: 'image', uri: 'media/h-1.png', alt: { de: 'Platzhalter', en: 'Stand-in' }, credit: 'Generated' },
    { kind: 'image', uri: 'media/no-alt.png' },
    { kind: 'image', uri: 'media/../../etc/passwd' },
    { kind: 'audio', uri: { de: 'media/a.de.mp3', en: 'media/a.en.mp3' }, captions: { de: 'media/a.de.vtt', en: 'media/a.en.vtt' }, credit: 'espeak-ng' },
  ],
  tags: ['painting', 'van-gogh'],
};

const venue: Venue = {
  asset: { type: 'museum-venue', version: 1 },
  id: 'tiny',
  title: { de: 'Klein', en: 'Tiny' },
  defaultLanguage: 'de',
  languages: ['de', 'en'],
  floors: [{ id: 'eg', name: { de: 'EG' }, elevation: 0, height: 4 }],
  rooms: [{ id: 'r-1', floor: 'eg', name: { de: 'Saal 1', en: 'Room 1' }, kind: 'gallery', outline: [[0, 0], [4, 0], [4, 4]] }],
  hotspots: [hotspot],
};

const render = (lang: string, props: Partial<Parameters<typeof ExhibitPanel>[0]> = {}): string =>
  renderToStaticMarkup(createElement(ExhibitPanel, { hotspot, venue, lang, t: strings(lang), onClose: () => undefined, resolve, ...props }));

describe('the exhibit panel', () => {
  const html = render('en');

  it('is a region labelled by its h2 title, with a labelled close button', () => {
    expect(html).toMatch(/^<section class="exhibit-panel" aria-labelledby="exhibit-title">/);
    expect(html).toContain('<h2 id="exhibit-title"><span lang="en">Self-Portrait</span></h2>');
    expect(html).toContain('aria-label="Close"');
    expect(html).toContain('<span lang="en">Room 1</span>');
    expect(html).toContain('<span lang="en">A picture.</span>');
  });

  it('renders the body from Markdown as elements, escaping HTML and dropping script links', () => {
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<em>kursiv</em>');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('böse');
    expect(html).toMatch(/<a href="https:\/\/www.nga.gov\/x" target="_blank" rel="noopener noreferrer">gut<span class="visually-hidden"> \(opens in a new tab\)<\/span><\/a>/);
    expect(html).toContain('<ul><li>eins</li><li>zwei</li></ul>');
    expect(html).not.toContain('dangerouslySetInnerHTML');
  });

  it('marks a body that fell back to the default language', () => {
    expect(html).toContain('<div class="exhibit-body" lang="de">');
    expect(html).toMatch(/<p class="exhibit-note"><span class="fallback-note"> \(not translated\)<\/span><\/p><div class="exhibit-body"/);
    expect(render('de')).not.toContain('fallback-note');
  });

  it('shows images with alt text in the visitor’s language and their credit, and leaves out refused URIs', () => {
    expect(html).toContain(`<img src="${BASE}media/h-1.png" alt="Stand-in"`);
    expect(html).toContain('<figcaption class="exhibit-credit">Credit: Generated</figcaption>');
    expect(html).toContain(`<img src="${BASE}media/no-alt.png" alt=""`);
    expect(html).not.toContain('passwd');
    expect(render('de')).toContain('alt="Platzhalter"');
  });

  it('plays the audio in the visitor’s language and prepares its captions', () => {
    expect(html).toMatch(new RegExp(`<audio controls="" preload="metadata" src="${BASE}media/a.en.mp3" aria-labelledby="[^"]+-label">`));
    expect(html).toContain('(in English)');
    expect(html).toContain('Loading captions …');
    expect(html).toContain('Credit: espeak-ng');
    expect(render('de')).toContain('src="https://museum.example/scenes/tiny/media/a.de.mp3"');
    expect(render('de')).toContain('(auf Deutsch)');
  });

  it('falls back to the default language for a language the venue lacks, and says so', () => {
    const fr = render('fr');
    expect(fr).toContain('<span lang="de">Selbstbildnis<span class="fallback-note"> (not translated)</span></span>');
    expect(fr).toContain('src="https://museum.example/scenes/tiny/media/a.de.mp3"');
  });

  it('lists the tags', () => {
    expect(html).toContain('<ul class="exhibit-tags" aria-label="Tags"><li>painting</li><li>van-gogh</li></ul>');
  });

  it('shows no media when it cannot know where the venue’s files are', () => {
    const bare = renderToStaticMarkup(createElement(ExhibitPanel, { hotspot, venue, lang: 'en', t: strings('en'), onClose: () => undefined }));
    expect(bare).not.toContain('<img');
    expect(bare).not.toContain('<audio');
    expect(bare).toContain('exhibit-title');
  });

  it('keeps Localized available from the old path', () => {
    expect(renderToStaticMarkup(createElement(Localized, { text: { de: 'Hallo' }, venue, lang: 'en', t: strings('en') }))).toBe(
      '<span lang="de">Hallo<span class="fallback-note"> (not translated)</span></span>',
    );
  });
});

describe('exhibit media helpers', () => {
  it('picks per-language media URIs with fallback, and refuses what the venue rules refuse', () => {
    expect(pickMedia({ de: 'a.de.mp3', en: 'a.en.mp3' }, 'en-GB', 'de', resolve)).toEqual({ url: `${BASE}a.en.mp3`, lang: 'en', fallback: false });
    expect(pickMedia({ de: 'a.de.mp3' }, 'en', 'de', resolve)).toEqual({ url: `${BASE}a.de.mp3`, lang: 'de', fallback: true });
    expect(pickMedia('x.png', 'en', 'de', resolve)).toEqual({ url: `${BASE}x.png`, lang: null, fallback: false });
    expect(pickMedia('javascript:alert(1)', 'en', 'de', resolve)).toBeNull();
    expect(pickMedia('data:text/html,<b>x</b>', 'en', 'de', resolve)).toBeNull();
  });

  it('fetches captions, and reports a missing or broken file', async () => {
    const respond = (body: string, status = 200): typeof fetch => (async () => new Response(body, { status })) as typeof fetch;
    await expect(fetchCaptions('a.vtt', respond('WEBVTT\n\n00:00.000 --> 00:01.500\n<v Guide>Hallo</v>'))).resolves.toEqual([{ start: 0, end: 1.5, text: 'Hallo' }]);
    await expect(fetchCaptions('a.vtt', respond('not found', 404))).rejects.toThrow(/HTTP 404/);
    await expect(fetchCaptions('a.vtt', respond('<!doctype html>'))).rejects.toThrow(/must start with "WEBVTT"/);
  });

  it('speaks German and English', () => {
    expect(exhibitStrings('de').showTranscript).toBe('Transkript anzeigen');
    expect(exhibitStrings('en-US').showTranscript).toBe('Show transcript');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(75.9)).toBe('1:15');
  });
});
