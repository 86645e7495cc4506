import type { Problem } from '../../../core/venue/index.ts';

/**
 * "Save to scenes/<id>" while developing: sends scene.json and the files added in
 * the editor to the dev server's save endpoint (tools/vite/save-venue-plugin.ts),
 * which writes them into the venue's folder of the repository.
 */

/** The dev server's answer. */
export type RepositorySaveResult =
  | { ok: true; written: string[]; version: string }
  | { ok: false; problems: Problem[] };

/** Base64 of bytes, in slices (String.fromCharCode on megabytes at once overflows the stack). */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Posts the venue to the dev server; never throws (a network failure comes back as a problem). */
export async function saveToRepository(venueId: string, sceneText: string, files: ReadonlyMap<string, Blob>, fetchImpl: typeof fetch = fetch): Promise<RepositorySaveResult> {
  const encoded: Record<string, string> = {};
  for (const [path, blob] of files) encoded[path] = base64Of(new Uint8Array(await blob.arrayBuffer()));
  try {
    const response = await fetchImpl(`/__museum-visit/save/${encodeURIComponent(venueId)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sceneText, files: encoded }),
    });
    const answer = (await response.json().catch(() => null)) as RepositorySaveResult | null;
    if (answer && typeof answer === 'object' && 'ok' in answer) return answer;
    return { ok: false, problems: [{ path: '', message: `the dev server answered HTTP ${response.status} without a result`, severity: 'error' }] };
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `the dev server could not be reached: ${error instanceof Error ? error.message : String(error)}`, severity: 'error' }] };
  }
}
