import type { Point3 } from '../geometry/types.ts';
import { LIMITS } from '../venue/limits.ts';
import type { BeaconIdentity, CameraView, LocalizedText, Venue } from '../venue/schema.ts';

/**
 * Value checks shared by the edit commands. Each returns a message for the
 * curator when the value is unusable, or null when it is fine: a command with a
 * bad value is refused before anything changes, so the document never holds NaN
 * or a text the format would reject.
 */

/** Why `p` is not a finite 3D point, or null. */
export function pointProblem(p: unknown, what = 'position'): string | null {
  if (!Array.isArray(p) || p.length !== 3) return `${what} must be three numbers [x, y, z]`;
  if (!p.every((c) => typeof c === 'number' && Number.isFinite(c))) return `${what} must hold finite numbers`;
  return null;
}

/** Why `normal` cannot orient a hotspot, or null. */
export function normalProblem(normal: Point3 | undefined): string | null {
  if (normal === undefined) return null;
  const problem = pointProblem(normal, 'normal');
  if (problem) return problem;
  return Math.hypot(...normal) < 1e-6 ? 'normal must not be the zero vector' : null;
}

/** Why `view` is not a usable camera view, or null. */
export function viewProblem(view: CameraView): string | null {
  return pointProblem(view?.position, 'view position') ?? pointProblem(view?.target, 'view target');
}

/** Why a text cannot be stored in a field of at most `max` characters, or null. */
export function textProblem(value: unknown, max: number, what: string): string | null {
  if (typeof value !== 'string') return `${what} must be text`;
  if (value.length > max) return `${what} is ${value.length} characters long; the format allows at most ${max}`;
  return null;
}

/** Why `language` cannot be used for a text in this venue, or null. */
export function languageProblem(venue: Venue, language: unknown): string | null {
  if (typeof language !== 'string' || !venue.languages.includes(language)) {
    return `language ${JSON.stringify(String(language)).slice(0, 40)} is not one of the venue's languages (${venue.languages.join(', ')})`;
  }
  return null;
}

/** Why a per-language text (a title) cannot be stored, or null; it must have the default language. */
export function localizedProblem(venue: Venue, text: LocalizedText, max: number, what: string): string | null {
  if (typeof text !== 'object' || text === null) return `${what} must have one text per language`;
  for (const [language, value] of Object.entries(text)) {
    const problem = languageProblem(venue, language) ?? textProblem(value, max, `${what} (${language})`);
    if (problem) return problem;
  }
  if (!text[venue.defaultLanguage]) return `${what} needs a text in the default language "${venue.defaultLanguage}"`;
  return null;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** Why `id` cannot name a new item, or null. */
export function idProblem(id: unknown, taken: ReadonlySet<string>): string | null {
  if (typeof id !== 'string' || id.length > LIMITS.id || !ID_PATTERN.test(id)) {
    return 'an id must start with a letter or digit and use only letters, digits, ".", "_", ":" or "-"';
  }
  return taken.has(id) ? `the id "${id}" is already used` : null;
}

const HEX = (len: number) => new RegExp(`^[0-9a-fA-F]{${len}}$`);
const UUID = /^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$/;
const isUint16 = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 65535;

/** Why `identity` is not a valid beacon identity (same rules as the schema), or null. */
export function identityProblem(identity: BeaconIdentity): string | null {
  if (identity?.protocol === 'eddystone-uid') {
    if (typeof identity.namespace !== 'string' || !HEX(20).test(identity.namespace)) return 'the Eddystone namespace must be 20 hexadecimal digits';
    if (typeof identity.instance !== 'string' || !HEX(12).test(identity.instance)) return 'the Eddystone instance must be 12 hexadecimal digits';
    return null;
  }
  if (identity?.protocol === 'ibeacon') {
    if (typeof identity.uuid !== 'string' || !UUID.test(identity.uuid)) return 'the iBeacon uuid must be a UUID';
    if (!isUint16(identity.major) || !isUint16(identity.minor)) return 'iBeacon major and minor must be whole numbers from 0 to 65535';
    return null;
  }
  return 'a beacon identity is either "eddystone-uid" or "ibeacon"';
}

/** Why `txPower` is not a plausible calibrated power in dBm, or null. */
export function txPowerProblem(txPower: unknown): string | null {
  return typeof txPower === 'number' && Number.isFinite(txPower) && txPower >= -120 && txPower <= 20
    ? null
    : 'txPower must be a number of dBm from -120 to 20';
}

/** Why `index` is not a position in a list of `length` items (`length + 1` slots when inserting), or null. */
export function indexProblem(index: unknown, length: number, what: string): string | null {
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < length
    ? null
    : `${what} ${String(index)} is not between 0 and ${length - 1}`;
}

/** A mutable copy of a point, typed as the schema's tuple (a spread would widen it to number[]). */
export const copyPoint = (p: Point3): [number, number, number] => [p[0], p[1], p[2]];

/**
 * Why setting `language` of a per-language text to `value` (null removes it) would
 * leave a text without the default language, which the format rejects, or null.
 */
export function defaultLanguageProblem(venue: Venue, current: LocalizedText | undefined, language: string, value: string | null): string | null {
  const def = venue.defaultLanguage;
  const next: Record<string, string> = { ...current };
  if (value === null) delete next[language];
  else next[language] = value;
  if (Object.keys(next).length === 0 || next[def] !== undefined) return null;
  return value === null
    ? `the text in the default language "${def}" cannot be removed while other languages remain`
    : `write the text in the default language "${def}" first`;
}
