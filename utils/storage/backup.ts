import type { HistoryEvent } from '../history';
import type { Settings } from '../settings';
import type { Tip } from '../tips/types';
import { looksTruncated, utf8Length } from './json-text';
import { MAX_HISTORY_EVENTS } from './retention';
import { MAX_PR_FACTS } from '../reviews/facts';
import { checkArray, checkInteger, isPlainObject, join, preview, Validation } from './validate-core';
import { checkEvent } from './validate-event';
import { checkSettings } from './validate-settings';
import { checkCustomTip, CUSTOM_TIP_LIMITS } from './validate-tip';
import { checkChoices, type TipChoice } from './choices';
import { checkPrFact } from './validate-pr-fact';
import type { PrFact } from '../reviews/types';

/**
 * The export file: pure parsing and validation, no IndexedDB. Policy: unknown keys (top level, in settings, in
 * events and tips) are DROPPED and listed in `warnings`, so a file from a newer Leadway that only added fields still
 * imports; settings missing from an older file take their defaults. Everything else that is wrong is refused with
 * the path of the first bad field.
 */
export { describeSettingsChanges } from './settings-diff';

export const EXPORT_FORMAT = 'leadway-export';
export const EXPORT_VERSION = 1;
const MiB = 1024 * 1024;
/**
 * Room for one history event in a (compact) export: about 130 bytes of fields plus a context key, which for an
 * Outlook meeting (item id and relationship) runs to some 160 characters.
 */
export const EXPORT_BYTES_PER_EVENT = 300;
/**
 * Files above this are refused before parsing, so a wrong file cannot freeze the options page. Sized from the
 * retention cap, so every export Leadway makes imports back: 200,000 events of 300 bytes, rounded up to whole MiB,
 * plus 4 MiB for settings, tips and choices (62 MiB). It stays under the 64 MiB Chromium allows one extension
 * message, since the file's text goes to the background in one.
 */
export const EXPORT_MAX_BYTES = Math.ceil((MAX_HISTORY_EVENTS * EXPORT_BYTES_PER_EVENT) / MiB) * MiB + 4 * MiB;

export interface LeadwayExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** Epoch milliseconds. */
  exportedAt: number;
  settings: Settings;
  /** Oldest first. */
  history: HistoryEvent[];
  customTips: Tip[];
  /**
   * The user's choices per tip (never, not now, helpful). Files from before choices had their own store lack it;
   * their choices are then read from their history.
   */
  choices?: TipChoice[];
  /** Review memory (opt-in), one record per pull request. Files from before it lack the key: none are kept then. */
  prFacts?: PrFact[];
}

/**
 * The store keeps at most this many (the newest), so an export always imports back: at about 400 bytes each they
 * fit the 4 MiB the size limit leaves beside history.
 */
export const EXPORT_PR_FACTS_MAX = MAX_PR_FACTS;

export type ImportErrorCode = 'too-large' | 'not-json' | 'truncated' | 'wrong-format' | 'wrong-version' | 'invalid';

export interface ImportError {
  code: ImportErrorCode;
  message: string;
  /** For `invalid`: the first bad field, e.g. `history[12].type`. */
  path?: string;
  /** For `invalid`: every problem found (up to 50), first one first. */
  issues?: { path: string; message: string }[];
}

export type ParseResult = { ok: true; data: LeadwayExport; warnings: string[] } | { ok: false; error: ImportError };

const EXPORT_KEYS = ['format', 'version', 'exportedAt', 'settings', 'history', 'customTips', 'choices', 'prFacts'];

function fail(code: ImportErrorCode, message: string, extra?: Partial<ImportError>): ParseResult {
  return { ok: false, error: { code, message, ...extra } };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function tooLarge(text: string): number | undefined {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so long text is too large without counting.
  if (text.length > EXPORT_MAX_BYTES) return text.length;
  if (text.length * 3 <= EXPORT_MAX_BYTES) return undefined;
  const bytes = utf8Length(text);
  return bytes > EXPORT_MAX_BYTES ? bytes : undefined;
}

function parseJson(text: string): { value: unknown } | { error: ParseResult } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { error: fail('not-json', 'This file is empty, so there is nothing to import.') };
  try {
    return { value: JSON.parse(body) as unknown };
  } catch {
    if (looksTruncated(body)) {
      return {
        error: fail(
          'truncated',
          'This file stops partway through, as if the download or copy did not finish. Export your data again and import the new file.',
        ),
      };
    }
    return {
      error: fail('not-json', 'This file is not JSON, so it cannot be a Leadway export. Choose the file Leadway saved when you exported.'),
    };
  }
}

function checkVersion(version: unknown): ParseResult | undefined {
  if (version === EXPORT_VERSION) return undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return fail(
      'wrong-version',
      `This export was made by a newer version of Leadway (export format ${version}; this version reads format ${EXPORT_VERSION}). Update Leadway, then import it again.`,
    );
  }
  return fail(
    'wrong-version',
    `This Leadway export has an unknown format version (${preview(version)}); this version of Leadway reads format ${EXPORT_VERSION}.`,
  );
}

function checkUniqueIds<T>(v: Validation, items: T[], path: string, idOf: (item: T) => string | number | undefined): void {
  const firstIndex = new Map<string | number, number>();
  items.forEach((item, index) => {
    const id = idOf(item);
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else v.fail(join(join(path, index), 'id'), `${join(join(path, index), 'id')} repeats the id of ${join(path, first)} (${preview(id)})`);
  });
}

