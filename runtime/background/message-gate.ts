import type { BackgroundProtocol } from '../messaging';
import { REACTIONS } from '../../utils/history';
import { RELATIONSHIPS } from '../../utils/settings';
import { SURFACES, type Surface } from '../../utils/tips/types';
import { ON_DEMAND_SCRIPTS, surfacesOn } from '../../utils/surfaces';
import { OUTLOOK_MATCHES } from '../../utils/calendar/hosts';
import { TONE_BALANCE_MAX_COMMENTS, TONE_DRAFT_MAX_CHARS } from '../../utils/tone/types';
import { isPrKey } from '../../utils/reviews/facts';

/**
 * Who may send which message to the background. Leadway's content scripts run inside GitHub, Google Calendar and
 * Outlook, pages Leadway does not control; a renderer those pages compromise can send anything a content script can.
 * So every message has one rule here, and the background checks it against `sender` (filled in by the browser, not
 * by the page) before a handler runs. A message without a rule is refused.
 *
 * Adding a message: add it to BackgroundProtocol, then one line to MESSAGE_RULES. Content-script messages name the
 * sites allowed to send them and, when they carry data that only fits some sites, a `check`.
 */

/** The sites Leadway's content scripts run on. GitHub Enterprise servers the user granted count as GitHub. */
export const SENDER_SITES = ['github', 'google-calendar', 'outlook'] as const;
export type SenderSite = (typeof SENDER_SITES)[number];

/** The origins each site's content scripts are registered for (wxt.config.ts and the entrypoints' `matches`). */
export const SITE_ORIGINS: Record<SenderSite, readonly string[]> = {
  github: ['https://github.com'],
  'google-calendar': ['https://calendar.google.com'],
  outlook: OUTLOOK_MATCHES.map((match) => match.replace(/\/\*$/, '')),
};

/** What a content script may record: reactions to a tip it shows. "Shown" is recorded by the background itself. */
export const CONTENT_REACTIONS = REACTIONS.filter((type) => type !== 'shown');

export type Caller =
  | { kind: 'extension-page' }
  | { kind: 'content-script'; site: SenderSite; origin: string; tabId: number; frameId: number };
export type ContentCaller = Extract<Caller, { kind: 'content-script' }>;

/** The fields of runtime.MessageSender the gate reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

type DataOf<K extends keyof BackgroundProtocol> = Parameters<BackgroundProtocol[K]>[0];

export interface MessageRule<K extends keyof BackgroundProtocol = keyof BackgroundProtocol> {
  /** Leadway's own pages (popup, options) may send it. */
  pages: boolean;
  /** Content scripts on these sites may send it; none when empty. */
  sites: readonly SenderSite[];
  /** For content scripts: why this data does not fit the sender, or undefined when it does. */
  check?: (data: DataOf<K>, caller: ContentCaller) => string | undefined;
}

const ALL_SITES = SENDER_SITES;
const CALENDAR_SITES: readonly SenderSite[] = ['google-calendar', 'outlook'];
const PAGES_ONLY = { pages: true, sites: [] } as const;

