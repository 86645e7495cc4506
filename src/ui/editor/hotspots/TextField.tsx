import { useId, type ChangeEvent } from 'react';
import { characterCount } from './text-fields.ts';

/** Props of {@link TextField}. */
export interface TextFieldProps {
  label: string;
  value: string;
  /** The most characters the field holds; the count shows near it. */
  limit: number;
  /** A textarea with this many rows; a one-line input when omitted. */
  rows?: number;
  /** Why the last change was refused, shown under the field; null when it was fine. */
  error: string | null;
  /** A short line under the label (what the field is for, the default-language text). */
  hint?: string;
  placeholder?: string;
  lang?: string;
  onChange(value: string): void;
  onBlur(): void;
}

/**
 * One labelled exhibit text with its character count near the limit and the
 * reason the last change was refused. The field stays controlled by the document:
 * a refused change (a paste that is too long, an emptied title) simply does not
 * appear, and the message under the field says why.
 */
export function TextField({ label, value, limit, rows, error, hint, placeholder, lang, onChange, onBlur }: TextFieldProps) {
  const id = useId();
  const count = characterCount(value.length, limit);
  const describedBy = [hint ? `${id}-hint` : '', `${id}-count`, `${id}-error`].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    lang,
    placeholder,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
    onBlur,
  };
  return (
    <div className="hotspot-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hotspot-hint">
          {hint}
        </p>
      )}
      {rows === undefined ? <input type="text" {...common} /> : <textarea rows={rows} {...common} />}
      <p id={`${id}-count`} className="hotspot-count">
        {count}
      </p>
      {/* Always in the page, so screen readers announce a message the moment it appears. */}
      <p id={`${id}-error`} className="hotspot-error" aria-live="polite">
        {error}
      </p>
    </div>
  );
}
