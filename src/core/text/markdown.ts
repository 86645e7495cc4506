import { parseInline } from './markdown-inline.ts';

/**
 * The venue format's safe Markdown subset (SCENE-FORMAT.md, "LocalizedText"):
 * paragraphs separated by blank lines, `*emphasis*` / `_emphasis_`, `**strong**`,
 * "- " and "1. " lists, and `[label](url)` links to http, https or mailto.
 *
 * The parser produces a small typed tree, never HTML: a renderer turns it into
 * elements, so text cannot become markup whatever it contains (`<script>` stays the
 * nine characters it is). Venue files are untrusted, so the parser does bounded,
 * roughly linear work on any input: no backtracking regular expressions over the
 * text, no recursion that follows the input's nesting, and a cap on how deeply
 * emphasis may nest (see markdown-inline.ts).
 */

/** Inline content: text and the marks around it. */
export type MarkdownInline =
  | { type: 'text'; text: string }
  | { type: 'emphasis'; children: MarkdownInline[] }
  | { type: 'strong'; children: MarkdownInline[] }
  /** `href` has passed `uriProblem(href, 'link')`: http, https or mailto only. */
  | { type: 'link'; href: string; children: MarkdownInline[] };

/** A block of a Markdown text. */
export type MarkdownBlock =
  | { type: 'paragraph'; children: MarkdownInline[] }
  | { type: 'list'; ordered: false; items: MarkdownInline[][] }
  /** `start` is the first item's number, for `<ol start>`. */
  | { type: 'list'; ordered: true; start: number; items: MarkdownInline[][] };

interface ListItemStart {
  ordered: boolean;
  number: number;
  rest: string;
}

/**
 * Recognises the start of a list item on a trimmed line: "- ", "* " or "+ " for a
 * bullet, "1. " or "1) " (up to nine digits) for a number. A marker must be followed
 * by a space and some text, so "-" or "2019." alone stay text.
 */
function listItemStart(line: string): ListItemStart | null {
  const first = line.charCodeAt(0);
  if ((first === 0x2d || first === 0x2a || first === 0x2b) && (line[1] === ' ' || line[1] === '\t')) {
    const rest = line.slice(2).trim();
    return rest === '' ? null : { ordered: false, number: 0, rest };
  }
  let digits = 0;
  while (digits < line.length && digits <= 9 && line.charCodeAt(digits) >= 0x30 && line.charCodeAt(digits) <= 0x39) digits++;
  if (digits === 0 || digits > 9) return null;
  const mark = line[digits];
  const space = line[digits + 1];
  if ((mark !== '.' && mark !== ')') || (space !== ' ' && space !== '\t')) return null;
  const rest = line.slice(digits + 2).trim();
  return rest === '' ? null : { ordered: true, number: Number(line.slice(0, digits)), rest };
}

type OpenBlock =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; start: number; items: string[][] };

/** Turns the lines gathered for one block into its tree. */
function finishBlock(block: OpenBlock): MarkdownBlock {
  if (block.kind === 'paragraph') return { type: 'paragraph', children: parseInline(block.lines.join('\n')) };
  const items = block.items.map((lines) => parseInline(lines.join('\n')));
  return block.ordered ? { type: 'list', ordered: true, start: block.start, items } : { type: 'list', ordered: false, items };
}

/**
 * Parses a Markdown text of the safe subset into blocks. Anything outside the
 * subset (headings, code, HTML, images, tables) is kept as literal text, so a
 * curator sees what they wrote rather than losing it.
 */
export function parseMarkdown(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let open: OpenBlock | null = null;
  // A blank line inside a list may separate two items of the same list ("loose"
  // list); only a following line that is not an item ends the list.
  let blankSeen = false;
  const flush = (): void => {
    if (open !== null) blocks.push(finishBlock(open));
    open = null;
  };

  for (const raw of markdown.split(/\r\n|\r|\n/)) {
    // Indentation carries no meaning in the subset (no code blocks, no nested lists),
    // and trimming here keeps "two spaces before a newline" from leaking into the text.
    const line = raw.trim();
    if (line === '') {
      if (open?.kind === 'paragraph') flush();
      blankSeen = true;
      continue;
    }
    const item = listItemStart(line);
    const current: OpenBlock | null = open;
    if (item !== null && current?.kind === 'list' && current.ordered === item.ordered) {
      current.items.push([item.rest]);
    } else if (item !== null && (current?.kind !== 'paragraph' || !item.ordered || item.number === 1)) {
      // A bullet may interrupt a paragraph; a number only when it is 1, so that a
      // sentence wrapped before "1889. …" does not turn into a list.
      flush();
      open = { kind: 'list', ordered: item.ordered, start: item.number, items: [[item.rest]] };
    } else if (current?.kind === 'list' && !blankSeen) {
      current.items[current.items.length - 1]!.push(line); // lazy continuation of the item
    } else if (current?.kind === 'paragraph') {
      current.lines.push(line);
    } else {
      flush();
      open = { kind: 'paragraph', lines: [line] };
    }
    blankSeen = false;
  }
  flush();
  return blocks;
}

/** The plain text of inline content, e.g. for a title attribute or a search index. */
export function inlineText(nodes: readonly MarkdownInline[]): string {
  let out = '';
  // Explicit stack: the tree is shallow by construction, but a reader should not
  // have to trust that to know this cannot overflow.
  const stack: MarkdownInline[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out += node.text;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** The plain text of a whole document: blocks separated by blank lines, list items by newlines. */
export function markdownToPlainText(markdown: string): string {
  return parseMarkdown(markdown)
    .map((block) => (block.type === 'paragraph' ? inlineText(block.children) : block.items.map((item) => `- ${inlineText(item)}`).join('\n')))
    .join('\n\n');
}
