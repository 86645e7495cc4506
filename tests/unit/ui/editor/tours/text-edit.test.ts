import { describe, expect, it } from 'vitest';
import { demoMuseum } from '../../../../helpers/fixtures.ts';
import { applyCommand } from '../../../../../src/core/editing/index.ts';
import { needsDefaultFirst, planTextEdit } from '../../../../../src/ui/editor/tours/text-edit.ts';
import { exhibitLabel, languageLabel, stopCount } from '../../../../../src/ui/editor/tours/tour-labels.ts';

/** What typing into one language of a tour text does, before the core is asked. */

const venue = demoMuseum(); // default language de, also en

describe('planTextEdit', () => {
  it('applies typed text, and an emptied translation removes that language', () => {
    expect(planTextEdit(venue, { de: 'Highlights', en: 'Highlights' }, 'en', 'Best of', 'title', true)).toEqual({ kind: 'apply', value: 'Best of' });
    expect(planTextEdit(venue, { de: 'Highlights', en: 'Highlights' }, 'en', '', 'title', true)).toEqual({ kind: 'apply', value: null });
    expect(planTextEdit(venue, { de: 'Highlights' }, 'de', 'Highlights', 'title', true)).toEqual({ kind: 'same' });
    expect(planTextEdit(venue, undefined, 'en', '', 'narration')).toEqual({ kind: 'same' });
  });

  it('keeps a required title from losing its default-language text, saying why', () => {
    const plan = planTextEdit(venue, { de: 'Highlights' }, 'de', '', 'title', true);
    expect(plan).toEqual({ kind: 'blocked', message: 'The title cannot be empty in German (de), the venue’s main language.' });
  });

  it('asks for the default language first, and to clear translations before the original', () => {
    expect(planTextEdit(venue, undefined, 'en', 'Hello', 'narration')).toMatchObject({ kind: 'blocked', message: expect.stringContaining('German (de) first') });
    expect(planTextEdit(venue, { de: 'Hallo', en: 'Hello' }, 'de', '', 'narration')).toMatchObject({ kind: 'blocked', message: expect.stringContaining('English (en)') });
    expect(planTextEdit(venue, { de: 'Hallo' }, 'de', '', 'narration')).toEqual({ kind: 'apply', value: null });
    expect(needsDefaultFirst(venue, undefined, 'en')).toBe(true);
    expect(needsDefaultFirst(venue, undefined, 'de')).toBe(false);
  });

  it('only lets through edits the core accepts, and blocks those it refuses', () => {
    const tour = venue.tours![0]!;
    const cases: [Record<string, string> | undefined, string, string][] = [
      [tour.stops[0]!.narration, 'de', ''],
      [tour.stops[0]!.narration, 'en', ''],
      [tour.stops[0]!.narration, 'en', 'New'],
    ];
    for (const [text, language, typed] of cases) {
      const plan = planTextEdit(venue, text, language, typed, 'narration');
      const result = applyCommand(venue, { type: 'setStopNarration', tour: tour.id, index: 0, language, value: typed === '' ? null : typed });
      expect(plan.kind === 'apply').toBe(result.ok);
    }
  });
});

describe('tour labels', () => {
  it('names languages in English with their tag, and exhibits with their room', () => {
    expect(languageLabel('de')).toBe('German (de)');
    expect(languageLabel('en')).toBe('English (en)');
    const label = exhibitLabel(venue, 'h-self-portrait');
    const hotspot = venue.hotspots!.find((h) => h.id === 'h-self-portrait')!;
    expect(label.title).toBe(hotspot.title.de);
    expect(label.room).toBe(venue.rooms.find((r) => r.id === hotspot.room)!.name.de);
    expect(exhibitLabel(venue, 'h-gone')).toEqual({ title: 'h-gone', room: 'exhibit not found' });
    expect(stopCount(1)).toBe('1 stop');
    expect(stopCount(6)).toBe('6 stops');
  });
});
