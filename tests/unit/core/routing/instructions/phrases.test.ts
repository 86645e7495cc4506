import { describe, expect, it } from 'vitest';
import { INSTRUCTION_LANGUAGES, PHRASES, type FloorRef, type InstructionLanguage, type Phrases, type TransportKind, type WalkWords } from '../../../../../src/core/routing/instructions/phrases.ts';
import type { Side, TurnKind } from '../../../../../src/core/routing/instructions/turns.ts';

const TURNS: Exclude<TurnKind, 'straight'>[] = ['turn-left', 'turn-right', 'slight-left', 'slight-right', 'u-turn'];
const TRANSPORTS: TransportKind[] = ['stairs', 'elevator', 'escalator', 'ramp', 'other'];
const SIDES: (Side | null)[] = ['ahead', 'left', 'right', 'behind', null];

const walk = (over: Partial<WalkWords> = {}): WalkWords => ({
  distance: { metres: 15, fewSteps: false },
  into: null,
  through: ['Galerie 2'],
  until: null,
  toTransport: null,
  landmark: null,
  ...over,
});

/** Every sentence a language can say, for a sweep over its inputs. */
function everything(p: Phrases): string[] {
  const out: string[] = [];
  const variants: WalkWords[] = [walk(), walk({ into: 'Saal 3', through: [] }), walk({ until: 'Flur', landmark: p.quote('Bild') }), walk({ toTransport: 'stairs', distance: { metres: 1, fewSteps: true } }), walk({ through: [] }), walk({ through: ['A', 'B', 'C'] })];
  for (const w of variants) {
    out.push(p.start(w), p.straight(w));
    for (const t of TURNS) out.push(p.turn(t, w));
  }
  for (const t of TRANSPORTS) for (const d of ['up', 'down', 'level'] as const) out.push(p.floorChange(t, d, { name: 'Erdgeschoss' }), p.floorChange(t, d, { level: 2 }));
  for (const side of SIDES) out.push(p.arrive('Café', side), p.arrive(null, side));
  return out;
}

describe('the words of each instruction language', () => {
  it('exist for German and English, and a language without its words does not typecheck', () => {
    expect([...INSTRUCTION_LANGUAGES]).toEqual(['de', 'en']);
    // @ts-expect-error — English missing: PHRASES must satisfy Record<InstructionLanguage, Phrases>.
    const incomplete: Record<InstructionLanguage, Phrases> = { de: PHRASES.de };
    expect(Object.keys(incomplete)).toEqual(['de']);
  });

  it('say whole, capitalised sentences with no placeholder left over', () => {
    for (const lang of INSTRUCTION_LANGUAGES) {
      for (const text of everything(PHRASES[lang])) {
        expect(text, `${lang}: ${text}`).toMatch(/^\p{Lu}.*\.$/u);
        expect(text).not.toMatch(/undefined|null|NaN|\$\{| {2}/);
      }
    }
  });

  it('differ between the languages and between the kinds of turn', () => {
    const de = everything(PHRASES.de);
    const en = everything(PHRASES.en);
    de.forEach((text, i) => expect(text).not.toBe(en[i]));
    for (const lang of INSTRUCTION_LANGUAGES) expect(new Set(TURNS.map((t) => PHRASES[lang].turn(t, walk()))).size).toBe(TURNS.length);
  });

  it('speak like the brief: "links in Saal 3", "Take the elevator to the 1st floor"', () => {
    expect(PHRASES.de.turn('turn-left', walk({ into: 'Saal 3', through: [] }))).toBe('Links in Saal 3, dann 15 m geradeaus.');
    expect(PHRASES.en.turn('turn-left', walk({ into: 'Hall 3', through: [] }))).toBe('Turn left into Hall 3, then go straight ahead for 15 m.');
    expect(PHRASES.en.floorChange('elevator', 'up', { level: 1 })).toBe('Take the elevator to the 1st floor.');
    expect(PHRASES.de.floorChange('elevator', 'up', { name: '1. Obergeschoss' })).toBe('Nehmen Sie den Aufzug ins 1. Obergeschoss.');
    expect(PHRASES.en.floorChange('stairs', 'up', { name: 'First floor' })).toBe('Take the stairs up to the first floor.');
    expect(PHRASES.de.arrive('„Sonnenblumen“', 'left')).toBe('Sie haben „Sonnenblumen“ erreicht, links von Ihnen.');
    expect(PHRASES.en.start(walk({ distance: { metres: 1, fewSteps: true } }))).toBe('Walk a few steps through Galerie 2.');
    expect(PHRASES.de.start(walk({ through: ['Saal 1', 'Flur'], until: 'Saal 3' }))).toBe('Gehen Sie 15 m durch Saal 1 und Flur bis in Saal 3.');
    expect(PHRASES.en.turn('slight-right', walk({ through: ['A', 'B', 'C'], toTransport: 'elevator' }))).toBe('Bear right, then go straight ahead for 15 m through A, B and C to the elevator.');
  });

  it('put the German floor word behind the right article, and quote a name that is none', () => {
    const take = (floor: FloorRef) => PHRASES.de.floorChange('elevator', 'up', floor);
    expect(take({ name: 'Erdgeschoss' })).toContain('ins Erdgeschoss');
    expect(take({ name: '2. Stock' })).toContain('in den 2. Stock');
    expect(take({ name: 'Ebene 3' })).toContain('in die Ebene 3');
    expect(take({ name: 'Galerie' })).toContain('zur Ebene „Galerie“');
    expect(take({ level: -1 })).toContain('ins 1. Untergeschoss');
    expect(take({ level: 0 })).toContain('ins Erdgeschoss');
  });

  it('name English floors with ordinals when the venue gives no name', () => {
    const take = (floor: FloorRef) => PHRASES.en.floorChange('elevator', 'up', floor);
    expect([take({ level: 2 }), take({ level: 11 }), take({ level: 22 }), take({ level: 0 }), take({ level: -1 }), take({ level: -2 })]).toEqual([
      'Take the elevator to the 2nd floor.',
      'Take the elevator to the 11th floor.',
      'Take the elevator to the 22nd floor.',
      'Take the elevator to the ground floor.',
      'Take the elevator to the basement.',
      'Take the elevator to the 2nd basement.',
    ]);
    expect(take({ name: 'Level 2' })).toBe('Take the elevator to Level 2.');
  });
});
