import { useId, type ReactNode } from 'react';
import { useEditorState } from '../state/current-editor.ts';
import { DeleteHotspot } from './DeleteHotspot.tsx';
import { hotspotTitle } from './hotspot-list.ts';
import { HotspotMediaEditor } from './HotspotMediaEditor.tsx';
import { HotspotPlacement } from './HotspotPlacement.tsx';
import { HotspotTexts } from './HotspotTexts.tsx';
import { HotspotViewControls } from './HotspotViewControls.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { languageName } from './text-fields.ts';

/** Props of {@link HotspotEditor}. */
export interface HotspotEditorProps {
  /** The hotspot to edit; the editor shows nothing once it no longer exists. */
  id: string;
  /** The language being written, or null for the venue's default language. */
  lang: string | null;
  onLangChange(lang: string): void;
  onDeleted(title: string): void;
}

/**
 * Everything about one exhibit: texts per language, room and position, the
 * camera view, media, and deleting it. Sections are headed, so a screen-reader
 * user can jump between them.
 */
export function HotspotEditor({ id, lang: chosenLang, onLangChange, onDeleted }: HotspotEditorProps) {
  const venue = useEditorState((s) => s.venue);
  const hotspot = useEditorState((s) => s.venue.hotspots?.find((h) => h.id === id));
  const headingId = useId();
  if (!hotspot) return null;
  // A language removed from the venue (by an import) falls back to the default.
  const lang = chosenLang !== null && venue.languages.includes(chosenLang) ? chosenLang : venue.defaultLanguage;

  const section = (key: string, title: string, children: ReactNode) => (
    <section className="hotspot-section" aria-labelledby={`${headingId}-${key}`}>
      <h4 id={`${headingId}-${key}`}>{title}</h4>
      {children}
    </section>
  );

  return (
    <section className="hotspot-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="hotspot-muted">Editing </span>
        {hotspotTitle(venue, hotspot)}
      </h3>
      <p className="hotspot-id">id: {hotspot.id}</p>

      {/* Above every section: it decides the language of the texts, alt texts and captions alike. */}
      <LanguageSwitcher venue={venue} hotspot={hotspot} lang={lang} onChange={onLangChange} />
      {section('texts', `Texts in ${languageName(lang)}`, <HotspotTexts venue={venue} hotspot={hotspot} lang={lang} />)}
      {section('place', 'Room and position', <HotspotPlacement venue={venue} hotspot={hotspot} />)}
      {section('view', 'Camera view', <HotspotViewControls hotspot={hotspot} />)}
      {section('media', 'Images and audio', <HotspotMediaEditor venue={venue} hotspot={hotspot} lang={lang} />)}
      <div className="hotspot-section">
        <DeleteHotspot venue={venue} hotspot={hotspot} onDeleted={onDeleted} />
      </div>
    </section>
  );
}
