import { describe, expect, it } from 'vitest';
import { formatViewLink, parseViewLink, resolveViewLink, type ViewLink } from '../../../../src/core/url/view-link.ts';
import { validateVenue, type Venue } from '../../../../src/core/venue/index.ts';
import { readJsonFixture } from '../../../helpers/fixtures.ts';

const venue = validateVenue(readJsonFixture('venues', 'tiny-gallery', 'scene.json')).venue as Venue;

describe('links to a view', () => {
  it('round-trips everything a visitor can share', () => {
    const link: ViewLink = {
      venue: 'tiny-gallery',
      view: 'walk',
      floor: 'og',
      camera: { position: [5, 5.6, 3], target: [5, 5.6, 0.15] },
      exhibit: 'h-portrait',
      tour: 't-short',
      step: 2,
      lang: 'en',
    };
    const search = formatViewLink(link);
    expect(search).toBe('?venue=tiny-gallery&view=walk&floor=og&cam=5%2C5.6%2C3%2C5%2C5.6%2C0.15&exhibit=h-portrait&tour=t-short&step=2&lang=en');
    const parsed = parseViewLink(search);
    expect(parsed.notices).toEqual([]);
    expect(parsed.link).toEqual(link);
    expect(resolveViewLink(parsed.link, venue)).toEqual({ link, notices: [] });
  });

  it('rounds the camera to centimetres', () => {
    expect(formatViewLink({ camera: { position: [1.23456, 2, 3], target: [0, 0, -0.004] } })).toBe('?cam=1.23%2C2%2C3%2C0%2C0%2C0');
  });

  it('drops values of the wrong form, with a notice for each', () => {
    const { link, notices } = parseViewLink('?view=xray&cam=1,2,NaN,4,5,6&step=-3&lang=<b>&exhibit=<script>alert(1)</script>&floor=' + 'f'.repeat(300));
    expect(link).toEqual({});
    expect(notices.map((n) => `${n.kind}:${'param' in n ? n.param : ''}`)).toEqual([
      'bad-value:view',
      'bad-value:floor',
      'bad-value:exhibit',
      'bad-value:cam',
      'bad-step:',
      'unknown-language:',
    ]);
  });

  it.each([
    ['?cam=999999,0,0,0,0,0', 'camera-outside'],
    ['?cam=1e308,0,0,0,0,0', 'bad-value'],
    ['?cam=Infinity,0,0,0,0,0', 'bad-value'],
    ['?cam=5,1,5,5,1,5', 'camera-outside'],
    ['?cam=1,2,3', 'bad-value'],
    ['?cam=0x10,0,0,0,0,0', 'bad-value'],
    ['?cam=,0,0,0,0,0', 'bad-value'],
  ])('refuses the absurd camera %s', (search, kind) => {
    const parsed = parseViewLink(search);
    const resolved = resolveViewLink(parsed.link, venue);
    expect([...parsed.notices, ...resolved.notices].map((n) => n.kind)).toEqual([kind]);
    expect(resolved.link.camera).toBeUndefined();
  });

  it('drops ids the venue does not have and steps its tour does not have', () => {
    const parsed = parseViewLink('?floor=attic&exhibit=h-missing&tour=t-short&step=9&lang=fr');
    const { link, notices } = resolveViewLink(parsed.link, venue);
    expect(link).toEqual({ tour: 't-short' });
    expect(notices).toEqual([
      { kind: 'unknown-id', param: 'floor', value: 'attic' },
      { kind: 'unknown-id', param: 'exhibit', value: 'h-missing' },
      { kind: 'bad-step', value: '9' },
      { kind: 'unknown-language', value: 'fr' },
    ]);
  });

  it('forgets the step of an unknown tour', () => {
    const { link } = resolveViewLink(parseViewLink('?tour=t-nope&step=1').link, venue);
    expect(link).toEqual({});
  });

  it('reads the exhibit whose QR code the visitor scanned, and checks it against the venue', () => {
    const parsed = parseViewLink('?venue=tiny-gallery&at=h-portrait');
    expect(parsed).toEqual({ link: { venue: 'tiny-gallery', at: 'h-portrait' }, notices: [] });
    expect(resolveViewLink(parsed.link, venue)).toEqual({ link: { venue: 'tiny-gallery', at: 'h-portrait' }, notices: [] });

    const unknown = resolveViewLink(parseViewLink('?at=h-missing').link, venue);
    expect(unknown).toEqual({ link: {}, notices: [{ kind: 'unknown-id', param: 'at', value: 'h-missing' }] });
  });

  it.each([
    ['<img src=x onerror=alert(1)>'],
    ['javascript:alert(1)'],
    ['../../scene.json'],
    [' h-portrait'],
    ['h portrait'],
    [''],
    ['x'.repeat(129)],
  ])('refuses the hostile or malformed position %j with a notice, placing nobody', (value) => {
    const parsed = parseViewLink(`?at=${encodeURIComponent(value)}`);
    expect(parsed.link.at).toBeUndefined();
    expect(parsed.notices).toEqual([{ kind: 'bad-value', param: 'at', value }]);
  });

  it('cuts an absurdly long position short in its notice', () => {
    const parsed = parseViewLink(`?at=${'h'.repeat(5000)}`);
    expect(parsed.link).toEqual({});
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]!.value.length).toBeLessThan(50);
  });

  it('never writes a position into a link, so a shared link cannot say where someone is', () => {
    const search = formatViewLink({ venue: 'tiny-gallery', exhibit: 'h-portrait', at: 'h-portrait' });
    expect(search).toBe('?venue=tiny-gallery&exhibit=h-portrait');
    expect(new URLSearchParams(search).has('at')).toBe(false);
  });
});
