/**
 * "Site problems": Leadway was on a page it should understand (a pull request, a calendar event) but could not read
 * what it needs. Content scripts report one; the background stamps the time and the extension version, keeps it for
 * the tab (the popup says so) and per site (the options page shows the last one), and the user can copy a short
 * diagnostic for a bug report. Nothing is sent anywhere.
 *
 * A problem holds no page text: only the site, short codes chosen by Leadway's own code, and the NAMES of the
 * selector groups with whether each matched. Every field is checked against a narrow pattern, so even a report
 * built from a hostile page (or a forged message) cannot carry a title, a name or a URL into the diagnostic.
 */
import { SITES, type Site } from './settings';
import { SITE_LABELS } from './labels/sites';

/** What could not be read. Open-ended (new readers add codes), but each is a short lowercase token. */
export type KnownProblemCode =
  | 'no-author' // the pull request's author
  | 'no-placement' // a place on the page for the card
  | 'no-title' // the pull request's or event's title
  | 'no-event' // the event as a whole
  | 'no-event-time'; // the event's start time
export type ProblemCode = KnownProblemCode | (string & {});

/**
 * Which kind of page it was: the generation of GitHub's PR page ('react', 'hybrid' = React header over the Rails
 * timeline, 'legacy', 'unknown'), or the calendar surface ('popup', 'event-page', 'peek', 'reading-pane', …).
 */
export type PageKind = 'react' | 'hybrid' | 'legacy' | 'unknown' | 'popup' | 'event-page' | 'peek' | 'reading-pane' | (string & {});

/** What a content script reports for its tab. */
export interface SiteProblemReport {
  site: Site;
  /** What could not be read, most important first. At least one. */
  missing: ProblemCode[];
  page: PageKind;
  /** Selector group name → whether any of its selectors matched on the page. Names only, never what matched. */
  groups: Record<string, boolean>;
}

/** A report as the background keeps it. */
export interface SiteProblem extends SiteProblemReport {
  /** The extension's version, from its manifest. */
  version: string;
  /** When the background received it (epoch ms). */
  at: number;
}

export const SITE_PROBLEM_LIMITS = {
  codes: 8,
  groups: 60,
  tokenLength: 40,
  versionLength: 32,
} as const;

/** Codes and page kinds: lowercase words joined by hyphens or underscores ("no-author", "event_edit"). */
const CODE = /^[a-z][a-z0-9_-]*$/;
/** Group names as written in Leadway's selector modules ("popupTitle", "tabNav", "comment-author"). */
const GROUP_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
const VERSION = /^[0-9A-Za-z.+-]+$/;

function token(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === 'string' && value.length <= SITE_PROBLEM_LIMITS.tokenLength && pattern.test(value) ? value : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isSite(value: unknown): value is Site {
  return typeof value === 'string' && (SITES as readonly string[]).includes(value);
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Checks a report that came from another context. Refuses anything outside the narrow shapes above (a known site,
 * 1–8 codes, a page kind, at most 60 groups with boolean values) instead of trimming it: a content script that
 * sends something else has a bug worth seeing.
 */
export function checkSiteProblemReport(value: unknown): Checked<SiteProblemReport> {
  if (!isObject(value)) return { ok: false, error: 'a site problem must be an object' };
  if (!isSite(value.site)) return { ok: false, error: 'unknown site' };
  const { missing, groups } = value;
  if (!Array.isArray(missing) || missing.length === 0 || missing.length > SITE_PROBLEM_LIMITS.codes) {
    return { ok: false, error: `a site problem lists 1 to ${SITE_PROBLEM_LIMITS.codes} things it could not read` };
  }
  const codes = missing.map((code) => token(code, CODE));
  if (codes.some((code) => code === undefined)) return { ok: false, error: 'a problem code is not a short lowercase token' };
  const page = token(value.page, CODE);
  if (!page) return { ok: false, error: 'the page kind is not a short lowercase token' };
  if (!isObject(groups)) return { ok: false, error: 'selector groups must be an object' };
  const entries = Object.entries(groups);
  if (entries.length > SITE_PROBLEM_LIMITS.groups) return { ok: false, error: `at most ${SITE_PROBLEM_LIMITS.groups} selector groups` };
  const checkedGroups: Record<string, boolean> = {};
  for (const [name, matched] of entries) {
    if (!token(name, GROUP_NAME) || typeof matched !== 'boolean') {
      return { ok: false, error: 'a selector group is not a short name with a true/false value' };
    }
    checkedGroups[name] = matched;
  }
  return {
    ok: true,
    value: { site: value.site, missing: [...new Set(codes as string[])], page, groups: checkedGroups },
  };
}

/** Checks a stored problem (a report plus the background's stamp); used when reading the database back. */
export function checkSiteProblem(value: unknown): Checked<SiteProblem> {
  const report = checkSiteProblemReport(value);
  if (!report.ok) return report;
  const { version, at } = value as Record<string, unknown>;
  if (typeof version !== 'string' || version.length > SITE_PROBLEM_LIMITS.versionLength || !VERSION.test(version)) {
    return { ok: false, error: 'the version is not a version number' };
  }
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) return { ok: false, error: 'the time is not a time' };
  return { ok: true, value: { ...report.value, version, at } };
}

/** The background's stamp on an accepted report. */
export function stampSiteProblem(report: SiteProblemReport, version: string, at: number): SiteProblem {
  return { ...report, version, at };
}

const CODE_WORDS: Record<KnownProblemCode, string> = {
  'no-author': 'the author',
  'no-placement': 'a place for the card',
  'no-title': 'the title',
  'no-event': 'the event',
  'no-event-time': 'the time',
};

/** "the author and a place for the card": the codes in plain words (unknown codes as they are). */
export function describeMissing(codes: readonly ProblemCode[]): string {
  const words = codes.map((code) => CODE_WORDS[code as KnownProblemCode] ?? code);
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * The sentence the popup and the options page show: "Leadway could not read this pull request: GitHub may have
 * changed its page." `here` = the user is on that page now ("this"), otherwise "a".
 */
export function siteProblemSentence(problem: Pick<SiteProblem, 'site'>, here: boolean): string {
  const article = here ? 'this' : 'a';
  const what = problem.site === 'github' ? 'pull request' : 'calendar event';
  return `Leadway could not read ${article} ${what}: ${SITE_LABELS[problem.site]} may have changed its page.`;
}

/** "2026-12-03 18:02 UTC": a fixed, unambiguous form for bug reports. */
export function utcStamp(at: number): string {
  const iso = new Date(at).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * The short text the user copies for a bug report. Built only from checked tokens (a problem that fails the
 * check yields a diagnostic that says so, with none of its content), so it can hold no page text.
 */
export function formatDiagnostic(problem: SiteProblem): string {
  const checked = checkSiteProblem(problem);
  if (!checked.ok) return `Leadway diagnostic\nThe saved problem is damaged (${checked.error}).`;
  const p = checked.value;
  const names = Object.keys(p.groups).sort();
  const matched = names.filter((name) => p.groups[name]);
  const missed = names.filter((name) => !p.groups[name]);
  return [
    'Leadway diagnostic',
    `Site: ${p.site}`,
    `Page: ${p.page}`,
    `Could not read: ${p.missing.join(', ')}`,
    `Selector groups matched: ${matched.join(', ') || 'none'}`,
    `Selector groups missed: ${missed.join(', ') || 'none'}`,
    `Leadway version: ${p.version}`,
    `Seen: ${utcStamp(p.at)}`,
  ].join('\n');
}
