import { useStore } from 'zustand';
import { scanStore } from '../state/scan-store.ts';
import { formatBytes, type Strings } from './strings.ts';

/** Bytes of the building scan loaded so far, and a message when it failed. */
export function ScanProgress({ t, lang }: { t: Strings; lang: string }) {
  const status = useStore(scanStore, (s) => s.status);
  if (status.phase === 'loading') {
    const loaded = formatBytes(status.loadedBytes, lang);
    const total = status.totalBytes ? formatBytes(status.totalBytes, lang) : null;
    return (
      <div className="scan-progress" role="status">
        <label htmlFor="scan-progress-bar">
          {t.loadingScan}: {t.bytes(loaded, total)}
        </label>
        <progress id="scan-progress-bar" max={status.totalBytes ?? undefined} value={status.totalBytes ? status.loadedBytes : undefined} />
      </div>
    );
  }
  if (status.phase === 'error') {
    return (
      <div className="scan-error" role="alert">
        <strong>{t.scanFailed}.</strong> <span>{status.message}</span>
      </div>
    );
  }
  return null;
}
