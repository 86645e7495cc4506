import { describe, expect, it } from 'vitest';
import { chooseLanguage, pickText } from '../../../../src/core/i18n/localize.ts';

describe('picking a language', () => {
  it('takes the visitor’s first preference the venue offers, matching regional tags', () => {
    expect(chooseLanguage(['fr-FR', 'de-AT', 'en'], ['de', 'en'], 'en')).toBe('de');
    expect(chooseLanguage(['en-GB'], ['de', 'en'], 'de')).toBe('en');
    expect(chooseLanguage(['ja'], ['de', 'en'], 'de')).toBe('de');
    expect(chooseLanguage([], ['de', 'en'], 'en')).toBe('en');
  });

  it('falls back to the default language and says so', () => {
    expect(pickText({ de: 'Bildnis', en: 'Portrait' }, 'en', 'de')).toEqual({ text: 'Portrait', lang: 'en', fallback: false });
    expect(pickText({ de: 'Bildnis' }, 'en', 'de')).toEqual({ text: 'Bildnis', lang: 'de', fallback: true });
    expect(pickText({ 'en-GB': 'Colour', de: 'Farbe' }, 'en', 'de')).toEqual({ text: 'Colour', lang: 'en-GB', fallback: false });
  });
});
