/**
 * The link syntax of the safe Markdown subset: `[label](url "title")` destinations
 * and `<scheme:…>` autolinks. Only the syntax: whether a URL is allowed is decided
 * by `uriProblem(url, 'link')` where the link is built (markdown-inline.ts).
 *
 * Each scan stops at the next bracket, "<" or space and after {@link MAX_LINK_SCAN}
 * characters, so scans started at different places never cover the same text twice:
 * a text full of half-written links still costs linear time.
 */

/** Longest link destination (the venue format's URI limit) plus an optional title. */
export const MAX_LINK_SCAN = 2048 + 512;

const isWhitespace = (ch: string): boolean => /\s/u.test(ch);

/** Reads `(url)` or `(url "title")` at `at` (just after the `]`); returns the URL and the end. */
export function linkDestination(text: string, at: number): { href: string; end: number } | null {
  if (text[at] !== '(') return null;
  const limit = Math.min(text.length, at + MAX_LINK_SCAN);
  let i = at + 1;
  while (i < limit && (text[i] === ' ' || text[i] === '\n')) i++;
  let href: string;
  if (text[i] === '<') {
    const start = i + 1;
    while (i < limit && text[i] !== '>' && text[i] !== '<' && text[i] !== '\n' && text[i] !== '[' && text[i] !== ']') i++;
    if (text[i] !== '>') return null;
    href = text.slice(start, i);
    i++;
  } else {
    const start = i;
    let depth = 0;
    for (; i < limit; i++) {
      const ch = text[i]!;
      if (ch === '(') {
        if (++depth > 8) return null;
      } else if (ch === ')') {
        if (depth === 0) break;
        depth--;
      } else if (isWhitespace(ch) || ch === '<' || ch === '[' || ch === ']') break;
    }
    href = text.slice(start, i);
  }
  while (i < limit && (text[i] === ' ' || text[i] === '\n')) i++;
  if (text[i] === '"' && i > at + 1) {
    i++;
    while (i < limit && text[i] !== '"' && text[i] !== '[' && text[i] !== ']') i++;
    if (text[i] !== '"') return null;
    i++;
    while (i < limit && (text[i] === ' ' || text[i] === '\n')) i++;
  }
  return text[i] === ')' ? { href, end: i + 1 } : null;
}

/** Reads an autolink `<scheme:…>` at `at`; returns the URL and the end. */
export function autolink(text: string, at: number): { href: string; end: number } | null {
  const limit = Math.min(text.length, at + MAX_LINK_SCAN);
  let i = at + 1;
  while (i < limit && text[i] !== '>' && text[i] !== '<' && !isWhitespace(text[i]!)) i++;
  if (text[i] !== '>') return null;
  const href = text.slice(at + 1, i);
  return /^[a-zA-Z][a-zA-Z0-9+.-]{1,31}:/.test(href) ? { href, end: i + 1 } : null;
}
