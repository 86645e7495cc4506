import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BundleFileNotFound, LIMITS, uriProblem, type VenueSource } from '../../src/core/venue/index.ts';

/** A {@link VenueSource} that reads a bundle folder from disk, for the Node tools. */
export function fsVenueSource(dir: string): VenueSource {
  const root = resolve(dir);
  return {
    location: dir,
    baseUrl: pathToFileURL(root + '/').href,
    async readText(relativePath) {
      const problem = uriProblem(relativePath, 'bundle');
      if (problem !== null) throw new Error(`${relativePath} ${problem}`);
      const file = join(root, relativePath);
      const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT' ? new BundleFileNotFound(`${file} does not exist`, { cause: error }) : error;
      });
      if (info.isDirectory()) throw new Error(`${relativePath} is a folder, not a file`);
      const size = info.size;
      if (size > LIMITS.sceneBytes) throw new Error(`${relativePath} is too large (${size} bytes; at most ${LIMITS.sceneBytes})`);
      return readFile(file, 'utf8');
    },
  };
}

/** True when a relative bundle path names an existing file inside `dir`. */
export async function bundleFileExists(dir: string, relativePath: string): Promise<boolean> {
  try {
    return (await stat(join(resolve(dir), decodeURIComponent(relativePath.split(/[?#]/, 1)[0] ?? '')))).isFile();
  } catch {
    return false;
  }
}
