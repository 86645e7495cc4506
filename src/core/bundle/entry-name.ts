/**
 * Names of zip entries as paths inside a bundle. A zip may name its entries
 * anything, and an unpacker that trusts them can be steered to write outside
 * its folder ("zip slip"): `../../etc/x`, `/etc/x`, `C:\x`. A bundle entry must
 * be a plain relative path made of ordinary segments separated by "/".
 */

/** Longest entry name a bundle accepts (a real one is far shorter). */
const MAX_NAME_LENGTH = 1024;

/** Returns why `name` is not a safe relative bundle path, or `null` when it is. Folder entries end in "/". */
export function entryNameProblem(name: string): string | null {
  if (name === '') return 'has an empty name';
  if (name.length > MAX_NAME_LENGTH) return `has a name longer than ${MAX_NAME_LENGTH} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'has control characters in its name';
  if (name.includes('\\')) return 'uses "\\" in its name; zip paths must use "/" (a backslash can escape the folder on Windows)';
  if (/^[A-Za-z]:/.test(name)) return 'names a drive letter; bundle paths must be relative';
  if (name.startsWith('/')) return 'has an absolute path; bundle paths must be relative';
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.some((s) => s === '..')) return 'contains ".." and would be written outside the bundle folder';
  if (segments.some((s) => s === '' || s === '.')) return 'has an empty or "." path segment';
  return null;
}

/** The name quoted for a message, shortened so a hostile name cannot flood it. */
export function quoteEntry(name: string): string {
  return JSON.stringify(name.length > 120 ? `${name.slice(0, 120)}…` : name);
}
