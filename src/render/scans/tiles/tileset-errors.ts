/**
 * Why a tiled scan cannot be shown, in sentences a visitor (or the curator who
 * imported it) can act on. A missing tileset.json, one that is not JSON, and one
 * of a 3D Tiles version we cannot read need different fixes, so each gets its
 * own wording; every message starts with the scan's URI as scene.json names it
 * (e.g. `scan/tileset.json`), like the glTF scan's messages (scan-loader.ts).
 */

/** What went wrong with the tileset, as found by the fetch hook (tileset-fetch.ts). */
export type TilesetProblem =
  | { kind: 'http'; status: number; file: string }
  | { kind: 'network'; file: string }
  /** A web page came instead of the file: a server that answers every unknown path with its index.html. */
  | { kind: 'html'; file: string }
  | { kind: 'json'; detail: string }
  | { kind: 'not-tileset'; reason: string }
  | { kind: 'version'; version: string }
  | { kind: 'root-tile'; file: string; detail: string };

/** An error carrying a {@link TilesetProblem}, thrown inside the renderer and read back from its `load-error` event. */
export class TilesetError extends Error {
  constructor(readonly problem: TilesetProblem) {
    super(`tileset problem: ${JSON.stringify(problem)}`);
    this.name = 'TilesetError';
  }
}

/** The 3D Tiles versions this viewer reads: 1.0 and 1.1 (what 3d-tiles-renderer supports; our importer writes 1.1). */
export function isSupportedTilesVersion(version: string): boolean {
  return /^1\.[01](\.\d+)?$/.test(version.trim());
}

/**
 * Checks that parsed tileset.json text is a tileset this viewer can show, and
 * throws a {@link TilesetError} saying what is wrong otherwise. 3d-tiles-renderer
 * itself only logs an assertion for a version it does not know and then fails
 * somewhere inside, with a message no visitor could use.
 */
export function checkTilesetJson(json: unknown): void {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new TilesetError({ kind: 'not-tileset', reason: 'it is not a JSON object' });
  const { asset, root } = json as { asset?: unknown; root?: unknown };
  if (typeof asset !== 'object' || asset === null) throw new TilesetError({ kind: 'not-tileset', reason: 'it has no "asset"' });
  const version = (asset as { version?: unknown }).version;
  if (typeof version !== 'string') throw new TilesetError({ kind: 'not-tileset', reason: 'it has no "asset.version"' });
  if (!isSupportedTilesVersion(version)) throw new TilesetError({ kind: 'version', version });
  if (typeof root !== 'object' || root === null) throw new TilesetError({ kind: 'not-tileset', reason: 'it has no "root"' });
}

/** The last path segment of a URL, without query: what a person would look for in the venue folder. */
export function fileNameOf(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? url;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || path;
}

/**
 * A readable sentence for any error of a tiled scan: a {@link TilesetError} from
 * our fetch hook, or whatever else the renderer threw (a network TypeError, an
 * HTTP status in the renderer's own words, a glTF that does not parse).
 */
export function describeTilesetError(uri: string, error: unknown): string {
  if (error instanceof TilesetError) {
    const p = error.problem;
    switch (p.kind) {
      case 'http':
        return p.status === 404 ? `${uri}: the file was not found on the server (HTTP 404)` : `${uri}: the server answered HTTP ${p.status}`;
      case 'network':
        return `${uri}: the network request failed`;
      case 'html':
        return `${uri}: the server sent a web page instead of the file (is the file missing?)`;
      case 'json':
        return `${uri}: not valid JSON (${p.detail.slice(0, 120)})`;
      case 'not-tileset':
        return `${uri}: not a 3D Tiles tileset (${p.reason})`;
      case 'version':
        return `${uri}: 3D Tiles version "${p.version.slice(0, 20)}" is not supported (1.0 or 1.1 expected)`;
      case 'root-tile':
        return `${uri}: its root tile ${p.file} could not be loaded (${p.detail.slice(0, 120)})`;
    }
  }
  const text = error instanceof Error ? error.message : String(error);
  const status = /status (\d{3})|HTTP (\d{3})|error code (\d{3})/.exec(text);
  const code = status && (status[1] ?? status[2] ?? status[3]);
  if (code === '404') return `${uri}: the file was not found on the server (HTTP 404)`;
  if (code) return `${uri}: the server answered HTTP ${code}`;
  if (error instanceof SyntaxError) return `${uri}: not valid JSON (${text.slice(0, 120)})`;
  return `${uri}: the tiled scan could not be loaded (${text.slice(0, 160)})`;
}

/** The detail of a tile's own load failure, for the 'root-tile' problem: the HTTP status or the error's message. */
export function tileFailureDetail(error: unknown): string {
  if (error instanceof TilesetError && error.problem.kind === 'http') return `HTTP ${error.problem.status}`;
  if (error instanceof TilesetError && error.problem.kind === 'network') return 'the network request failed';
  if (error instanceof TilesetError && error.problem.kind === 'html') return 'the server sent a web page instead of the file';
  return error instanceof Error ? error.message : String(error);
}
