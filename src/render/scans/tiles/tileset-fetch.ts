import { checkTilesetJson, TilesetError } from './tileset-errors.ts';

/**
 * A 3d-tiles-renderer plugin that does the renderer's downloads itself (its
 * `fetchData` hook), for three reasons:
 * - it counts the bytes that arrive, for the progress bar and the ready figures;
 * - it checks tileset.json before the renderer reads it, so a missing file,
 *   text that is not JSON or an unknown 3D Tiles version become a
 *   {@link TilesetError} that tileset-errors.ts puts into words;
 * - it lets the glTF decoders a tile needs be fetched before the tile is parsed
 *   (`prepareContent`, see tile-decoders.ts).
 * It answers with the parsed JSON or the ArrayBuffer instead of a Response, which
 * the renderer accepts as is ("not a Response: use it as the content").
 */

/** What the fetch hook needs from its user. */
export interface TilesetFetchOptions {
  /** Called with the size of each file that arrived in full. */
  onBytes(bytes: number): void;
  /** Runs before a tile's bytes are handed to the parser (attaches decoders the tile needs). */
  prepareContent?(bytes: ArrayBuffer): Promise<void>;
  /** The fetch to use (tests pass their own). */
  fetch?: typeof fetch;
}

/** True when a URL's path ends in `.json`: a tileset (the root or a nested one). */
export function isJsonUrl(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return /\.json$/i.test(path);
}

/** The fetch hook; register it before anything else that fetches. */
export class TilesetFetchPlugin {
  /** The name 3d-tiles-renderer lists the plugin by. */
  readonly name = 'MUSEUM_VISIT_TILESET_FETCH';

  constructor(private readonly options: TilesetFetchOptions) {}

  /** Downloads `url`; resolves with a tileset's parsed JSON or a tile's bytes, or rejects with a {@link TilesetError}. */
  fetchData(url: string | URL, init?: RequestInit): Promise<unknown> {
    return this.download(String(url), init);
  }

  private async download(url: string, init?: RequestInit): Promise<unknown> {
    const doFetch = this.options.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(url, init);
    } catch (error) {
      // An abort must stay an AbortError: the renderer tells cancelled loads from failed ones by it.
      if (isAbort(error)) throw error;
      throw new TilesetError({ kind: 'network', file: url });
    }
    if (!response.ok) throw new TilesetError({ kind: 'http', status: response.status, file: url });
    // Neither a tileset nor a tile is ever HTML: such an answer is a server's page for a missing file.
    if (/text\/html/i.test(response.headers.get('content-type') ?? '')) throw new TilesetError({ kind: 'html', file: url });
    const bytes = await response.arrayBuffer();
    this.options.onBytes(bytes.byteLength);
    if (isJsonUrl(url)) {
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(bytes));
      } catch (error) {
        throw new TilesetError({ kind: 'json', detail: error instanceof Error ? error.message : String(error) });
      }
      checkTilesetJson(json);
      return json;
    }
    await this.options.prepareContent?.(bytes);
    return bytes;
  }
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
