import { useState } from 'react';
import type { Strings } from './strings.ts';

/**
 * Copies the link to exactly this view. Where the clipboard is not available (an
 * insecure origin, a denied permission) it shows the link in a field to copy by hand.
 */
export function ShareButton({ t }: { t: Strings }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const share = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
      setTimeout(() => setState('idle'), 2500);
    } catch {
      setState('manual');
    }
  };
  return (
    <div className="share">
      <button type="button" onClick={() => void share()}>
        {t.share}
      </button>
      <span role="status" className="share-status">
        {state === 'copied' ? t.linkCopied : ''}
      </span>
      {state === 'manual' && (
        <label className="share-manual">
          {t.copyThisLink} <input readOnly value={window.location.href} onFocus={(e) => e.currentTarget.select()} autoFocus />
        </label>
      )}
    </div>
  );
}
