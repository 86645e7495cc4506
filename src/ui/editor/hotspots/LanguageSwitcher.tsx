import { useId } from 'react';
import type { Hotspot, Venue } from '../../../core/venue/index.ts';
import { languageName } from './text-fields.ts';

/** Props of {@link LanguageSwitcher}. */
export interface LanguageSwitcherProps {
  venue: Venue;
  hotspot: Hotspot;
  /** The language being written. */
  lang: string;
  onChange(lang: string): void;
}

/**
 * Which of the venue's languages the exhibit's texts, alt texts and captions are
 * written in: one toggle button per language, the pressed one being written. A
 * dot marks languages the exhibit has no title in yet, so gaps in a translation
 * show at a glance.
 */
export function LanguageSwitcher({ venue, hotspot, lang, onChange }: LanguageSwitcherProps) {
  const labelId = useId();
  const anyUntitled = venue.languages.some((code) => !hotspot.title[code]);
  return (
    <div className="hotspot-language-row">
      <span id={labelId} className="editor-field-label">
        Write in
      </span>
      <div className="hotspot-languages" role="group" aria-labelledby={labelId}>
        {venue.languages.map((code) => (
          <button key={code} type="button" aria-pressed={code === lang} onClick={() => onChange(code)} title={languageName(code)}>
            {code.toUpperCase()}
            <span className="visually-hidden">
              {' '}
              {languageName(code)}
              {code === venue.defaultLanguage && ' (default language)'}
              {!hotspot.title[code] && ' (no title yet)'}
            </span>
            {!hotspot.title[code] && (
              <span className="hotspot-untranslated" aria-hidden="true">
                •
              </span>
            )}
          </button>
        ))}
      </div>
      {anyUntitled && (
        <span className="hotspot-hint" aria-hidden="true">
          • no title yet
        </span>
      )}
    </div>
  );
}
