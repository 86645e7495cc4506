import { useDeferredValue, useState } from 'react';
import type { HotspotTextField } from '../../../core/editing/index.ts';
import type { Hotspot, Venue } from '../../../core/venue/index.ts';
import { useEditorStore } from '../state/current-editor.ts';
import { MarkdownPreview } from './MarkdownPreview.tsx';
import { TextField } from './TextField.tsx';
import { HOTSPOT_FIELD_NAMES, HOTSPOT_TEXT_LIMITS, hotspotTextEdit, languageName } from './text-fields.ts';

/** Props of {@link HotspotTexts}. */
export interface HotspotTextsProps {
  venue: Venue;
  hotspot: Hotspot;
  /** The language being written. */
  lang: string;
}

type FieldErrors = Partial<Record<HotspotTextField, string>>;

/**
 * The exhibit's title, summary and Markdown text in one language, with a live
 * preview of the text. Every keystroke is an edit of the document (so the viewer
 * shows it at once and autosave keeps it); typing in one field merges into one
 * undo step until the field loses focus.
 */
export function HotspotTexts({ venue, hotspot, lang }: HotspotTextsProps) {
  const store = useEditorStore();
  // Refusals belong to the field and language they happened in; another exhibit starts clean (the parent keys on the id).
  const [errors, setErrors] = useState<{ lang: string; fields: FieldErrors }>({ lang, fields: {} });
  const fieldErrors = errors.lang === lang ? errors.fields : {};
  const def = venue.defaultLanguage;
  const body = hotspot.body?.[lang] ?? '';
  // Typing stays quick in a long text: the preview may lag a keystroke behind.
  const previewText = useDeferredValue(body);

  const setError = (field: HotspotTextField, message: string | null): void =>
    setErrors((prev) => {
      const fields = { ...(prev.lang === lang ? prev.fields : {}) };
      if (message === null) delete fields[field];
      else fields[field] = message;
      return { lang, fields };
    });

  const change = (field: HotspotTextField, value: string): void => {
    const edit = hotspotTextEdit(hotspot.id, field, lang, value);
    if (!edit.ok) {
      setError(field, edit.message);
      return;
    }
    const outcome = store.getState().apply(edit.command, { at: performance.now() });
    setError(field, outcome.ok ? null : `Not changed: ${outcome.message}.`);
  };
  const blur = (): void => store.getState().breakCoalescing();

  const reference = (field: HotspotTextField): string | undefined => {
    if (lang === def) return undefined;
    const original = hotspot[field]?.[def];
    if (!original) return undefined;
    const short = original.length > 90 ? `${original.slice(0, 87)}…` : original;
    return `In ${languageName(def)}: ${short}`;
  };

  const field = (name: HotspotTextField, rows?: number, hint?: string) => (
    <TextField
      label={HOTSPOT_FIELD_NAMES[name]}
      value={hotspot[name]?.[lang] ?? ''}
      limit={HOTSPOT_TEXT_LIMITS[name]}
      rows={rows}
      error={fieldErrors[name] ?? null}
      hint={hint ?? reference(name)}
      lang={lang}
      onChange={(value) => change(name, value)}
      onBlur={blur}
    />
  );

  return (
    <div className="hotspot-texts">
      {field('title', undefined, lang === def ? `Required: every exhibit needs a title in ${languageName(def)}, the venue’s default language.` : reference('title'))}
      {field('summary', 3)}
      {field('body', 8, lang === def ? 'Blank line for a new paragraph, *italic*, **bold**, "- " for a list, [words](https://…) for a link.' : reference('body'))}
      <h5 className="hotspot-subheading">Preview of the text</h5>
      <MarkdownPreview text={previewText} lang={lang} label={`Preview of the text in ${languageName(lang)}`} />
    </div>
  );
}