const CONTEXT_KEY_MAX = 1000;
/** GitHub keys are `owner/repo#123` or `owner/repo:compare`, lowercased (utils/github/detect.ts prKey). */
const GITHUB_KEY = /^[a-z0-9._-]+\/[a-z0-9._-]+(?:#\d{1,12}|:compare)$/;

function checkSurface(surface: unknown, caller: ContentCaller): string | undefined {
  if (!(SURFACES as readonly unknown[]).includes(surface)) return 'an unknown surface';
  // Content scripts show only their site's page surfaces: 'popup' and 'reminder' belong to the extension itself.
  return (surfacesOn(caller.site) as readonly Surface[]).includes(surface as Surface) ? undefined : `the ${String(surface)} surface, which is not on ${caller.site}`;
}

function checkContextKey(key: unknown, caller: ContentCaller): string | undefined {
  if (typeof key !== 'string' || key.length === 0 || key.length > CONTEXT_KEY_MAX) return 'a missing or oversized context key';
  if (caller.site === 'github' && !GITHUB_KEY.test(key)) return 'a context key that is not a pull request';
  return undefined;
}

/** A comment's text, no longer than GitHub allows: the analyzer's work stays bounded whoever asks. */
function isDraft(text: unknown): boolean {
  return typeof text === 'string' && text.length <= TONE_DRAFT_MAX_CHARS;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The rule for every message in BackgroundProtocol. A message missing here is refused (see `admit`). */
export const MESSAGE_RULES: { [K in keyof BackgroundProtocol]?: MessageRule<K> } = {
  ping: { pages: true, sites: ALL_SITES },
  getSettings: { pages: true, sites: ALL_SITES },
  getTips: {
    pages: true,
    sites: ALL_SITES,
    check: (request, caller) =>
      isObject(request) ? (checkSurface(request.surface, caller) ?? checkContextKey(request.contextKey, caller)) : 'no request',
  },
  recordEvent: {
    pages: true,
    sites: ALL_SITES,
    check: (event, caller) => {
      if (!isObject(event)) return 'no event';
      if (!(CONTENT_REACTIONS as readonly unknown[]).includes(event.type)) return `a ${String(event.type)} event`;
      return checkSurface(event.surface, caller) ?? checkContextKey(event.contextKey, caller);
    },
  },
  openOptions: {
    pages: true,
    sites: ALL_SITES,
    check: (section) => (section === undefined || (typeof section === 'string' && /^[a-z-]{1,40}$/.test(section)) ? undefined : 'an unknown section'),
  },
  loadSurface: {
    pages: false,
    sites: ALL_SITES,
    check: (surface, caller) => (Object.hasOwn(ON_DEMAND_SCRIPTS, surface) ? checkSurface(surface, caller) : 'a surface with no script to inject'),
  },
  checkTone: {
    pages: false,
    sites: ['github'],
    check: (request) =>
      isObject(request) && isDraft(request.text) && typeof request.specifics === 'boolean' ? undefined : 'no draft, or an oversized one',
  },
  checkToneBalance: {
    pages: false,
    sites: ['github'],
    check: (comments) =>
      Array.isArray(comments) && comments.length <= TONE_BALANCE_MAX_COMMENTS && comments.every(isDraft) ? undefined : 'no comments, or too many',
  },
  noteOneOnOne: { pages: true, sites: CALENDAR_SITES },
  rememberPerson: {
    pages: true,
    sites: CALENDAR_SITES,
    check: (person) => (isObject(person) && (RELATIONSHIPS as readonly unknown[]).includes(person.relationship) ? undefined : 'no relationship'),
  },
  addNotOneOnOne: {
    pages: true,
    sites: CALENDAR_SITES,
    check: (key) => (typeof key === 'string' && key.length > 0 && key.length <= CONTEXT_KEY_MAX ? undefined : 'a missing or oversized key'),
  },
  reportSiteProblem: {
    pages: false,
    sites: ALL_SITES,
    // A script reports its own site's page only (or takes its report back with null).
    check: (report, caller) => (report === null || (isObject(report) && report.site === caller.site) ? undefined : 'a problem with another site'),
  },
  // Review facts: a GitHub script files facts about a pull request only, and only GitHub's scripts file them.
  recordPrVisit: {
    pages: false,
    sites: ['github'],
    check: (visit) => (isObject(visit) && isPrKey(visit.pr) ? undefined : 'something other than a pull request'),
  },
  recordPrComment: {
    pages: false,
    sites: ['github'],
    check: (posted) => (isObject(posted) && isObject(posted.visit) && isPrKey(posted.visit.pr) ? undefined : 'something other than a pull request'),
  },
  oneOnOneReviews: {
    pages: false,
    sites: CALENDAR_SITES,
    check: (request) =>
      isObject(request) && typeof request.personId === 'string' && typeof request.eventKey === 'string' && request.eventKey.length <= CONTEXT_KEY_MAX
        ? undefined
        : 'no person or 1:1',
  },
  listPrFacts: PAGES_ONLY,
  deletePrFacts: PAGES_ONLY,
  upcomingOneOnOne: PAGES_ONLY,
  getTabSiteProblem: PAGES_ONLY,
  listSiteProblems: PAGES_ONLY,
  clearSiteProblems: PAGES_ONLY,
  saveSettings: PAGES_ONLY,
  listCustomTips: PAGES_ONLY,
  saveCustomTip: PAGES_ONLY,
  deleteCustomTip: PAGES_ONLY,
  listHistory: PAGES_ONLY,
  clearHistory: PAGES_ONLY,
  growth: PAGES_ONLY,
  exportData: PAGES_ONLY,
  importData: PAGES_ONLY,
  resetData: PAGES_ONLY,
};

export interface GateContext {
  /** runtime.id */
  extensionId: string;
  /** runtime.getURL('/') without the trailing slash, e.g. `chrome-extension://abc`. */
  extensionOrigin: string;
  /** GitHub Enterprise origins the user added and granted; asked only for senders on other origins. */
  enterpriseOrigins: () => Promise<readonly string[]>;
}

export type Verdict = { ok: true; caller: Caller } | { ok: false; reason: string };

/** `scheme://host[:port]`, built by hand: URL.origin is "null" for extension schemes in some engines. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : undefined;
  } catch {
    return undefined;
  }
}

/** Who sent it, from what the browser says: one of our pages, a content script on a known site, or nobody we know. */
export async function identify(sender: SenderLike, ctx: GateContext): Promise<Caller | undefined> {
  if (!sender || sender.id !== ctx.extensionId) return undefined;
  const origin = originOf(sender.url);
  // Chrome also reports the origin separately (it cannot be spoofed by a page's URL tricks); both must agree.
  if (sender.origin !== undefined && sender.origin !== 'null' && origin !== undefined && sender.origin !== origin) return undefined;
  if (origin === undefined) return undefined;
  // The options page may be open in a tab, so a tab is allowed here; the extension's origin is what decides.
  if (origin === ctx.extensionOrigin) return { kind: 'extension-page' };
  const tabId = sender.tab?.id;
  // Leadway's content scripts run in top frames only (no all_frames): a message from a sub-frame is not ours.
  if (tabId === undefined || sender.frameId !== 0) return undefined;
  for (const site of SENDER_SITES) {
    if (SITE_ORIGINS[site].includes(origin)) return { kind: 'content-script', site, origin, tabId, frameId: 0 };
  }
  if ((await ctx.enterpriseOrigins()).includes(origin)) return { kind: 'content-script', site: 'github', origin, tabId, frameId: 0 };
  return undefined;
}

/** Whether `sender` may send `type` with `data`. Unknown types, unknown senders and data that does not fit are refused. */
export async function admit(type: string, data: unknown, sender: SenderLike, ctx: GateContext): Promise<Verdict> {
  const rule = Object.prototype.hasOwnProperty.call(MESSAGE_RULES, type)
    ? (MESSAGE_RULES[type as keyof BackgroundProtocol] as MessageRule | undefined)
    : undefined;
  if (!rule) return { ok: false, reason: `"${type}" is not a message Leadway answers` };
  const caller = await identify(sender, ctx);
  if (!caller) return { ok: false, reason: `"${type}" came from a sender Leadway does not know` };
  if (caller.kind === 'extension-page') {
    return rule.pages ? { ok: true, caller } : { ok: false, reason: `"${type}" is only for content scripts` };
  }
  if (!rule.sites.includes(caller.site)) return { ok: false, reason: `"${type}" is not allowed from ${caller.site}` };
  const problem = rule.check?.(data as never, caller);
  return problem === undefined ? { ok: true, caller } : { ok: false, reason: `"${type}" from ${caller.site} carried ${problem}` };
}

/** The error a refused sender gets back: it says what was refused, never anything about Leadway's data. */
export class RefusedMessageError extends Error {
  constructor(reason: string) {
    super(`Leadway refused a message: ${reason}.`);
    this.name = 'RefusedMessageError';
  }
}
