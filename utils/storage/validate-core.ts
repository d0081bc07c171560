/**
 * A small hand-written validator toolkit. Every check returns the (normalised) value or `undefined`, and records
 * a human message that starts with the field's path, e.g. `history[12].type must be one of …`.
 *
 * Why not a schema library: valibot 1.5 was measured for the settings (December 2026). Its schema for the same
 * shape alone is 2.9 KB gzip against 3.1 KB for these validators with their defaults; what Leadway needs beyond
 * the shape (missing keys filled from defaults at any depth, unknown keys dropped with their paths reported or
 * rejected, per-key repair of stored settings, logins normalised, every message naming its path and the bad
 * value) would sit on top as wrappers much like this file, so the library would add bytes and keep the lines.
 */
export interface Issue {
  path: string;
  message: string;
}

/** How to treat keys a validator does not know. */
export type UnknownKeys = 'drop' | 'reject';

const MAX_KEPT_ISSUES = 50;

export class Validation {
  readonly issues: Issue[] = [];
  /** All issues found, including those past MAX_KEPT_ISSUES. */
  total = 0;
  /** Paths of unknown keys that were dropped (only in `drop` mode). */
  readonly dropped: string[] = [];

  constructor(readonly unknownKeys: UnknownKeys = 'drop') {}

  get ok(): boolean {
    return this.total === 0;
  }

  fail(path: string, message: string): undefined {
    this.total += 1;
    if (this.issues.length < MAX_KEPT_ISSUES) this.issues.push({ path, message });
    return undefined;
  }

  /** The first issue's message, noting how many more there are. */
  summary(): string {
    const first = this.issues[0];
    if (!first) return '';
    const more = this.total - 1;
    return more > 0 ? `${first.message} (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : first.message;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A short, safe rendering of a bad value for messages. */
export function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Length in characters as a person counts them (code points, so an emoji is one). */
export function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

function missingOr(v: Validation, value: unknown, path: string, expectation: string): undefined {
  if (value === undefined) return v.fail(path, `${path} is missing`);
  return v.fail(path, `${path} must be ${expectation} (found ${preview(value)})`);
}

export function checkBoolean(v: Validation, value: unknown, path: string): boolean | undefined {
  return typeof value === 'boolean' ? value : missingOr(v, value, path, 'true or false');
}

export function checkInteger(v: Validation, value: unknown, path: string, min: number, max: number): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  return missingOr(v, value, path, `a whole number from ${min} to ${max}`);
}

export function checkOneOf<T extends string>(
  v: Validation,
  value: unknown,
  path: string,
  options: readonly T[],
): T | undefined {
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  return missingOr(v, value, path, `one of ${options.join(', ')}`);
}

export interface StringRule {
  min: number;
  max: number;
  /** Trim surrounding white space before measuring (and return the trimmed text). */
  trim?: boolean;
  pattern?: RegExp;
  /** How to describe `pattern` to a person, e.g. `a time like 08:30`. */
  patternDescription?: string;
}

export function checkString(v: Validation, value: unknown, path: string, rule: StringRule): string | undefined {
  if (typeof value !== 'string') return missingOr(v, value, path, 'text');
  const text = rule.trim ? value.trim() : value;
  const length = charCount(text);
  if (length < rule.min) {
    return v.fail(path, rule.min === 1 ? `${path} must not be empty` : `${path} must be at least ${rule.min} characters`);
  }
  if (length > rule.max) return v.fail(path, `${path} must be at most ${rule.max} characters (it has ${length})`);
  if (rule.pattern && !rule.pattern.test(text)) {
    return v.fail(path, `${path} must be ${rule.patternDescription ?? 'in the expected form'} (found ${preview(text)})`);
  }
  return text;
}

export function checkObject(v: Validation, value: unknown, path: string): Record<string, unknown> | undefined {
  return isPlainObject(value) ? value : missingOr(v, value, path, 'an object');
}

export function checkArray(v: Validation, value: unknown, path: string, maxItems: number): unknown[] | undefined {
  if (!Array.isArray(value)) return missingOr(v, value, path, 'a list');
  if (value.length > maxItems) return v.fail(path, `${path} may hold at most ${maxItems} items (it has ${value.length})`);
  return value;
}

/** Reports or drops keys of `object` that are not in `known`. */
export function checkKnownKeys(
  v: Validation,
  object: Record<string, unknown>,
  path: string,
  known: readonly string[],
  noun = 'field',
): void {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    const keyPath = join(path, key);
    if (v.unknownKeys === 'reject') v.fail(keyPath, `${keyPath} is not a ${noun} Leadway knows`);
    else v.dropped.push(keyPath);
  }
}

/** A list of strings, trimmed, de-duplicated, each within `rule`. */
export function checkStringList(
  v: Validation,
  value: unknown,
  path: string,
  maxItems: number,
  rule: StringRule,
): string[] | undefined {
  const list = checkArray(v, value, path, maxItems);
  if (!list) return undefined;
  const seen = new Set<string>();
  let ok = true;
  list.forEach((item, index) => {
    const text = checkString(v, item, join(path, index), rule);
    if (text === undefined) ok = false;
    else seen.add(text);
  });
  return ok ? [...seen] : undefined;
}
