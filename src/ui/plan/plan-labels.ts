import type { PlanPoint, PlanPolygon } from '../../core/geometry/types.ts';
import { boxFits } from '../../core/geometry/plan-view.ts';
import { poleOfInaccessibility } from '../../core/geometry/pole.ts';

/**
 * Laying out a room's name on the floor plan: which wording, on how many lines, at
 * what size, where. Pure (no DOM): text width is estimated from character classes
 * rather than measured, since the plan is also rendered on the server side in tests
 * and a layout pass through the DOM would cost a reflow per room.
 */

/** A room name as it will be drawn: lines centred on `at` (plan metres). */
export interface PlacedLabel {
  lines: string[];
  at: PlanPoint;
  /** Font size in SVG units. */
  fontSize: number;
}

export interface LabelOptions {
  /** SVG units per metre (the plan frame's scale). */
  scale: number;
  /** Preferred font size in SVG units. */
  fontSize: number;
  /**
   * `fit`: drop the label when no wording fits (the mini-map, where a clipped name is
   * noise). `always`: shrink to `minFontSize` and finally truncate (the full plan).
   */
  mode: 'fit' | 'always';
  /** Smallest font size `always` may shrink to; defaults to 80 % of `fontSize`. */
  minFontSize?: number;
  /** Obstacles in the room, kept clear of when there is space. */
  holes?: readonly PlanPolygon[];
}

/** Line height and side margin, in ems: the box a label must fit includes a little air. */
const LINE_HEIGHT = 1.2;
const MARGIN_EM = 0.35;

/** Approximate advance widths (em) of a humanist sans-serif, by character class. */
function charWidth(ch: string): number {
  if (/[ijl|!.,:;'’‘`]/.test(ch)) return 0.27;
  if (/[ftrI()[\]\s-]/.test(ch)) return 0.35;
  if (/[mwMW]/.test(ch)) return 0.86;
  if (/[A-ZÄÖÜ]/.test(ch)) return 0.67;
  if (/[0-9]/.test(ch)) return 0.56;
  return 0.54;
}

/**
 * The class widths above fit Segoe UI, Roboto and San Francisco; DejaVu Sans (the
 * usual Linux fallback for system-ui, and the widest of them) measured in Chromium
 * up to 15 % wider at weight 400–500. Erring wide only costs a wrap or a shorter name.
 */
const WIDEST_FONT_FACTOR = 1.1;

/** Estimated width of `text` in SVG units at `fontSize` (regular or medium weight). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * WIDEST_FONT_FACTOR;
}

/** The name without parenthesised parts: "Toiletten (Erdgeschoss)" → "Toiletten" (the floor is already chosen). */
export function shortName(name: string): string {
  const short = name.replace(/\s*[([][^)\]]*[)\]]/g, '').replace(/\s+/g, ' ').trim();
  return short.length > 0 ? short : name.trim();
}

/** Splits `text` at spaces into at most `maxLines` lines of balanced width. */
export function wrapText(text: string, maxLines: number, fontSize = 1): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= 1 || maxLines <= 1) return [text];
  if (maxLines === 2) {
    let best: string[] = [text];
    let bestWidth = Infinity;
    for (let i = 1; i < words.length; i++) {
      const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
      const width = Math.max(...lines.map((l) => estimateTextWidth(l, fontSize)));
      if (width < bestWidth) [best, bestWidth] = [lines, width];
    }
    return best;
  }
  // More lines: greedy fill to an even share of the total width.
  const target = estimateTextWidth(text, fontSize) / maxLines;
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, fontSize) > target * 1.15 && lines.length < maxLines - 1) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/** Wordings to try, best first: the whole name, then wrapped, then without the parenthesis. */
export function labelCandidates(name: string): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  const add = (lines: string[]) => {
    const key = lines.join('\n');
    if (seen.has(key)) return;
    seen.add(key);
    out.push(lines);
  };
  const short = shortName(name);
  add([name.trim()]);
  add(wrapText(name.trim(), 2));
  add([short]);
  add(wrapText(short, 2));
  add(wrapText(short, 3));
  return out;
}

/** Half extents in metres of the box `lines` need at `fontSize`. */
function halfExtents(lines: readonly string[], fontSize: number, scale: number): [number, number] {
  const width = Math.max(...lines.map((l) => estimateTextWidth(l, fontSize))) + 2 * MARGIN_EM * fontSize;
  const height = (lines.length * LINE_HEIGHT + MARGIN_EM) * fontSize;
  return [width / 2 / scale, height / 2 / scale];
}

/** Cuts `text` with an ellipsis to at most `width` SVG units at `fontSize` (at least one character). */
export function truncateToWidth(text: string, width: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  let n = chars.length;
  while (n > 1 && estimateTextWidth(chars.slice(0, n).join('').trimEnd() + '…', fontSize) > width) n--;
  return chars.slice(0, n).join('').trimEnd() + '…';
}

/**
 * Lays out a room's name: the first wording (see {@link labelCandidates}) whose box
 * fits inside the room — clear of the obstacles if any wording can be (at the pole of
 * inaccessibility, else at the pole away from the obstacles), only then lying over
 * them (it has a halo). `null` in `fit` mode when nothing fits.
 */
export function placeRoomLabel(name: string, outline: PlanPolygon, options: LabelOptions): PlacedLabel | null {
  const holes = options.holes ?? [];
  const free = poleOfInaccessibility(outline);
  if (free.distance <= 0) return null;
  // A shorter name clear of the furniture reads better than the full one across it.
  const phases: { at: PlanPoint; holes: readonly PlanPolygon[] }[][] = [[{ at: free.point, holes }]];
  if (holes.length > 0) {
    const clear = poleOfInaccessibility(outline, { holes });
    if (clear.distance > 0) {
      // The pole is one point of what is often a ridge (a strip beside a staircase has
      // equal clearance along its length): also try it lined up with the room's centre.
      phases[0]!.push({ at: clear.point, holes }, { at: [free.point[0], clear.point[1]], holes }, { at: [clear.point[0], free.point[1]], holes });
    }
    phases.push([{ at: free.point, holes: [] }]);
  }

  const candidates = labelCandidates(name);
  const minFont = options.mode === 'always' ? (options.minFontSize ?? options.fontSize * 0.8) : options.fontSize;
  const sizes = minFont < options.fontSize ? [options.fontSize, minFont] : [options.fontSize];
  for (const fontSize of sizes) {
    for (const [phase, spots] of phases.entries()) {
      for (const lines of candidates) {
        // Squeezing a name onto three lines beside a bench is worse than writing it across.
        if (phase === 0 && phases.length > 1 && lines.length > 2) continue;
        const [hw, hd] = halfExtents(lines, fontSize, options.scale);
        for (const spot of spots) {
          if (boxFits(outline, spot.at, hw, hd, spot.holes)) return { lines, at: spot.at, fontSize };
        }
      }
    }
  }
  if (options.mode === 'fit') return null;

  // Nothing fits: one line, as wide as the room allows at the pole, cut with an ellipsis.
  const hd = halfExtents(['x'], minFont, options.scale)[1];
  let lo = 0, hi = Math.max(free.distance * 4, 1);
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (boxFits(outline, free.point, mid, Math.min(hd, free.distance * 0.99))) lo = mid;
    else hi = mid;
  }
  const width = 2 * lo * options.scale - 2 * MARGIN_EM * minFont;
  return { lines: [truncateToWidth(shortName(name), width, minFont)], at: free.point, fontSize: minFont };
}
