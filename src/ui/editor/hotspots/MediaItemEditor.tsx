import { useId, useState } from 'react';
import type { HotspotMedia, Venue } from '../../../core/venue/index.ts';
import { LIMITS } from '../../../core/venue/limits.ts';
import { DraftInput } from './DraftInput.tsx';
import { CAPTIONS_INPUT_ACCEPT } from './media-formats.ts';
import { ALT_TEXT_WARNING, languagesWithoutAlt, mediaUriFor, withAlt, withCaptions, withCredit, type AudioMedia } from './media-edits.ts';
import { fileNameOf } from './media-paths.ts';
import { languageName } from './text-fields.ts';

/** Props of {@link MediaItemEditor}. */
export interface MediaItemEditorProps {
  venue: Venue;
  item: HotspotMedia;
  index: number;
  count: number;
  /** The language being written. */
  lang: string;
  /** A URL for a media URI (the visitor app's resolver, which knows files added in the editor), or null. */
  resolve(uri: string): string | null;
  /** Replaces this item; returns why the document refused it, or null. */
  onReplace(item: HotspotMedia): string | null;
  onMove(to: number): void;
  onRemove(): void;
  /** Judges and stores a captions file; resolves to its bundle path, or to a message saying why it was refused. */
  onCaptionsFile(file: File): Promise<{ ok: true; path: string } | { ok: false; message: string }>;
}

/**
 * One image or audio of an exhibit: a small preview, its file, the texts that go
 * with it (alt text per language, credit), the captions file per language for
 * audio, and moving or removing it. Alt text and credit commit when the field is
 * left, so each is one undo step.
 */
export function MediaItemEditor({ venue, item, index, count, lang, resolve, onReplace, onMove, onRemove, onCaptionsFile }: MediaItemEditorProps) {
  const id = useId();
  const [status, setStatus] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const picked = mediaUriFor(item, lang, venue.defaultLanguage);
  const fileName = picked ? fileNameOf(picked.uri) : 'no file';
  const url = picked ? resolve(picked.uri) : null;
  const language = languageName(lang);
  const kindWord = item.kind === 'image' ? 'Image' : 'Audio';
  const name = `${kindWord} ${index + 1} (${fileName})`;

  const replace = (next: HotspotMedia, what: string, limit: number, length: number): void => {
    if (length > limit) {
      setTextError(`Not changed: the ${what} may be at most ${limit.toLocaleString('en')} characters; this one has ${length.toLocaleString('en')}.`);
      return;
    }
    const problem = onReplace(next);
    setTextError(problem === null ? null : `Not changed: ${problem}.`);
  };

  const pickCaptions = async (file: File | undefined, audio: AudioMedia): Promise<void> => {
    if (!file) return;
    setStatus(`Checking "${file.name}"…`);
    const result = await onCaptionsFile(file);
    if (!result.ok) {
      setStatus(result.message);
      return;
    }
    const problem = onReplace(withCaptions(audio, lang, result.path));
    setStatus(problem === null ? `Captions in ${language} set to "${file.name}".` : `Not changed: ${problem}.`);
  };

  const missingAlt = item.kind === 'image' ? languagesWithoutAlt(item, venue.languages) : [];

  return (
    <li className="hotspot-media-item">
      <div className="hotspot-media-head">
        <div className="hotspot-media-preview">
          {url && item.kind === 'image' && <img src={url} alt={item.alt?.[lang] ?? ''} loading="lazy" decoding="async" />}
          {!url && <span className="hotspot-muted">No preview</span>}
        </div>
        <p className="hotspot-media-name">
          <strong>{kindWord}</strong> <span className="hotspot-file">{fileName}</span>
          {picked?.fallback && <span className="hotspot-muted"> (no {language} file; visitors get the {languageName(picked.lang ?? venue.defaultLanguage)} one)</span>}
          {typeof item.uri !== 'string' && !picked?.fallback && <span className="hotspot-muted"> ({language} file)</span>}
        </p>
      </div>
      {url && item.kind === 'audio' && <audio controls preload="none" src={url} aria-label={`Listen: ${fileName}`} />}

      {item.kind === 'image' && (
        <div className="hotspot-field">
          <label htmlFor={`${id}-alt`}>Alt text in {language}</label>
          <DraftInput
            id={`${id}-alt`}
            value={item.alt?.[lang] ?? ''}
            lang={lang}
            aria-describedby={`${id}-alt-note`}
            onCommit={(value) => replace(withAlt(item, lang, value), 'alt text', LIMITS.shortText, value.length)}
          />
          <p id={`${id}-alt-note`} className={missingAlt.includes(lang) ? 'hotspot-warning' : 'hotspot-hint'} aria-live="polite">
            {missingAlt.includes(lang)
              ? ALT_TEXT_WARNING
              : missingAlt.length > 0
                ? `Still missing in ${missingAlt.map(languageName).join(', ')}.`
                : 'Describe what the image shows, in a sentence.'}
          </p>
        </div>
      )}

      <div className="hotspot-field">
        <label htmlFor={`${id}-credit`}>Credit</label>
        <DraftInput
          id={`${id}-credit`}
          value={item.credit ?? ''}
          aria-describedby={`${id}-credit-error`}
          onCommit={(value) => replace(withCredit(item, value), 'credit', LIMITS.text, value.length)}
        />
        <p id={`${id}-credit-error`} className="hotspot-error" aria-live="polite">
          {textError}
        </p>
      </div>

      {item.kind === 'audio' && (
        <div className="hotspot-field">
          <span className="editor-field-label">Captions in {language}</span>
          <p className="hotspot-hint">
            {item.captions?.[lang] ? fileNameOf(item.captions[lang]) : `None in ${language}: people who cannot hear the audio miss it.`}
          </p>
          <div className="hotspot-buttons">
            <label className="hotspot-button hotspot-file-button">
              {item.captions?.[lang] ? 'Replace captions file…' : 'Captions file…'}
              <span className="visually-hidden"> (WebVTT, .vtt) for {name} in {language}</span>
              <input
                type="file"
                accept={CAPTIONS_INPUT_ACCEPT}
                className="hotspot-file-input"
                onChange={(e) => {
                  const input = e.currentTarget;
                  void pickCaptions(input.files?.[0], item).finally(() => (input.value = ''));
                }}
              />
            </label>
            {item.captions?.[lang] && (
              <button
                type="button"
                className="hotspot-button"
                onClick={() => {
                  const problem = onReplace(withCaptions(item, lang, null));
                  setStatus(problem === null ? `Removed the ${language} captions.` : `Not changed: ${problem}.`);
                }}
              >
                Remove captions<span className="visually-hidden"> of {name} in {language}</span>
              </button>
            )}
          </div>
        </div>
      )}

      <div className="hotspot-buttons">
        <button type="button" className="hotspot-button" disabled={index === 0} onClick={() => onMove(index - 1)}>
          Move up<span className="visually-hidden">: {name}</span>
        </button>
        <button type="button" className="hotspot-button" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
          Move down<span className="visually-hidden">: {name}</span>
        </button>
        <button type="button" className="hotspot-button hotspot-danger" onClick={onRemove}>
          Remove<span className="visually-hidden">: {name}</span>
        </button>
      </div>
      <p className="hotspot-status" role="status">
        {status}
      </p>
    </li>
  );
}
