import type { SpokenDistance } from './distance.ts';
import type { Side, TurnKind } from './turns.ts';

/**
 * Every word the instruction writer says, in every language it speaks, in one
 * place. `PHRASES` is checked against `Record<InstructionLanguage, Phrases>`, and
 * the per-kind tables against `Record<…Kind, string>`, so a language or a kind
 * without its words fails the typecheck instead of speaking English by accident.
 *
 * Walking steps are telegraphic ("Links in Saal 3, dann 20 m geradeaus"), as
 * spoken guidance is; floor changes and the arrival are whole sentences.
 */

/** The languages instructions are written in. */
export const INSTRUCTION_LANGUAGES = ['de', 'en'] as const;
export type InstructionLanguage = (typeof INSTRUCTION_LANGUAGES)[number];

/** How a route changes floor. */
export type TransportKind = 'stairs' | 'elevator' | 'escalator' | 'ramp' | 'other';

/** A floor to name: by the venue's own name, or by its level when the venue names none (0 = ground floor). */
export type FloorRef = { readonly name: string } | { readonly level: number };

/** What a walking step says, already resolved to visitor-language names. */
export interface WalkWords {
  readonly distance: SpokenDistance;
  /** The room entered right at the manoeuvre (a door at the turn), if any. */
  readonly into: string | null;
  /** The rooms walked through, in order (after the one entered at the manoeuvre, if any). */
  readonly through: readonly string[];
  /** A room entered further along the step. */
  readonly until: string | null;
  /** The step ends at stairs, an elevator, …, taken in the next step. */
  readonly toTransport: TransportKind | null;
  /** An exhibit passed on the way (title). */
  readonly landmark: string | null;
}

/** The words of one language. */
export interface Phrases {
  /** The first walk of the route. */
  start(w: WalkWords): string;
  /** A walk that continues after a floor change. */
  straight(w: WalkWords): string;
  /** A turn, then a walk. */
  turn(kind: Exclude<TurnKind, 'straight'>, w: WalkWords): string;
  /** Going to another floor. `direction` is 'level' when the floors are at the same height. */
  floorChange(transport: TransportKind, direction: 'up' | 'down' | 'level', floor: FloorRef): string;
  /** The destination is reached; `place` is null when it has no name. */
  arrive(place: string | null, side: Side | null): string;
  /** Quotes the title of an exhibit. */
  quote(title: string): string;
}

