/**
 * Writes calibrated radio values into the text of a scene.json without touching
 * anything else: the file is reviewed and diffed by people, and hand-written
 * bundles keep short arrays and objects on one line, which a parse-and-stringify
 * round trip would undo. So only the values of `txPower` and `pathLossExponent`
 * of the beacons concerned change; a missing field is added after the beacon's
 * last field, in the layout the beacon already has (one line, or one field per line).
 *
 * The text must be valid JSON (callers parse it first); the scanner below relies on it.
 */

/** New radio values for one beacon. */
export interface BeaconRadioValues {
  readonly txPower: number;
  readonly pathLossExponent: number;
}

interface Member {
  readonly key: string;
  /** Where the member starts (its key's opening quote) and where the text before it starts (after the `{` or `,`). */
  readonly keyStart: number;
  readonly leadStart: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t';

function skipSpace(text: string, i: number): number {
  while (isSpace(text[i])) i++;
  return i;
}

function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  throw new Error('unterminated string in scene.json');
}

/** The index just after the JSON value starting at `i`. */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text[j];
      if (d === '"') j = skipString(text, j) - 1;
      else if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    throw new Error('unbalanced brackets in scene.json');
  }
  let j = i;
  while (j < text.length && !isSpace(text[j]) && text[j] !== ',' && text[j] !== '}' && text[j] !== ']') j++;
  return j;
}

/** The members of the object whose `{` is at `start`. */
function objectMembers(text: string, start: number): Member[] {
  const members: Member[] = [];
  let i = start + 1;
  for (;;) {
    const leadStart = i;
    i = skipSpace(text, i);
    if (text[i] === '}') return members;
    const keyStart = i;
    i = skipString(text, i);
    const key = JSON.parse(text.slice(keyStart, i)) as string;
    i = skipSpace(text, i);
    if (text[i] !== ':') throw new Error('expected ":" in scene.json');
    const valueStart = skipSpace(text, i + 1);
    const valueEnd = skipValue(text, valueStart);
    members.push({ key, keyStart, leadStart, valueStart, valueEnd });
    i = skipSpace(text, valueEnd);
    if (text[i] === ',') i++;
    else if (text[i] === '}') return members;
    else throw new Error('expected "," or "}" in scene.json');
  }
}

/** Start indices of the items of the array whose `[` is at `start`. */
function arrayItems(text: string, start: number): number[] {
  const items: number[] = [];
  let i = skipSpace(text, start + 1);
  if (text[i] === ']') return items;
  for (;;) {
    items.push(i);
    i = skipSpace(text, skipValue(text, i));
    if (text[i] === ']') return items;
    if (text[i] !== ',') throw new Error('expected "," or "]" in scene.json');
    i = skipSpace(text, i + 1);
  }
}

/**
 * Returns `sceneText` with the radio values of the beacons in `values` replaced
 * (or added); beacons not in `values` and everything else stay byte for byte.
 * Throws when the text is not a JSON object.
 */
export function withBeaconRadioValues(sceneText: string, values: ReadonlyMap<string, BeaconRadioValues>): string {
  const root = skipSpace(sceneText, 0);
  if (sceneText[root] !== '{') throw new Error('scene.json is not a JSON object');
  const beacons = objectMembers(sceneText, root).find((m) => m.key === 'beacons');
  if (!beacons || sceneText[beacons.valueStart] !== '[') return sceneText;

  const edits: { at: number; remove: number; insert: string }[] = [];
  for (const itemStart of arrayItems(sceneText, beacons.valueStart)) {
    if (sceneText[itemStart] !== '{') continue;
    const members = objectMembers(sceneText, itemStart);
    const idMember = members.find((m) => m.key === 'id');
    if (!idMember) continue;
    const id: unknown = JSON.parse(sceneText.slice(idMember.valueStart, idMember.valueEnd));
    const update = typeof id === 'string' ? values.get(id) : undefined;
    if (!update || members.length === 0) continue;
    const last = members[members.length - 1]!;
    // The text between the separator and a field: a newline and indent, or a single space.
    const lead = sceneText.slice(last.leadStart, last.keyStart);
    const separator = lead.includes('\n') ? `,${lead}` : ', ';
    let added = '';
    for (const [key, value] of [['txPower', update.txPower], ['pathLossExponent', update.pathLossExponent]] as const) {
      const existing = members.find((m) => m.key === key);
      const valueText = JSON.stringify(value);
      if (existing) edits.push({ at: existing.valueStart, remove: existing.valueEnd - existing.valueStart, insert: valueText });
      else added += `${separator}${JSON.stringify(key)}: ${valueText}`;
    }
    if (added !== '') edits.push({ at: last.valueEnd, remove: 0, insert: added });
  }
  // Apply from the end so earlier offsets stay valid.
  edits.sort((a, b) => b.at - a.at);
  let out = sceneText;
  for (const e of edits) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return out;
}
