import { applyUpdate } from '../../platform/pwa/update-state.ts';
import { usePwaState } from './use-pwa-state.ts';
import { pwaStrings } from './pwa-strings.ts';
import './update-banner.css';

/**
 * "New version available — Reload". The page keeps running the version it started
 * with until the visitor chooses; "Reload" lets the new version take over and
 * reloads the page with it (platform/pwa/register-sw.ts).
 */
export default function UpdateBanner({ lang }: { lang: string }) {
  const { applying } = usePwaState();
  const s = pwaStrings(lang);
  return (
    <div className="update-banner">
      <span>{s.newVersion}</span>
      <button type="button" onClick={applyUpdate} disabled={applying}>
        {applying ? s.reloading : s.reload}
      </button>
    </div>
  );
}
