import { useId, type KeyboardEvent } from 'react';
import type { LoadedVenue } from '../../core/venue/index.ts';
import { formatBytes } from '../strings.ts';
import { failureText, offlineStrings, progressText, savedDate, sizeText, type OfflineStrings } from './offline-strings.ts';
import { useOnline } from './use-online.ts';
import { useSaveOffline, type OfflineSave } from './use-save-offline.ts';
import { SavedVenueList } from './SavedVenueList.tsx';
import './offline.css';

/**
 * "Save this museum for offline": the size first, then Save (or Update saved
 * copy) with a progress bar and Cancel; what works offline and what needs the
 * network; and the museums saved on this device with the space each takes and
 * Delete. The status line is a polite live region, so progress and results are
 * announced.
 */
export default function OfflinePanel({ id, loaded, lang, onClose }: { id: string; loaded: LoadedVenue; lang: string; onClose: () => void }) {
  const s = offlineStrings(lang);
  const titleId = useId();
  const online = useOnline();
  const offline = useSaveOffline(loaded, online);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <section id={id} className="offline-panel" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <div className="offline-panel__head">
        <h2 id={titleId}>{s.title}</h2>
        <button type="button" className="offline-panel__close" onClick={onClose} aria-label={s.close}>
          ×
        </button>
      </div>
      <p className="offline-intro">{s.intro}</p>
      {!online && (
        <p className="offline-notice" role="alert">
          {s.offlineNow}
        </p>
      )}
      <SaveSection offline={offline} online={online} lang={lang} s={s} />
      <WhatWorksOffline networkOnly={offline.plan.status === 'ready' ? offline.plan.plan.networkOnly.length : 0} s={s} />
      <SavedVenueList saved={offline.saved} space={offline.space} currentId={loaded.venue.id} lang={lang} s={s} onDelete={offline.remove} />
    </section>
  );
}

/** The open venue: its size, Save / Update with progress and Cancel, and how the last save went. */
function SaveSection({ offline, online, lang, s }: { offline: OfflineSave; online: boolean; lang: string; s: OfflineStrings }) {
  const { plan, save, copy } = offline;
  const progressTextId = useId();
  const saving = save.status === 'saving';
  const outcome = save.status === 'finished' ? save.outcome : null;

  let sizeLine: string;
  if (plan.status === 'unavailable') sizeLine = plan.reason === 'unsupported' ? s.unsupported : s.unversioned;
  else if (plan.status === 'measuring') sizeLine = online ? s.measuring : '';
  else if (plan.status === 'failed') sizeLine = s.measureFailed(plan.message);
  else sizeLine = sizeText(plan.plan.knownBytes, plan.plan.files.length, plan.plan.unknownFiles, lang, s);

  const missing = plan.status === 'ready' ? plan.plan.missing[0] : undefined;
  const canSave = online && plan.status === 'ready' && !missing && !saving && copy.state !== 'current';
  let result = '';
  if (outcome?.ok) {
    result = [s.savedNow(formatBytes(outcome.saved.bytes, lang)), save.status === 'finished' && save.persistence ? s.persistence[save.persistence] : '', outcome.replacedVersions > 0 ? s.replaced : ''].filter(Boolean).join(' ');
  } else if (outcome) {
    result = failureText(outcome.failure, lang, s);
  } else if (copy.state === 'current') {
    result = s.savedEarlier(formatBytes(copy.saved.bytes, lang), savedDate(copy.saved.savedAt, lang));
  }

  return (
    <div className="offline-save">
      <p className="offline-size" data-state={plan.status}>
        {sizeLine}
      </p>
      {plan.status === 'ready' && plan.plan.networkOnly.length > 0 && <p className="offline-network-only">{s.networkOnly(plan.plan.networkOnly.length)}</p>}
      {missing && <p className="offline-problem">{failureText({ kind: 'missing', uri: missing.uri }, lang, s)}</p>}
      {copy.state === 'older' && !saving && !outcome?.ok && <p className="offline-update-hint">{s.updateHint}</p>}
      <div className="offline-actions">
        {!saving && !outcome?.ok && copy.state !== 'current' && plan.status !== 'unavailable' && (
          <button type="button" className="offline-primary" disabled={!canSave} onClick={offline.start}>
            {copy.state === 'older' ? s.update : s.save}
          </button>
        )}
        {saving && (
          <button type="button" onClick={offline.cancel} autoFocus>
            {s.cancel}
          </button>
        )}
      </div>
      {(saving || outcome?.ok) && (
        <div className="offline-progress">
          <progress max={100} value={saving ? save.progress.percent : 100} aria-label={s.progressLabel} aria-describedby={progressTextId} />
          <span id={progressTextId} className="offline-progress__text">
            {saving ? progressText(save.progress.loadedBytes, save.progress.expectedBytes, save.progress.percent, lang, s) : outcome?.ok ? progressText(outcome.saved.bytes, outcome.saved.bytes, 100, lang, s) : ''}
          </span>
        </div>
      )}
      <p className="offline-result" role="status" aria-live="polite" data-outcome={outcome ? (outcome.ok ? 'saved' : outcome.failure.kind) : copy.state}>
        {result}
      </p>
    </div>
  );
}

/** What a saved venue can do without the network, and what still needs it. */
function WhatWorksOffline({ networkOnly, s }: { networkOnly: number; s: OfflineStrings }) {
  return (
    <div className="offline-capabilities">
      <h3>{s.worksTitle}</h3>
      <ul>
        {s.works.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{s.needsTitle}</h3>
      <ul>
        {s.needs.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {networkOnly > 0 && <li>{s.needsMedia}</li>}
      </ul>
    </div>
  );
}
