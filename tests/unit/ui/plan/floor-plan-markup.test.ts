import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FloorPlan, type FloorPlanProps } from '../../../../src/ui/plan/FloorPlan.tsx';
import type { Venue } from '../../../../src/core/venue/index.ts';

/** The component's markup, rendered in Node (no DOM needed): structure and accessibility, not looks. */
const venue = JSON.parse(readFileSync(new URL('../../../../scenes/demo-museum/scene.json', import.meta.url), 'utf8')) as Venue;
const noop = () => {};
const render = (props: Partial<FloorPlanProps>) =>
  renderToStaticMarkup(createElement(FloorPlan, { venue, floor: 'eg', lang: 'en', variant: 'full', selectedHotspot: null, onSelectHotspot: noop, ...props }));
const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('the floor plan markup', () => {
  it('is a figure with a caption, exhibit buttons and a room list on the full plan', () => {
    const html = render({ selectedHotspot: 'h-la-mousme' });
    expect(html.startsWith('<figure')).toBe(true);
    expect(html).toContain('<figcaption');
    expect(html).toContain('Floor plan: Ground floor');
    expect(count(html, 'role="button"')).toBe(7);
    expect(count(html, 'tabindex="0"')).toBe(7);
    expect(html).toContain('aria-label="Vincent van Gogh: La Mousmé" aria-pressed="true"');
    expect(count(html, 'aria-pressed="true"')).toBe(1);
    expect(count(html, '<li>')).toBe(venue.rooms.filter((r) => r.floor === 'eg').length);
    expect(html).toContain('Cloakroom counter along the west wall.');
  });

  it('is a labelled picture on the mini-map, with no tab stops inside', () => {
    const html = render({ variant: 'mini', lang: 'de' });
    expect(html).toContain('role="img" aria-label="Grundriss: Erdgeschoss"');
    expect(html).not.toContain('tabindex');
    expect(html).not.toContain('<figure');
  });

  it('shows the floor switcher only with a handler and several floors', () => {
    expect(render({})).not.toContain('plan-floors');
    const html = render({ onSelectFloor: noop, floor: 'og' });
    expect(count(html, 'class="plan-floors__button"')).toBe(2);
    expect(html).toMatch(/aria-pressed="true"[^>]*>First floor</);
  });

  it('draws the visitor only on their floor, and the camera cone when given', () => {
    const visitor = { position: [10, 0, 14] as const, floor: 'eg', radius: 3 };
    expect(render({ visitor })).toContain('plan-visitor__area');
    expect(render({ visitor, floor: 'og' })).not.toContain('plan-visitor');
    expect(render({ cameraPose: { position: [16.8, 1.6, 3.1], target: [16.8, 1.6, 0.14] } })).toContain('plan-camera__cone');
  });

  it('says so when a floor has no rooms', () => {
    expect(render({ floor: 'nope' })).toContain('There is no plan of this floor.');
  });
});
