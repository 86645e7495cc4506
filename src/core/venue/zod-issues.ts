import type * as z from 'zod/mini';
import { formatPath, quote, type PathSegments, type Problem } from './problems.ts';

/**
 * Turns zod's issues into problems a curator can read: the JSON path, what was
 * expected, and what the file actually holds there ("a number", "52428800
 * characters"), without ever echoing a huge or hostile value back.
 */

/** Reads the value at `path` in the raw document, or `undefined`. */
export function valueAt(root: unknown, path: PathSegments): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** Describes a JSON value's type in words: "a string", "an array", "null". */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : 'a number too large to represent';
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  return `a ${typeof value}`;
}

const typeWords: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  tuple: 'a list',
  record: 'an object',
};

function sizeWord(origin: unknown): string {
  return origin === 'string' ? 'characters' : 'items';
}

function lengthOf(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  return undefined;
}

/** Converts one zod issue into a problem (severity: error; unknown keys: warning). */
export function issueToProblem(issue: z.core.$ZodIssue, root: unknown): Problem {
  const path = formatPath(issue.path as PathSegments);
  const value = valueAt(root, issue.path as PathSegments);
  const error = (message: string): Problem => ({ path, message, severity: 'error' });

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return error(`is required (${typeWords[issue.expected] ?? issue.expected})`);
      if (issue.expected === 'int' && typeof value === 'number') return error(`must be a whole number, got ${value}`);
      if (issue.expected === 'number' && typeof value === 'number') return error('must be a finite number');
      return error(`must be ${typeWords[issue.expected] ?? issue.expected}, got ${describeType(value)}`);
    }
    case 'too_big': {
      const actual = lengthOf(value);
      if (issue.origin === 'string' || issue.origin === 'array') {
        const what = issue.origin === 'string' ? 'text is too long' : 'too many items';
        return error(`${what} (${actual ?? '?'} ${sizeWord(issue.origin)}; at most ${issue.maximum})`);
      }
      return error(`must be at most ${issue.maximum}, got ${typeof value === 'number' ? value : describeType(value)}`);
    }
    case 'too_small': {
      if (issue.origin === 'string') return error('must not be empty');
      if (issue.origin === 'array') return error(`needs at least ${issue.minimum} ${issue.minimum === 1 ? 'item' : 'items'}, got ${lengthOf(value) ?? 0}`);
      const bound = issue.inclusive ? 'at least' : 'greater than';
      return error(`must be ${bound} ${issue.minimum}, got ${typeof value === 'number' ? value : describeType(value)}`);
    }
    case 'invalid_value':
      return error(`must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${quote(value)}`);
    case 'invalid_format':
      return error(`${quote(value)} ${issue.message.startsWith('must') ? issue.message : `is not a valid ${issue.format}`}`);
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return error(`must be one of ${options.map((o) => JSON.stringify(o)).join(', ')}, got ${quote(value)}`);
      }
      return error(`has the wrong form (${describeType(value)})`);
    }
    case 'unrecognized_keys':
      return {
        path,
        message: `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((k) => quote(k, 40)).join(', ')} (ignored)`,
        severity: 'warning',
      };
    default:
      return error(issue.message);
  }
}
