import { describe, expect, it } from 'vitest';
import { deleteQuestion, filterHotspots, hotspotEntries, toursShowing } from '../../../../../src/ui/editor/hotspots/hotspot-list.ts';
import { characterCount, languageName, tooLongMessage } from '../../../../../src/ui/editor/hotspots/text-fields.ts';
import { demoMuseum } from '../../../../helpers/fixtures.ts';

describe('the exhibit list', () => {
  const venue = demoMuseum();
  const entries = hotspotEntries(venue);

  it('shows each hotspot with its default-language title and room name', () => {
    expect(entries).toHaveLength(venue.hotspots!.length);
    const olive = entries.find((e) => e.id === 'h-olive-orchard')!;
    expect(olive.title).toBe(venue.hotspots!.find((h) => h.id === 'h-olive-orchard')!.title.de);
    expect(olive.room).toBe('Van Gogh: Felder, Haine, Höfe');
  });

  it('filters by any language’s title or room name, ignoring case and accents, every word', () => {
    expect(filterHotspots(entries, 'MOUSME').map((e) => e.id)).toEqual(['h-la-mousme']);
    expect(filterHotspots(entries, 'olive orchard').map((e) => e.id)).toEqual(['h-olive-orchard']);
    expect(filterHotspots(entries, 'british').every((e) => ['h-hogarth-pug', 'h-stuart-west', 'h-mrs-siddons'].includes(e.id))).toBe(true);
    expect(filterHotspots(entries, 'british')).toHaveLength(3);
    expect(filterHotspots(entries, '  ')).toHaveLength(entries.length);
    expect(filterHotspots(entries, 'nothing-like-this')).toEqual([]);
  });

  it('counts the tours a hotspot is a stop of, and asks before deleting', () => {
    expect(toursShowing(venue, 'h-olive-orchard')).toBe(2);
    expect(toursShowing(venue, 'h-stuart-west')).toBe(0);
    expect(deleteQuestion('Der Olivenhain', 2)).toBe("Delete 'Der Olivenhain'? This also removes it from 2 tours.");
    expect(deleteQuestion('X', 1)).toBe("Delete 'X'? This also removes it from 1 tour.");
    expect(deleteQuestion('X', 0)).toBe("Delete 'X'?");
  });
});

describe('text field words', () => {
  it('shows the count only near the limit', () => {
    expect(characterCount(399, 500)).toBeNull();
    expect(characterCount(400, 500)).toBe('400 of 500 characters');
    expect(characterCount(19_000, 20_000)).toBe('19,000 of 20,000 characters');
  });

  it('says how much too long a paste is', () => {
    expect(tooLongMessage('Title', 620, 500)).toBe('Not changed: that would make the title 620 characters long, but at most 500 fit. Shorten what you add by 120 characters.');
    expect(tooLongMessage('Text', 200_001, 200_000)).toContain('the text 200,001 characters long, but at most 200,000 fit. Shorten what you add by 1 character.');
  });

  it('names languages in English', () => {
    expect(languageName('de')).toBe('German');
    expect(languageName('en')).toBe('English');
  });
});
