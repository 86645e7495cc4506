import { formatProblem, type Problem } from './problems.ts';
import { parseVenueText } from './parse.ts';
import { resolveBundleUri, type UriRole } from './uri.ts';
import { venueIdSchema, type Venue } from './schema.ts';
import { LIMITS } from './limits.ts';
import { resolveVersionedUri, venueVersion } from './version.ts';

/**
 * Loading a venue bundle from wherever it lives. The core does no I/O of its own
 * choosing: a {@link VenueSource} reads the bundle's files (over HTTP in the
 * browser, from disk in Node tools), and the loader validates and resolves URIs.
 */
export interface VenueSource {
  /** Where the bundle lives, for messages: a URL or a folder path. */
  readonly location: string;
  /** The base URL that relative bundle URIs resolve against; ends with "/". */
  readonly baseUrl: string;
  /** Reads a file of the bundle as text; rejects with a readable message when it cannot. */
  readText(relativePath: string): Promise<string>;
}

/** A venue that loaded, with its warnings and the means to find its files. */
export interface LoadedVenue {
  venue: Venue;
  warnings: Problem[];
  /**
   * The venue's version: a hash of its scene.json text (see version.ts); '' when
   * unknown. Carried as `?v=` in the URLs of the bundle's own files.
   */
  version: string;
  /**
   * Resolves a URI of the venue (scan, media) to an absolute URL; a file of the
   * bundle itself gets `?v=<version>`, so a new scene.json never meets an old scan.
   */
  resolve(uri: string, role?: UriRole): string;
  migratedFrom?: number;
}

/** Thrown by a {@link VenueSource} when the file does not exist (as opposed to being unreadable). */
export class BundleFileNotFound extends Error {
  override name = 'BundleFileNotFound';
}

/** Thrown when a venue cannot be opened; carries every problem found. */
export class VenueLoadError extends Error {
  constructor(
    readonly location: string,
    readonly problems: Problem[],
    /** True when there is no venue at all at that place (no scene.json), rather than a broken one. */
    readonly notFound = false,
  ) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(`${location}: ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}\n${errors.map(formatProblem).join('\n')}`);
    this.name = 'VenueLoadError';
  }
}

/** Reads `scene.json` from the source, validates it, and returns the venue or throws {@link VenueLoadError}. */
export async function loadVenue(source: VenueSource, options: { expectedId?: string } = {}): Promise<LoadedVenue> {
  const text = await readSceneText(source);
  const result = parseVenueText(text, options);
  if (!result.venue) throw new VenueLoadError(source.location, result.problems);
  return toLoadedVenue(result.venue, result.problems, source.baseUrl, result.migratedFrom, venueVersion(text));
}

/** Reads a bundle's scene.json, or throws a {@link VenueLoadError} that says why it cannot. */
export async function readSceneText(source: VenueSource): Promise<string> {
  try {
    return await source.readText('scene.json');
  } catch (error) {
    throw new VenueLoadError(
      source.location,
      [{ path: '', message: `cannot read scene.json: ${error instanceof Error ? error.message : String(error)}`, severity: 'error' }],
      error instanceof BundleFileNotFound,
    );
  }
}

/**
 * A validated venue with the means to find its files (used again where validation
 * ran elsewhere, e.g. in a worker). `version` is `venueVersion` of the scene.json
 * text the venue came from; without it URLs carry no version.
 */
export function toLoadedVenue(venue: Venue, warnings: Problem[], baseUrl: string, migratedFrom?: number, version = ''): LoadedVenue {
  return {
    venue,
    warnings,
    version,
    resolve: (uri, role = 'bundle') => resolveVersionedUri(baseUrl, uri, version, role),
    ...(migratedFrom !== undefined && { migratedFrom }),
  };
}

/** Checks a venue id from an untrusted place (a URL) before it is used to build a path. */
export function isValidVenueId(id: string): boolean {
  return venueIdSchema.safeParse(id).success;
}

/**
 * A source that fetches the bundle over HTTP, relative to `baseUrl` (which must end
 * in "/"). Uses the global `fetch` of the browser or Node.
 */
export function httpVenueSource(baseUrl: string, fetchImpl: typeof fetch = fetch): VenueSource {
  return {
    location: baseUrl,
    baseUrl,
    async readText(relativePath) {
      const url = resolveBundleUri(baseUrl, relativePath);
      let response: Response;
      try {
        response = await fetchImpl(url);
      } catch {
        throw new Error(`the network request for ${relativePath} failed`);
      }
      if (response.status === 404) throw new BundleFileNotFound(`${relativePath} answered HTTP 404 (not found)`);
      if (!response.ok) throw new Error(`${relativePath} answered HTTP ${response.status}`);
      // Static hosts with a single-page fallback answer a missing file with the app's own page.
      if (/text\/html/i.test(response.headers.get('content-type') ?? '')) {
        throw new BundleFileNotFound(`${relativePath} was not found (the server answered with a web page)`);
      }
      const length = Number(response.headers.get('content-length') ?? 0);
      if (length > LIMITS.sceneBytes) throw new Error(`${relativePath} is too large (${length} bytes; at most ${LIMITS.sceneBytes})`);
      return response.text();
    },
  };
}
