import { describe, expect, it } from 'vitest';
import { classifyTurn, heading, sideOf, signedTurnAngle, TURN_THRESHOLDS } from '../../../../../src/core/routing/instructions/turns.ts';

/**
 * The plan seen from above, x → east to the right, z → south *downwards*:
 *
 *        N (z−)
 *   A(0,0) ───────► B(4,0)
 *                     │
 *                     │      walking A → B → C: east, then south
 *                     ▼
 *                   C(4,3)
 *        S (z+)
 *
 * Someone walking east who then heads south has turned to their right;
 * had they headed north (to D(4,−3)) they would have turned left.
 */
const A = [0, 0] as const;
const B = [4, 0] as const;
const C = [4, 3] as const;
const D = [4, -3] as const;

describe('which way is left on the plan', () => {
  it('calls east-then-south a right turn and east-then-north a left turn', () => {
    expect(signedTurnAngle(heading(A, B), heading(B, C))).toBeCloseTo(90);
    expect(classifyTurn(signedTurnAngle(heading(A, B), heading(B, C)))).toBe('turn-right');
    expect(classifyTurn(signedTurnAngle(heading(A, B), heading(B, D)))).toBe('turn-left');
  });

  it('agrees when walking the other way round the same corner', () => {
    // C → B → A: north, then west: facing north, west is on the left.
    expect(classifyTurn(signedTurnAngle(heading(C, B), heading(B, A)))).toBe('turn-left');
  });

  it('places things beside the walker on the same sides', () => {
    const east = heading(A, B);
    expect(sideOf(east, B, C)).toBe('right');
    expect(sideOf(east, B, D)).toBe('left');
    expect(sideOf(east, A, B)).toBe('ahead');
    expect(sideOf(east, B, A)).toBe('behind');
  });
});

describe('how much of a turn it is', () => {
  const at = (degrees: number) => classifyTurn(degrees);

  it('uses the documented thresholds: straight below 25°, slight to 60°, a turn to 150°, then turning round', () => {
    expect(TURN_THRESHOLDS).toEqual({ straight: 25, slight: 60, turn: 150 });
    expect([at(0), at(24.9), at(-24.9)]).toEqual(['straight', 'straight', 'straight']);
    expect([at(25), at(59.9), at(-40)]).toEqual(['slight-right', 'slight-right', 'slight-left']);
    expect([at(60), at(150), at(-90)]).toEqual(['turn-right', 'turn-right', 'turn-left']);
    expect([at(150.1), at(-179), at(180)]).toEqual(['u-turn', 'u-turn', 'u-turn']);
  });

  it('measures the angle between directions of any length, and calls no direction straight on', () => {
    expect(signedTurnAngle([10, 0], [1, 1])).toBeCloseTo(45);
    expect(signedTurnAngle([1, 0], [-1, 0])).toBeCloseTo(180);
    expect(signedTurnAngle([0, 0], [1, 0])).toBe(0);
    expect(classifyTurn(signedTurnAngle([Number.NaN, 0], [1, 0]))).toBe('straight');
    expect(classifyTurn(Number.NaN)).toBe('straight');
  });

  it('has no side for a walker who does not face anywhere or stands on the thing', () => {
    expect(sideOf([0, 0], A, B)).toBeNull();
    expect(sideOf([1, 0], B, B)).toBeNull();
  });
});
