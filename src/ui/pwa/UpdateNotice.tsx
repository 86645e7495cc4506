import { lazy, Suspense } from 'react';
import { usePwaState } from './use-pwa-state.ts';

/** The banner itself: its own small chunk, fetched only when a new version is waiting. */
const UpdateBanner = lazy(() => import('./UpdateBanner.tsx'));

/**
 * Where "New version available — Reload" appears. The live region is there from
 * the start (empty), so screen readers announce the banner when it fills in.
 * Nothing shows on the first installation: only a version that waits to replace
 * the running one is an update.
 */
export function UpdateNotice({ lang }: { lang: string }) {
  const { updateWaiting } = usePwaState();
  return (
    <div className="update-notice" role="status">
      {updateWaiting && (
        <Suspense fallback={null}>
          <UpdateBanner lang={lang} />
        </Suspense>
      )}
    </div>
  );
}
