import type { LinkNotice } from '../core/url/view-link.ts';
import type { Strings } from './strings.ts';

/** Describes an ignored part of a link without echoing more than a short, escaped piece of it. */
export function describeNotice(n: LinkNotice): string {
  const value = n.value.length > 40 ? `${n.value.slice(0, 40)}…` : n.value;
  switch (n.kind) {
    case 'unknown-id':
      return `${n.param} "${value}"`;
    case 'bad-value':
      return `${n.param}=${value}`;
    case 'camera-outside':
      return `cam=${value}`;
    case 'bad-step':
      return `step=${value}`;
    case 'unknown-language':
      return `lang=${value}`;
  }
}

/** Says which parts of the link the app could not use, so a visitor knows why the view differs. */
export function LinkNotices({ notices, t, onDismiss }: { notices: LinkNotice[]; t: Strings; onDismiss: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="link-notice" role="status">
      <span>
        <strong>{t.notice}:</strong> {t.linkNotice(notices.map(describeNotice).join(', '))}
      </span>
      <button type="button" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
