import { AREAS } from '../tips/areas';
import { SURFACES, USER_ROLES } from '../tips/types';
import {
  defaultSettings,
  PERSON_EMAIL_PATTERN,
  TIME_OF_DAY_PATTERN,
  RELATIONSHIPS,
  SITES,
  SPECIFIC_FEEDBACK_MODES,
  TONE_CATEGORIES,
  type Person,
  type Settings,
} from '../settings';
import {
  checkArray,
  checkBoolean,
  checkInteger,
  checkKnownKeys,
  checkObject,
  checkOneOf,
  checkString,
  checkStringList,
  join,
  Validation,
  type UnknownKeys,
} from './validate-core';
import { LOGINS_PER_PERSON_MAX, loginEntry, parseLoginEntry } from '../reviews/logins';

/**
 * Every setting's allowed range, in one place so the options page can use the same numbers.
 *
 * Missing keys (at any depth) are filled from the defaults: files and records from older versions lack the
 * settings added since. Unknown keys are DROPPED when reading stored data or importing a file (a file from a newer
 * Leadway that added a setting still imports; the dropped paths are reported as warnings) and REJECTED when the
 * extension itself saves settings (an unknown key there is a bug worth hearing about).
 */
export const SETTINGS_LIMITS = {
  dailyCapMax: 10_000,
  perPrPerDayMax: 50,
  snoozeDaysMax: 365,
  reminderMinutesMax: 240,
  peopleMax: 1000,
  personNameMax: 200,
  personEmailMax: 320,
  personIdMax: 100,
  phrasesMax: 500,
  phraseMax: 200,
  favouritesMax: 5000,
  notOneOnOneMax: 10_000,
  keyMax: 500,
  enterpriseHostsMax: 50,
} as const;

type Check<T> = (v: Validation, value: unknown, path: string, fallback: T) => T | undefined;

const bool: Check<boolean> = (v, value, path) => checkBoolean(v, value, path);
const int =
  (min: number, max: number): Check<number> =>
  (v, value, path) =>
    checkInteger(v, value, path, min, max);
const oneOf =
  <T extends string>(options: readonly T[]): Check<T> =>
  (v, value, path) =>
    checkOneOf(v, value, path, options);
const stringList =
  (maxItems: number, maxLength: number, pattern?: RegExp, patternDescription?: string): Check<string[]> =>
  (v, value, path) =>
    checkStringList(v, value, path, maxItems, { min: 1, max: maxLength, trim: true, pattern, patternDescription });

/** An object with known fields; missing fields come from `fallback`. */
function objectOf<T extends object>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> {
  const keys = Object.keys(fields) as (keyof T & string)[];
  return (v, value, path, fallback) => {
    const object = checkObject(v, value, path);
    if (!object) return undefined;
    const before = v.total;
    checkKnownKeys(v, object, path, keys, 'setting');
    const out = {} as T;
    for (const key of keys) {
      const raw = object[key];
      if (raw === undefined) {
        out[key] = structuredClone(fallback[key]);
        continue;
      }
      const checked = fields[key](v, raw, join(path, key), fallback[key]);
      if (checked !== undefined) out[key] = checked;
    }
    return v.total === before ? out : undefined;
  };
}

/** The same check for every key of a record keyed by a known list. */
function recordOf<K extends string, T>(keys: readonly K[], item: Check<T>): Check<Record<K, T>> {
  return objectOf(Object.fromEntries(keys.map((key) => [key, item])) as { [P in K]: Check<T> });
}

const time: Check<string> = (v, value, path) =>
  checkString(v, value, path, { min: 5, max: 5, pattern: TIME_OF_DAY_PATTERN, patternDescription: 'a time like 08:30' });

