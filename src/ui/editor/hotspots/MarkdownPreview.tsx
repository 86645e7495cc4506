import { MarkdownView } from '../../exhibit/MarkdownView.tsx';

/** Props of {@link MarkdownPreview}. */
export interface MarkdownPreviewProps {
  /** The Markdown text as the curator typed it (untrusted: it may come from an imported bundle). */
  text: string;
  /** The language of the text, so a screen reader reads the preview in the right voice. */
  lang?: string;
  /** Labels the preview region. */
  label?: string;
}

/**
 * An exhibit text as visitors will see it, rendered by the visitor app's own safe
 * Markdown renderer: `<script>` stays visible text and a `javascript:` link stays
 * a plain label, exactly as in the exhibit panel, so what the curator checks here
 * is what is published.
 */
export function MarkdownPreview({ text, lang, label = 'Preview' }: MarkdownPreviewProps) {
  return (
    <div className="hotspot-preview" role="region" aria-label={label} lang={lang}>
      {text.trim() === '' ? <p className="hotspot-muted">Nothing to preview yet.</p> : <MarkdownView text={text} newTabNote="(opens in a new tab)" />}
    </div>
  );
}
