import { uriProblem } from '../venue/uri.ts';
import type { MarkdownInline } from './markdown.ts';
import { autolink, linkDestination } from './markdown-link-syntax.ts';

/**
 * Inline Markdown of the safe subset: `*em*`, `_em_`, `**strong**`, `[label](url)`,
 * `<https://…>` autolinks and backslash escapes. Everything else is text.
 *
 * The algorithm is CommonMark's delimiter stack, reduced to what the subset needs
 * and arranged so hostile input costs linear time:
 * - children are singly linked lists, so folding an unclosed opener back into text
 *   is O(1) instead of copying its content into the level below (which is
 *   quadratic for a megabyte of "[" or "*a ");
 * - the nearest opener for a closer comes from a per-character stack, never from
 *   walking the whole stack;
 * - link destinations are scanned only after a `](` with an open `[`, stop at the
 *   next bracket or space, and are capped in length, so the scans do not overlap;
 * - at most {@link MAX_OPEN_EMPHASIS} emphasis openers are open at once, which bounds
 *   the depth of the tree (renderers recurse over it).
 */

/** More open emphasis than this is kept as literal text; real texts nest two or three deep. */
const MAX_OPEN_EMPHASIS = 16;

type Draft =
  | { type: 'text'; text: string }
  | { type: 'emphasis' | 'strong'; children: Chain }
  | { type: 'link'; href: string; children: Chain };

interface Cell {
  node: Draft;
  next: Cell | null;
}

/** A singly linked list with a tail pointer: O(1) append and O(1) concatenation. */
interface Chain {
  head: Cell | null;
  tail: Cell | null;
}

const emptyChain = (): Chain => ({ head: null, tail: null });

function append(chain: Chain, node: Draft): void {
  const cell: Cell = { node, next: null };
  if (chain.tail === null) chain.head = cell;
  else chain.tail.next = cell;
  chain.tail = cell;
}

/** Appends text, growing the last text node when there is one (fewer nodes for runs of literal markers). */
function appendText(chain: Chain, text: string): void {
  const last = chain.tail?.node;
  if (last?.type === 'text') last.text += text;
  else append(chain, { type: 'text', text });
}

function concat(into: Chain, from: Chain): void {
  if (from.head === null) return;
  if (into.tail === null) into.head = from.head;
  else into.tail.next = from.head;
  into.tail = from.tail;
}

/** An open element: the root, an emphasis opener run, or a `[`. Its chain holds what came after it. */
interface Frame {
  kind: 'root' | 'emphasis' | 'bracket';
  /** `*` or `_` for emphasis; `[` for a bracket. */
  char: string;
  /** Delimiter characters not yet matched. */
  count: number;
  seq: number;
  children: Chain;
}

const isWhitespace = (ch: string): boolean => ch === '' || /\s/u.test(ch);
const isPunctuation = (ch: string): boolean => /[\p{P}\p{S}]/u.test(ch);
const ESCAPABLE = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const SPECIAL = new Set(['*', '_', '[', ']', '\\', '<']);

/** Converts a draft chain into the public tree, merging neighbouring texts. */
function finish(chain: Chain): MarkdownInline[] {
  const out: MarkdownInline[] = [];
  let text: string[] = [];
  const flushText = (): void => {
    if (text.length > 0) out.push({ type: 'text', text: text.join('') });
    text = [];
  };
  for (let cell = chain.head; cell !== null; cell = cell.next) {
    const node = cell.node;
    if (node.type === 'text') {
      if (node.text !== '') text.push(node.text);
      continue;
    }
    flushText();
    // Recursion here follows nodes made by matched openers, whose depth is bounded by MAX_OPEN_EMPHASIS.
    out.push(node.type === 'link' ? { type: 'link', href: node.href, children: finish(node.children) } : { type: node.type, children: finish(node.children) });
  }
  flushText();
  return out;
}

