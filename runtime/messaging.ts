import { defineMessenger } from './wire';
import type { HistoryEvent, Reaction } from '../utils/history';
import type { Person, Settings, SettingsPatch } from '../utils/settings';
import type { Area } from '../utils/tips/areas';
import type { SelectionResult, TipRequest } from '../utils/tips/select';
import type { Surface, Tip, TipContext } from '../utils/tips/types';
import type { ImportError, LeadwayExport } from '../utils/storage/backup';
// The request and answer types come from the modules that define them, not from the store that implements them.
import type { ClearFilter, HistoryFilter } from '../utils/storage/history-query';
import type { ImportPreview } from '../utils/storage/import-data';

export type { HistoryFilter };
import type { WeeklyStat } from '../utils/storage/schema';
import type { SiteProblem, SiteProblemReport } from '../utils/site-health';
import type { ToneCheck, ToneCheckRequest } from '../utils/tone/check';
import type { PrCommentPosted, PrFact, PrVisit } from '../utils/reviews/types';
import type { ReviewSummary } from '../utils/reviews/summary';
import type { OnDemandSurfaceId } from '../utils/surfaces';

/** An event as a surface reports it; the background stamps the time when it is missing. */
export type NewHistoryEvent = Omit<HistoryEvent, 'id' | 'at'> & { at?: number };


export type ImportOutcome = { ok: true; preview: ImportPreview } | { ok: false; error: ImportError };

/** How the background is doing; surfaces show `problem` to the user instead of failing silently. */
export interface BackgroundStatus {
  version: string;
  problem?: { code: string; message: string };
}

/** Messages everyone sends to the background, which owns the database. */
export interface BackgroundProtocol {
  ping(): BackgroundStatus;
  getTips(request: TipRequest): SelectionResult;
  recordEvent(event: NewHistoryEvent): HistoryEvent;
  getSettings(): Settings;
  saveSettings(patch: SettingsPatch): Settings;
  listCustomTips(): Tip[];
  saveCustomTip(tip: Tip): Tip;
  deleteCustomTip(id: string): void;
  listHistory(filter: HistoryFilter): HistoryEvent[];
  clearHistory(filter: ClearFilter): number;
  growth(weeks: number): WeeklyStat[];
  exportData(): LeadwayExport;
  importData(request: { text: string; dryRun: boolean }): ImportOutcome;
  resetData(): void;
  /** A calendar surface saw a 1:1 today: the reminder alarm (if on) is set for it. */
  noteOneOnOne(meeting: { key: string; title: string; start: number; contexts: TipContext[] }): void;
  /** Content scripts cannot open the options page themselves. `section` is the id of a section to scroll to. */
  openOptions(section?: string): void;
  /** A calendar panel: remember who the other person in a 1:1 is (added to the people list, or their entry updated). */
  rememberPerson(person: Omit<Person, 'id'>): Settings;
  /** A calendar panel: this event series is not a 1:1 (added to the list; the options page removes). */
  addNotOneOnOne(seriesKey: string): Settings;
  /**
   * A page first needs a surface whose script is injected on demand (the tone coach on a GitHub page's first focused
   * comment box, the 1:1 panel on a calendar's first 1:1): inject it into the asking frame. False without one.
   */
  loadSurface(surface: OnDemandSurfaceId): boolean;
  /** The tone coach's draft, analysed here with the user's tone settings (utils/tone/check.ts). */
  checkTone(request: ToneCheckRequest): ToneCheck;
  /** The tone coach: the viewer's review comments so far; true when several are there and none is positive. */
  checkToneBalance(comments: string[]): boolean;
  /**
   * A content script could not read a page it should understand (`null`: it reads fine again). For the sender's
   * own tab only; the background stamps time and version. Content scripts call runtime/page/site-problem.ts.
   */
  reportSiteProblem(report: SiteProblemReport | null): SiteProblem | null;
  /** The popup: the problem of the given tab, if its page could not be read. */
  getTabSiteProblem(request: { tabId: number }): SiteProblem | null;
  /** The options page: the last problem of each site, newest first. */
  listSiteProblems(): SiteProblem[];
  /** The options page: forget the kept problems. */
  clearSiteProblems(): void;
  /** A GitHub page (review memory on): the user is on this pull request. Null when review memory is off. */
  recordPrVisit(visit: PrVisit): PrFact | null;
  /** A GitHub page (review memory on): the user posted a comment or review here. Null when review memory is off. */
  recordPrComment(posted: PrCommentPosted): PrFact | null;
  /** The options page's History: the pull requests Leadway remembers. */
  listPrFacts(): PrFact[];
  /** The options page's History: forget one pull request (its key) or all of them. */
  deletePrFacts(key?: string): number;
  /** A calendar panel: the user opened a 1:1 with this person; what happened between them on GitHub since the last. */
  oneOnOneReviews(request: { personId: string; eventKey: string; start?: number }): ReviewSummary | null;
  /** The popup: the next 1:1 with this pull request's author in the coming week, when Leadway saw one. */
  upcomingOneOnOne(request: { login: string; host: string }): { name: string; start: number } | null;
}

/** Messages answered from who sent them rather than what they carry; the background registers these itself. */
export type SenderBoundMessage = 'loadSurface' | 'reportSiteProblem' | 'recordPrVisit' | 'recordPrComment';

/** What a content script says it sees, for the popup. */
export interface PageContext {
  surface: Surface;
  contexts: TipContext[];
  contextKey: string;
  /** A short human description: "Reviewing a first-time contributor's pull request". */
  label: string;
  /** On a pull request: its author's login, for the popup's "You meet … on …" line. */
  prAuthor?: string;
  /** On a pull request: the server it is on (`github.com` or an Enterprise host). */
  prHost?: string;
}

/** Messages the background or popup sends to a tab's content scripts. */
export interface TabProtocol {
  getPageContext(): PageContext | null;
  settingsChanged(settings: Settings): void;
}

export const backgroundMessenger = defineMessenger<BackgroundProtocol>();
export const tabMessenger = defineMessenger<TabProtocol>();

export const MESSAGE_TIMEOUT_MS = 10_000;

/** A message that gets no answer becomes an error instead of a hang. */
export function withTimeout<T>(promise: Promise<T>, what: string, ms = MESSAGE_TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Leadway: no answer to "${what}" within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

type DataOf<K extends keyof BackgroundProtocol> = Parameters<BackgroundProtocol[K]>[0];
type ReturnOf<K extends keyof BackgroundProtocol> = ReturnType<BackgroundProtocol[K]>;

/** Ask the background something; rejects with a readable error on failure or silence. */
export function askBackground<K extends keyof BackgroundProtocol>(
  type: K,
  ...data: DataOf<K> extends undefined ? [] : [DataOf<K>]
): Promise<ReturnOf<K>> {
  const send = backgroundMessenger.sendMessage as (type: K, data?: unknown) => Promise<ReturnOf<K>>;
  return withTimeout(send(type, data[0]), type);
}