/** "A", "A and B", "A, B and C" with the language's word for "and". */
const listOf = (items: readonly string[], and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]!}`;
const joinParts = (...parts: (string | false | null | undefined)[]): string => parts.filter((p): p is string => typeof p === 'string' && p !== '').join('');
const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

// ——— English ———

const EN_TURN: Record<Exclude<TurnKind, 'straight'>, string> = {
  'turn-left': 'Turn left',
  'turn-right': 'Turn right',
  'slight-left': 'Bear left',
  'slight-right': 'Bear right',
  'u-turn': 'Turn around',
};
const EN_TRANSPORT: Record<TransportKind, string> = { stairs: 'the stairs', elevator: 'the elevator', escalator: 'the escalator', ramp: 'the ramp', other: 'the way' };
const EN_ORDINAL_SUFFIX = (n: number): string => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
};

/** "the first floor" for names that are floor words, "Level 2" as it stands. */
function enFloor(floor: FloorRef): string {
  if ('level' in floor) {
    if (floor.level === 0) return 'the ground floor';
    if (floor.level > 0) return `the ${EN_ORDINAL_SUFFIX(floor.level)} floor`;
    return floor.level === -1 ? 'the basement' : `the ${EN_ORDINAL_SUFFIX(-floor.level)} basement`;
  }
  return /^[a-z0-9 ]*\b(floor|basement|mezzanine|attic)$/i.test(floor.name) ? `the ${floor.name.toLowerCase()}` : floor.name;
}

function enWalkTail(w: WalkWords): string {
  return joinParts(
    w.through.length > 0 && ` through ${listOf(w.through, 'and')}`,
    w.toTransport ? ` to ${EN_TRANSPORT[w.toTransport]}` : w.until && ` into ${w.until}`,
    w.landmark && `, past ${w.landmark}`,
  );
}
const enDistance = (d: SpokenDistance, verb: 'go' | 'walk'): string => (d.fewSteps ? 'a few steps' : `${verb === 'go' ? 'for ' : ''}${d.metres} m`);

const en: Phrases = {
  start: (w) => sentence(`walk ${enDistance(w.distance, 'walk')}${enWalkTail(w)}`),
  straight: (w) => sentence(`then walk ${enDistance(w.distance, 'walk')}${enWalkTail(w)}`),
  turn: (kind, w) => {
    const into = kind !== 'u-turn' && w.into ? ` into ${w.into}` : '';
    return sentence(`${EN_TURN[kind]}${into}, then go straight ahead ${enDistance(w.distance, 'go')}${enWalkTail(w)}`);
  },
  floorChange: (transport, direction, floor) => {
    const to = `to ${enFloor(floor)}`;
    if (transport === 'elevator') return sentence(`take the elevator ${to}`);
    const way = direction === 'level' ? '' : ` ${direction}`;
    if (transport === 'other') return sentence(`go${way} ${to}`);
    return sentence(`take ${EN_TRANSPORT[transport]}${way} ${to}`);
  },
  arrive: (place, side) => {
    const where: Record<Side, string> = { ahead: 'ahead of you', left: 'on your left', right: 'on your right', behind: 'behind you' };
    return sentence(joinParts(`you have arrived at ${place ?? 'your destination'}`, side && `, ${where[side]}`));
  },
  quote: (title) => `“${title}”`,
};

// ——— Deutsch ———

const DE_TURN: Record<Exclude<TurnKind, 'straight'>, string> = {
  'turn-left': 'Links',
  'turn-right': 'Rechts',
  'slight-left': 'Halb links',
  'slight-right': 'Halb rechts',
  'u-turn': 'Kehren Sie um',
};
const DE_TO_TRANSPORT: Record<TransportKind, string> = { stairs: 'zur Treppe', elevator: 'zum Aufzug', escalator: 'zur Rolltreppe', ramp: 'zur Rampe', other: 'zum Übergang' };
const DE_TAKE: Record<Exclude<TransportKind, 'other'>, string> = { stairs: 'die Treppe', elevator: 'den Aufzug', escalator: 'die Rolltreppe', ramp: 'die Rampe' };

/**
 * "ins 1. Obergeschoss", "in den 2. Stock", "in die Ebene 3": German needs the
 * article of the floor word; a name that is no known floor word is quoted.
 */
function deFloor(floor: FloorRef): string {
  if ('level' in floor) {
    if (floor.level === 0) return 'ins Erdgeschoss';
    return `ins ${Math.abs(floor.level)}. ${floor.level > 0 ? 'Obergeschoss' : 'Untergeschoss'}`;
  }
  const name = floor.name;
  if (/(geschoss|stockwerk|parterre)$/i.test(name)) return `ins ${name}`;
  if (/(stock|keller)$/i.test(name)) return `in den ${name}`;
  if (/(ebene|etage)(\s+\S+)?$/i.test(name)) return `in die ${name}`;
  return `zur Ebene „${name}“`;
}

function deWalkTail(w: WalkWords): string {
  return joinParts(
    w.through.length > 0 && ` durch ${listOf(w.through, 'und')}`,
    w.toTransport ? ` ${DE_TO_TRANSPORT[w.toTransport]}` : w.until && ` bis in ${w.until}`,
    w.landmark && `, vorbei an ${w.landmark}`,
  );
}
const deDistance = (d: SpokenDistance): string => (d.fewSteps ? 'wenige Schritte' : `${d.metres} m`);

const de: Phrases = {
  start: (w) => sentence(`gehen Sie ${deDistance(w.distance)}${deWalkTail(w)}`),
  straight: (w) => sentence(`gehen Sie dann ${deDistance(w.distance)}${deWalkTail(w)}`),
  turn: (kind, w) => {
    const into = kind !== 'u-turn' && w.into ? ` in ${w.into}` : '';
    return sentence(`${DE_TURN[kind]}${into}, dann ${deDistance(w.distance)} geradeaus${deWalkTail(w)}`);
  },
  floorChange: (transport, direction, floor) => {
    const to = deFloor(floor);
    if (transport === 'elevator') return sentence(`nehmen Sie den Aufzug ${to}`);
    const way = direction === 'up' ? ' nach oben' : direction === 'down' ? ' nach unten' : '';
    if (transport === 'other') return sentence(`gehen Sie${way} ${to}`);
    return sentence(`nehmen Sie ${DE_TAKE[transport]}${way} ${to}`);
  },
  arrive: (place, side) => {
    const where: Record<Side, string> = { ahead: 'vor Ihnen', left: 'links von Ihnen', right: 'rechts von Ihnen', behind: 'hinter Ihnen' };
    return sentence(joinParts(`Sie haben ${place ?? 'Ihr Ziel'} erreicht`, side && `, ${where[side]}`));
  },
  quote: (title) => `„${title}“`,
};

/** The words of each instruction language. */
export const PHRASES = { de, en } satisfies Record<InstructionLanguage, Phrases>;
