import { useEffect, useState } from 'react';
import { parseWebVtt, type Cue } from '../../core/media/webvtt.ts';

/** Where a caption file stands: none asked for, on its way, read, or unusable. */
export type CaptionsState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; cues: Cue[] }
  | { status: 'error'; message: string };

/** Fetches and parses a WebVTT file; rejects with a readable message. */
export async function fetchCaptions(url: string, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<Cue[]> {
  const response = await fetchImpl(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`captions ${url}: HTTP ${response.status}`);
  return parseWebVtt(await response.text());
}

/**
 * The captions at `url` (null: none), fetched when the URL changes. A result that
 * arrives after the URL has changed (the visitor switched language or exhibit) is
 * dropped: the fetch is aborted and the state is keyed by its URL.
 */
export function useCaptions(url: string | null): CaptionsState {
  const [loaded, setLoaded] = useState<{ url: string; state: CaptionsState } | null>(null);
  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    fetchCaptions(url, fetch, controller.signal).then(
      (cues) => setLoaded({ url, state: { status: 'ready', cues } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ url, state: { status: 'error', message: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => controller.abort();
  }, [url]);
  if (url === null) return { status: 'none' };
  return loaded?.url === url ? loaded.state : { status: 'loading' };
}