/** History and exports Leadway wrote fall after this (Leadway did not exist before 2020). */
export const EARLIEST_TIME = Date.UTC(2020, 0, 1);
/** Clocks differ between machines a little; a date further ahead than this is not one Leadway wrote. */
export const FUTURE_SLACK_MS = 86_400_000;

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Refuses a time outside 2020-01-01 .. a day from now, saying which field and why. */
function checkSaneTime(v: Validation, at: number, path: string, now: number): void {
  if (at >= EARLIEST_TIME && at <= now + FUTURE_SLACK_MS) return;
  v.fail(
    path,
    at < EARLIEST_TIME
      ? `${path} is ${day(at)}, before 2020, so Leadway cannot have recorded it`
      : `${path} is ${day(at)}, in the future, so Leadway cannot have recorded it (check this computer's clock)`,
  );
}

function checkExportBody(v: Validation, object: Record<string, unknown>, now: number): LeadwayExport | undefined {
  const exportedAt = checkInteger(v, object.exportedAt, 'exportedAt', 0, 8_640_000_000_000_000);
  const settings = checkSettings(v, object.settings, 'settings');

  const history: HistoryEvent[] = [];
  const rawHistory = checkArray(v, object.history, 'history', MAX_HISTORY_EVENTS);
  rawHistory?.forEach((item, index) => {
    const event = checkEvent(v, item, join('history', index), true);
    if (event) checkSaneTime(v, event.at, join(join('history', index), 'at'), now);
    if (event) history.push(event);
  });
  if (rawHistory && history.length === rawHistory.length) checkUniqueIds(v, history, 'history', (event) => event.id);

  const customTips: Tip[] = [];
  const rawTips = checkArray(v, object.customTips, 'customTips', CUSTOM_TIP_LIMITS.maxTips);
  rawTips?.forEach((item, index) => {
    const tip = checkCustomTip(v, item, join('customTips', index));
    if (tip) customTips.push(tip);
  });
  if (rawTips && customTips.length === rawTips.length) checkUniqueIds(v, customTips, 'customTips', (tip) => tip.id);

  const choices = object.choices === undefined ? undefined : checkChoices(v, object.choices, 'choices');

  const prFacts = object.prFacts === undefined ? undefined : checkPrFacts(v, object.prFacts, now);

  if (!v.ok || exportedAt === undefined || !settings) return undefined;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    settings,
    history,
    customTips,
    ...(choices ? { choices } : {}),
    ...(prFacts ? { prFacts } : {}),
  };
}

function checkPrFacts(v: Validation, value: unknown, now: number): PrFact[] | undefined {
  const raw = checkArray(v, value, 'prFacts', EXPORT_PR_FACTS_MAX);
  if (!raw) return undefined;
  const facts: PrFact[] = [];
  raw.forEach((item, index) => {
    const fact = checkPrFact(v, item, join('prFacts', index));
    if (!fact) return;
    checkSaneTime(v, fact.firstSeenAt, join(join('prFacts', index), 'firstSeenAt'), now);
    checkSaneTime(v, fact.lastSeenAt, join(join('prFacts', index), 'lastSeenAt'), now);
    facts.push(fact);
  });
  if (facts.length === raw.length) checkUniqueIds(v, facts, 'prFacts', (fact) => fact.key);
  return facts;
}

/** Reads an export file. Never throws: every problem comes back as an ImportError with a message for people. */
export function parseExport(text: string, now: number = Date.now()): ParseResult {
  try {
    if (typeof text !== 'string') return fail('not-json', 'There is no file text to import.');
    const bytes = tooLarge(text);
    if (bytes !== undefined) {
      return fail(
        'too-large',
        `This file is ${megabytes(bytes)} MB; a Leadway export is at most ${megabytes(EXPORT_MAX_BYTES)} MB. Check that you chose the right file.`,
      );
    }
    const parsed = parseJson(text);
    if ('error' in parsed) return parsed.error;
    const object = parsed.value;
    if (!isPlainObject(object) || object.format !== EXPORT_FORMAT) {
      return fail('wrong-format', 'This file is JSON but not a Leadway export: it lacks the "format": "leadway-export" marker Leadway writes.');
    }
    const versionProblem = checkVersion(object.version);
    if (versionProblem) return versionProblem;

    const v = new Validation('drop');
    for (const key of Object.keys(object)) if (!EXPORT_KEYS.includes(key)) v.dropped.push(key);
    const data = checkExportBody(v, object, now);
    if (!data) {
      const first = v.issues[0];
      return fail('invalid', `This export has a problem: ${v.summary()}.`, {
        ...(first ? { path: first.path } : {}),
        issues: v.issues.map((issue) => ({ ...issue })),
      });
    }
    const warnings = v.dropped.map((path) => `${path} is not something this version of Leadway knows, so it was left out`);
    return { ok: true, data, warnings };
  } catch (error) {
    // Validation is written not to throw; this is the last line of the "never throws" promise.
    return fail('invalid', `This export could not be checked (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** Builds the export object (the store fills it; kept here so the shape lives in one place). */
export function buildExport(
  exportedAt: number,
  settings: Settings,
  history: HistoryEvent[],
  customTips: Tip[],
  choices: TipChoice[] = [],
  prFacts: PrFact[] = [],
): LeadwayExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, settings, history, customTips, choices, prFacts };
}
