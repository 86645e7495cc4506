import { useMemo, type ReactNode } from 'react';
import { parseMarkdown, type MarkdownBlock, type MarkdownInline } from '../../core/text/markdown.ts';

/**
 * Renders a venue's Markdown text (the safe subset) as React elements. Text only
 * ever becomes text nodes, which React escapes; there is no HTML string anywhere
 * on this path, so no `dangerouslySetInnerHTML`. Link targets were checked by the
 * parser (http, https, mailto), and open in a new tab without handing the new page
 * a reference back to this one.
 */

function renderInline(nodes: readonly MarkdownInline[], newTabNote: string): ReactNode[] {
  // Recursion follows the tree's depth, which the parser bounds (a few dozen at most).
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'emphasis':
        return <em key={i}>{renderInline(node.children, newTabNote)}</em>;
      case 'strong':
        return <strong key={i}>{renderInline(node.children, newTabNote)}</strong>;
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderInline(node.children, newTabNote)}
            <span className="visually-hidden"> {newTabNote}</span>
          </a>
        );
    }
  });
}

function renderBlock(block: MarkdownBlock, key: number, newTabNote: string): ReactNode {
  if (block.type === 'paragraph') return <p key={key}>{renderInline(block.children, newTabNote)}</p>;
  const items = block.items.map((item, i) => <li key={i}>{renderInline(item, newTabNote)}</li>);
  if (!block.ordered) return <ul key={key}>{items}</ul>;
  return (
    <ol key={key} start={block.start === 1 ? undefined : block.start}>
      {items}
    </ol>
  );
}

/** A Markdown text as paragraphs and lists. `newTabNote` is read after each link by screen readers. */
export function MarkdownView({ text, newTabNote }: { text: string; newTabNote: string }) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return <>{blocks.map((block, i) => renderBlock(block, i, newTabNote))}</>;
}