/** https only, as the options page requires: Leadway never asks for plain-http access, nor takes it from a file. */
const ORIGIN_PATTERN = /^https:\/\/[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?$/;

/** `login` or `host/login`, stored in the one normal form so matching a pull request's author is a string compare. */
function checkGithubLogins(v: Validation, value: unknown, path: string): string[] | undefined {
  const list = checkArray(v, value, path, LOGINS_PER_PERSON_MAX);
  if (!list) return undefined;
  const out: string[] = [];
  list.forEach((item, index) => {
    const parsed = typeof item === 'string' ? parseLoginEntry(item) : undefined;
    if (!parsed) {
      v.fail(join(path, index), `${join(path, index)} must be a GitHub login like river-k, or host/login for GitHub Enterprise`);
      return;
    }
    const entry = loginEntry(parsed);
    if (!out.includes(entry)) out.push(entry);
  });
  return out;
}

const people: Check<Person[]> = (v, value, path) => {
  const list = checkArray(v, value, path, SETTINGS_LIMITS.peopleMax);
  if (!list) return undefined;
  const before = v.total;
  const seen = new Map<string, number>();
  const out: Person[] = [];
  list.forEach((item, index) => {
    const itemPath = join(path, index);
    const object = checkObject(v, item, itemPath);
    if (!object) return;
    checkKnownKeys(v, object, itemPath, ['id', 'name', 'email', 'relationship', 'githubLogins'], 'setting');
    const id = checkString(v, object.id, join(itemPath, 'id'), { min: 1, max: SETTINGS_LIMITS.personIdMax });
    const name = checkString(v, object.name, join(itemPath, 'name'), { min: 1, max: SETTINGS_LIMITS.personNameMax, trim: true });
    const relationship = checkOneOf(v, object.relationship, join(itemPath, 'relationship'), RELATIONSHIPS);
    const person: Person = { id: id ?? '', name: name ?? '', relationship: relationship ?? 'peer' };
    if (object.email !== undefined) {
      const email = checkString(v, object.email, join(itemPath, 'email'), {
        min: 3,
        max: SETTINGS_LIMITS.personEmailMax,
        trim: true,
        pattern: PERSON_EMAIL_PATTERN,
        patternDescription: 'an email address',
      });
      if (email !== undefined) person.email = email;
    }
    if (object.githubLogins !== undefined) {
      const logins = checkGithubLogins(v, object.githubLogins, join(itemPath, 'githubLogins'));
      if (logins !== undefined && logins.length > 0) person.githubLogins = logins;
    }
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined) v.fail(join(itemPath, 'id'), `${join(itemPath, 'id')} repeats the id of ${join(path, first)}`);
      else seen.set(id, index);
    }
    out.push(person);
  });
  return v.total === before ? out : undefined;
};

const SETTINGS_FIELDS: { [K in keyof Settings]: Check<Settings[K]> } = {
  areas: recordOf(AREAS, bool),
  sites: recordOf(SITES, objectOf({ hints: bool, toneCoach: bool })),
  role: oneOf(USER_ROLES),
  people,
  dailyCaps: recordOf(SURFACES, int(0, SETTINGS_LIMITS.dailyCapMax)),
  perPrPerDay: int(0, SETTINGS_LIMITS.perPrPerDayMax),
  quietHours: objectOf({ enabled: bool, start: time, end: time }),
  snoozeDays: int(0, SETTINGS_LIMITS.snoozeDaysMax),
  tone: objectOf<Settings['tone']>({
    categories: recordOf(TONE_CATEGORIES, bool),
    flagPhrases: stringList(SETTINGS_LIMITS.phrasesMax, SETTINGS_LIMITS.phraseMax),
    allowPhrases: stringList(SETTINGS_LIMITS.phrasesMax, SETTINGS_LIMITS.phraseMax),
    balanceNudge: bool,
    specificFeedback: oneOf(SPECIFIC_FEEDBACK_MODES),
  }),
  reminder: objectOf({ enabled: bool, minutesBefore: int(0, SETTINGS_LIMITS.reminderMinutesMax) }),
  favourites: stringList(SETTINGS_LIMITS.favouritesMax, SETTINGS_LIMITS.keyMax),
  notOneOnOne: stringList(SETTINGS_LIMITS.notOneOnOneMax, SETTINGS_LIMITS.keyMax),
  enterpriseHosts: stringList(
    SETTINGS_LIMITS.enterpriseHostsMax,
    SETTINGS_LIMITS.keyMax,
    ORIGIN_PATTERN,
    'a web origin like https://github.example.com (https only: Leadway never uses plain http)',
  ),
  theme: oneOf(['system', 'light', 'dark'] as const),
  reviewMemory: bool,
};

export const SETTINGS_KEYS = Object.keys(SETTINGS_FIELDS) as (keyof Settings)[];

const checkSettingsObject = objectOf(SETTINGS_FIELDS);

/** Checks a whole settings object (see SETTINGS_LIMITS for how missing and unknown keys are treated). */
export function checkSettings(v: Validation, value: unknown, path: string): Settings | undefined {
  return checkSettingsObject(v, value, path, defaultSettings());
}

export function validateSettings(
  value: unknown,
  unknownKeys: UnknownKeys,
  path = 'settings',
): { settings?: Settings; validation: Validation } {
  const validation = new Validation(unknownKeys);
  const settings = checkSettings(validation, value, path);
  return settings ? { settings, validation } : { validation };
}

/**
 * Best-effort reading of stored settings: every top-level setting that is valid is kept, every one that is not
 * (a damaged record, a bug in an older version) falls back to its default instead of failing the whole read.
 */
export function repairSettings(value: unknown): Settings {
  const defaults = defaultSettings();
  if (!value || typeof value !== 'object' || Array.isArray(value)) return defaults;
  const stored = value as Record<string, unknown>;
  const out = { ...defaults } as Record<keyof Settings, unknown>;
  for (const key of SETTINGS_KEYS) {
    if (stored[key] === undefined) continue;
    const check = SETTINGS_FIELDS[key] as Check<unknown>;
    const checked = check(new Validation('drop'), stored[key], key, defaults[key]);
    if (checked !== undefined) out[key] = checked;
  }
  return out as Settings;
}