/** Parses one block's inline text (lines joined by "\n", which becomes a space). */
export function parseInline(source: string): MarkdownInline[] {
  const text = source;
  let seq = 0;
  const frames: Frame[] = [{ kind: 'root', char: '', count: 0, seq: seq++, children: emptyChain() }];
  const openers: Record<string, Frame[]> = { '*': [], _: [] };
  /** Brackets that can still become a link; older ones sit deeper. */
  const brackets: Frame[] = [];
  const top = (): Frame => frames[frames.length - 1]!;
  const emitText = (s: string): void => appendText(top().children, s);

  /** Folds every frame above `target` back into literal text, in O(1) per frame. */
  const collapseAbove = (target: Frame): void => {
    while (top() !== target) {
      const frame = frames.pop()!;
      if (frame.kind === 'emphasis') openers[frame.char]!.pop();
      else if (brackets[brackets.length - 1] === frame) brackets.pop();
      const below = top();
      appendText(below.children, frame.kind === 'bracket' ? '[' : frame.char.repeat(frame.count));
      concat(below.children, frame.children);
    }
  };
  const openCount = (): number => openers['*']!.length + openers['_']!.length;

  const lastLinkClose = text.lastIndexOf('](');
  const lastAngleClose = text.lastIndexOf('>');
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (!SPECIAL.has(ch)) {
      let j = i + 1;
      while (j < text.length && !SPECIAL.has(text[j]!)) j++;
      emitText(text.slice(i, j).replaceAll('\n', ' '));
      i = j;
      continue;
    }
    if (ch === '\\') {
      const next = text[i + 1];
      if (next !== undefined && ESCAPABLE.includes(next)) {
        emitText(next);
        i += 2;
      } else {
        emitText('\\');
        i++;
      }
      continue;
    }
    if (ch === '<') {
      const link = i < lastAngleClose ? autolink(text, i) : null;
      if (link !== null && uriProblem(link.href, 'link') === null) {
        const children = emptyChain();
        append(children, { type: 'text', text: link.href.replace(/^mailto:/i, '') });
        append(top().children, { type: 'link', href: link.href, children });
        i = link.end;
      } else {
        emitText('<');
        i++;
      }
      continue;
    }
    if (ch === '[') {
      if (i > lastLinkClose) {
        // No "](" follows: this cannot open a link, so it need not cost a frame.
        emitText('[');
        i++;
        continue;
      }
      const frame: Frame = { kind: 'bracket', char: '[', count: 1, seq: seq++, children: emptyChain() };
      frames.push(frame);
      brackets.push(frame);
      i++;
      continue;
    }
    if (ch === ']') {
      const opener = brackets[brackets.length - 1];
      const dest = opener ? linkDestination(text, i + 1) : null;
      if (opener === undefined || dest === null) {
        // No link here: this "[" can no longer open one (CommonMark does the same).
        // It stays a frame until something folds it into text.
        if (opener !== undefined) brackets.pop();
        emitText(']');
        i++;
        continue;
      }
      collapseAbove(opener);
      frames.pop();
      brackets.pop();
      const below = top();
      if (uriProblem(dest.href, 'link') === null) {
        append(below.children, { type: 'link', href: dest.href, children: opener.children });
        // Links do not nest: older brackets can no longer open one.
        brackets.length = 0;
      } else {
        concat(below.children, opener.children); // a refused URL: the label stays, as plain text
      }
      i = dest.end;
      continue;
    }

    // An emphasis delimiter run of `*` or `_`.
    let j = i + 1;
    while (j < text.length && text[j] === ch) j++;
    let count = j - i;
    const before = i > 0 ? text[i - 1]! : '';
    const after = j < text.length ? text[j]! : '';
    const leftFlanking = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
    const rightFlanking = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
    // `_` does not work inside words (snake_case_names stay as they are); `*` does.
    const canOpen = count <= 3 && (ch === '*' ? leftFlanking : leftFlanking && (!rightFlanking || isPunctuation(before)));
    const canClose = count <= 3 && (ch === '*' ? rightFlanking : rightFlanking && (!leftFlanking || isPunctuation(after)));
    i = j;

    if (canClose) {
      const stack = openers[ch]!;
      const fence = brackets[brackets.length - 1]?.seq ?? -1;
      while (count > 0) {
        const opener = stack[stack.length - 1];
        // Emphasis cannot reach out of a link label that is still open.
        if (opener === undefined || opener.seq < fence) break;
        collapseAbove(opener);
        const use = opener.count >= 2 && count >= 2 ? 2 : 1;
        const node: Draft = { type: use === 2 ? 'strong' : 'emphasis', children: opener.children };
        opener.children = emptyChain();
        append(opener.children, node);
        opener.count -= use;
        count -= use;
        if (opener.count === 0) {
          frames.pop();
          stack.pop();
          concat(top().children, opener.children);
        }
      }
    }
    if (count > 0) {
      if (canOpen && openCount() < MAX_OPEN_EMPHASIS) {
        const frame: Frame = { kind: 'emphasis', char: ch, count, seq: seq++, children: emptyChain() };
        frames.push(frame);
        openers[ch]!.push(frame);
      } else {
        emitText(ch.repeat(count));
      }
    }
  }
  collapseAbove(frames[0]!);
  return finish(frames[0]!.children);
}
