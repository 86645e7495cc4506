/**
 * Which build of the app this page runs: the deployment sets `VITE_APP_BUILD` when
 * it builds (a release or commit id); 'local' otherwise. The page shows it as
 * `<html data-app-build>`, so a person (or a test) can tell which version a page
 * runs after an update.
 */
export const APP_BUILD: string = (import.meta.env.VITE_APP_BUILD as string | undefined) || 'local';
