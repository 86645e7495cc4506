import { describe, expect, it } from 'vitest';
import { createEditHistory } from '../../../../../src/core/editing/index.ts';
import { hotspotTextEdit } from '../../../../../src/ui/editor/hotspots/text-fields.ts';
import { demoMuseum } from '../../../../helpers/fixtures.ts';

/** Applies what the text fields apply, as the editor store does: through an edit history. */
function typeInto(field: 'title' | 'summary' | 'body', language: string, value: string) {
  const history = createEditHistory(demoMuseum());
  const edit = hotspotTextEdit('h-self-portrait', field, language, value);
  if (!edit.ok) return { refused: edit.message, history };
  const outcome = history.apply(edit.command, { at: 0 });
  return { refused: outcome.ok ? null : outcome.message, history };
}
const hotspot = (history: ReturnType<typeof createEditHistory>) => history.present.hotspots!.find((h) => h.id === 'h-self-portrait')!;

describe('exhibit text edits', () => {
  it('sets a language’s text', () => {
    const { refused, history } = typeInto('title', 'en', 'Self-Portrait (1889)');
    expect(refused).toBeNull();
    expect(hotspot(history).title.en).toBe('Self-Portrait (1889)');
  });

  it('removes a language when its field is emptied, so visitors fall back to the default language', () => {
    const { refused, history } = typeInto('summary', 'en', '');
    expect(refused).toBeNull();
    expect(hotspot(history).summary).not.toHaveProperty('en');
    expect(hotspot(history).summary).toHaveProperty('de');
  });

  it('cannot empty the default-language title: the core refuses, with a message for the field', () => {
    const { refused, history } = typeInto('title', 'de', '');
    expect(refused).toBe('a hotspot\'s title needs a text in the default language "de"');
    expect(hotspot(history).title.de).toBe(demoMuseum().hotspots!.find((h) => h.id === 'h-self-portrait')!.title.de);
    expect(history.canUndo).toBe(false);
  });

  it('refuses a paste beyond the limit before it reaches the document, saying by how much', () => {
    const { refused, history } = typeInto('title', 'en', 'x'.repeat(501));
    expect(refused).toBe('Not changed: that would make the title 501 characters long, but at most 500 fit. Shorten what you add by 1 character.');
    expect(history.canUndo).toBe(false);
    expect(typeInto('body', 'de', 'x'.repeat(200_000)).refused).toBeNull();
    expect(typeInto('summary', 'de', 'x'.repeat(20_001)).refused).toContain('at most 20,000 fit');
  });
});
