import { expect } from 'vitest';
import type { Venue } from '../../../../src/core/venue/index.ts';
import { applyCommand, type ApplyResult, type EditCommand } from '../../../../src/core/editing/index.ts';

/**
 * The checks every edit-command test makes, over `base` unless told another venue:
 * `edit` applies a command and proves the input untouched and the inverse exact;
 * `refusal` proves a command refused and returns its message.
 */
export function editChecks(base: Venue) {
  /** Applies `command`, checks that its inverse gives back the input and that the input is untouched. */
  function edit(command: EditCommand, venue: Venue = base): Extract<ApplyResult, { ok: true }> {
    const before = structuredClone(venue);
    const result = applyCommand(venue, command);
    if (!result.ok) throw new Error(`refused: ${result.message}`);
    expect(venue).toEqual(before);
    const back = applyCommand(result.venue, result.inverse);
    expect(back.ok && back.venue).toEqual(before);
    return result;
  }

  /** Applies `command`, checks that it was refused, and returns why. */
  function refusal(command: EditCommand, venue: Venue = base): string {
    const result = applyCommand(venue, command);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.message;
  }

  return { edit, refusal };
}
