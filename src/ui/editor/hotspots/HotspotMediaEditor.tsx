import { useCallback, useId, useState } from 'react';
import { extensionOf } from '../../../core/bundle/media-sniff.ts';
import type { Hotspot, HotspotMedia, Venue } from '../../../core/venue/index.ts';
import { LIMITS } from '../../../core/venue/limits.ts';
import { useVenueStore } from '../../../state/venue-store.ts';
import { useEditorStore } from '../state/current-editor.ts';
import { MEDIA_FILE_LIMITS } from './accept-media-file.ts';
import { MEDIA_INPUT_ACCEPT } from './media-formats.ts';
import { moveMediaItem, removeMediaItem, replaceMediaItem } from './media-edits.ts';
import { bundlePathsInUse, fileNameOf, uniqueMediaPath } from './media-paths.ts';
import { MediaItemEditor } from './MediaItemEditor.tsx';
import { readMediaFile, type ReadMediaResult } from './read-media-file.ts';

/** Props of {@link HotspotMediaEditor}. */
export interface HotspotMediaEditorProps {
  venue: Venue;
  hotspot: Hotspot;
  lang: string;
}

const MB = 1024 * 1024;

/**
 * The exhibit's images and audio: each with its preview and texts, and a file
 * picker to add more. A picked file is judged by its content before anything is
 * stored; an accepted one is kept in the editor's media under a new, unique
 * bundle path and added to the list as one undo step.
 */
export function HotspotMediaEditor({ venue, hotspot, lang }: HotspotMediaEditorProps) {
  const store = useEditorStore();
  const inputId = useId();
  const [status, setStatus] = useState('');
  const resolveUri = useVenueStore((s) => (s.state.status === 'ready' ? s.state.loaded.resolve : null));
  const media = hotspot.media ?? [];
  const id = hotspot.id;

  const resolve = useCallback(
    (uri: string): string | null => {
      if (!resolveUri) return null;
      try {
        return resolveUri(uri, 'media');
      } catch {
        return null; // a URI the rules refuse has no preview; the problems list names it
      }
    },
    [resolveUri],
  );

  /** Applies an edit of the current media list (read fresh: a file may have been read meanwhile); returns the refusal or null. */
  const editMedia = (edit: (list: readonly HotspotMedia[]) => HotspotMedia[]): string | null => {
    const current = store.getState().venue.hotspots?.find((h) => h.id === id);
    if (!current) return 'the exhibit was deleted';
    const outcome = store.getState().apply({ type: 'setHotspotMedia', id, media: edit(current.media ?? []) });
    return outcome.ok ? null : outcome.message;
  };

  /** Judges a file and, when it is fine, stores it under a path that is still free. */
  const storeFile = async (file: File, purpose: 'media' | 'captions'): Promise<ReadMediaResult> => {
    const before = store.getState();
    const result = await readMediaFile(file, purpose, bundlePathsInUse(before.venue, before.media.keys()));
    if (!result.ok) return result;
    // Another file may have taken the path while this one was read.
    const now = store.getState();
    const taken = bundlePathsInUse(now.venue, now.media.keys());
    const path = taken.has(result.path.toLowerCase()) ? uniqueMediaPath(file.name, extensionOf(result.path), taken) : result.path;
    now.addMedia(path, result.blob);
    return { ...result, path };
  };

  const addFiles = async (files: readonly File[]): Promise<void> => {
    const messages: string[] = [];
    for (const file of files) {
      const current = store.getState().venue.hotspots?.find((h) => h.id === id);
      if (!current) return;
      if ((current.media?.length ?? 0) >= LIMITS.mediaPerHotspot) {
        messages.push(`"${file.name}" was not added: an exhibit holds at most ${LIMITS.mediaPerHotspot} images and audio files.`);
        break;
      }
      setStatus(`Checking "${file.name}"…`);
      const result = await storeFile(file, 'media');
      if (!result.ok) {
        messages.push(result.message);
        continue;
      }
      const item: HotspotMedia = result.kind === 'image' ? { kind: 'image', uri: result.path } : { kind: 'audio', uri: result.path };
      const problem = editMedia((list) => [...list, item]);
      if (problem !== null) messages.push(`"${file.name}" was not added: ${problem}.`);
      else messages.push(`Added "${file.name}" as ${result.label}${result.kind === 'image' ? '; now write its alt text in each language' : ''}.`);
    }
    setStatus(messages.join(' '));
  };

  return (
    <div className="hotspot-media">
      {media.length === 0 ? (
        <p className="hotspot-hint">No images or audio yet.</p>
      ) : (
        <ol className="hotspot-media-list">
          {media.map((item, index) => (
            <MediaItemEditor
              key={`${index}:${JSON.stringify(item.uri)}`}
              venue={venue}
              item={item}
              index={index}
              count={media.length}
              lang={lang}
              resolve={resolve}
              onReplace={(next) => editMedia((list) => replaceMediaItem(list, index, next))}
              onMove={(to) => {
                const problem = editMedia((list) => moveMediaItem(list, index, to));
                setStatus(problem === null ? `Moved ${item.kind} ${index + 1} to place ${to + 1}.` : `Not changed: ${problem}.`);
              }}
              onRemove={() => {
                const problem = editMedia((list) => removeMediaItem(list, index));
                const name = fileNameOf(typeof item.uri === 'string' ? item.uri : (Object.values(item.uri)[0] ?? ''));
                setStatus(problem === null ? `Removed ${item.kind} "${name}". Undo (Ctrl+Z) brings it back.` : `Not changed: ${problem}.`);
              }}
              onCaptionsFile={async (file) => {
                const result = await storeFile(file, 'captions');
                return result.ok ? { ok: true, path: result.path } : result;
              }}
            />
          ))}
        </ol>
      )}

      <div className="hotspot-field">
        <label className="hotspot-button hotspot-file-button">
          Add image or audio…
          <input
            id={inputId}
            type="file"
            multiple
            accept={MEDIA_INPUT_ACCEPT}
            className="hotspot-file-input"
            aria-describedby={`${inputId}-limits`}
            onChange={(e) => {
              const input = e.currentTarget;
              const files = Array.from(input.files ?? []);
              void addFiles(files).finally(() => (input.value = ''));
            }}
          />
        </label>
        <p id={`${inputId}-limits`} className="hotspot-hint">
          Images: PNG, JPEG, WebP, AVIF or GIF up to {MEDIA_FILE_LIMITS.image / MB} MB. Audio: MP3, M4A, Ogg, WebM or WAV up to {MEDIA_FILE_LIMITS.audio / MB} MB.
          Captions (WebVTT, up to {MEDIA_FILE_LIMITS.captions / MB} MB) are added to an audio item.
        </p>
      </div>
      <p className="hotspot-status" role="status">
        {status}
      </p>
    </div>
  );
}
