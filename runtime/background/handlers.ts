import { CATALOGUE } from '../../utils/tips/catalogue';
import { isArea } from '../../utils/tips/areas';
import { selectTips, type SelectionResult, type TipRequest } from '../../utils/tips/select';
import { isTipOfTheDay, tipOfTheDayRandom } from '../../utils/tips/tip-of-the-day';
import { SURFACES, type Tip } from '../../utils/tips/types';
import { REACTIONS, type HistoryEvent } from '../../utils/history';
import type { Person, Settings } from '../../utils/settings';
import type { LeadwayStore } from '../../utils/storage/store';
import { randomId } from '../../utils/ids';
import type { BackgroundProtocol, BackgroundStatus, ImportOutcome, NewHistoryEvent, SenderBoundMessage } from '../messaging';
import { toStorageError, type StorageError } from '../../utils/storage/errors';
import { createSiteProblems, memoryTabStorage, type SiteProblems } from './site-problems';
import { checkTone, checkToneBalance } from '../../utils/tone/check';
import { createReviewMemory } from './review-memory';

export interface HandlerDeps {
  store: LeadwayStore;
  now: () => number;
  random: () => number;
  /** Tell open tabs and extension pages that settings changed. */
  broadcastSettings: (settings: Settings) => void;
  /** Re-plan 1:1 reminders after settings change or a new meeting is seen. */
  openOptions: (section?: string) => Promise<void>;
  onMeetingSeen?: (meeting: Parameters<BackgroundProtocol['noteOneOnOne']>[0]) => Promise<void> | void;
  version: string;
  /** Per-tab and per-site reading problems; the background passes one backed by session storage. */
  siteProblems?: SiteProblems;
}

export type Handlers = {
  [K in Exclude<keyof BackgroundProtocol, SenderBoundMessage>]: (...args: Parameters<BackgroundProtocol[K]>) => Promise<ReturnType<BackgroundProtocol[K]>>;
};

const RECENT_WINDOW_MS = 2 * 86_400_000;

/** Requests come from other contexts: check their shape before trusting it. */
function assertTipRequest(request: TipRequest): void {
  if (!request || !SURFACES.includes(request.surface)) throw new Error('Leadway: unknown surface in tip request');
  if (!Array.isArray(request.contexts) || typeof request.contextKey !== 'string') {
    throw new Error('Leadway: a tip request needs contexts and a context key');
  }
}

function assertNewEvent(event: NewHistoryEvent): void {
  if (!event || !REACTIONS.includes(event.type)) throw new Error('Leadway: unknown reaction in history event');
  if (!isArea(event.area) || !SURFACES.includes(event.surface) || typeof event.tipId !== 'string') {
    throw new Error('Leadway: history event is missing its tip, area or surface');
  }
}

/** A reaction may be recorded a little after the click (retries while the worker restarts), never later or ahead. */
export const EVENT_TIME_SLACK_MS = 5 * 60_000;

/**
 * The background owns the clock: a sender's time is kept only when it lies in the last few minutes, so a page
 * cannot write history into the future (hiding a tip for years) or the past (skewing growth); otherwise it is now.
 */
export function stampTime(at: unknown, now: number): number {
  return typeof at === 'number' && Number.isFinite(at) && at <= now && at >= now - EVENT_TIME_SLACK_MS ? Math.round(at) : now;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { store } = deps;
  const siteProblems =
    deps.siteProblems ?? createSiteProblems({ store, tabs: memoryTabStorage(), now: deps.now, version: deps.version });
  /** The last storage failure seen, until a write succeeds again. */
  let lastProblem: StorageError | undefined;

  /** Reading settings proves the database opens; a failure there (newer version, blocked) is the real problem. */
  async function ping(): Promise<BackgroundStatus> {
    try {
      await store.getSettings();
    } catch (error) {
      const problem = toStorageError(error);
      return { version: deps.version, problem: { code: problem.code, message: problem.message } };
    }
    return lastProblem
      ? { version: deps.version, problem: { code: lastProblem.code, message: lastProblem.message } }
      : { version: deps.version };
  }

  async function allTips(): Promise<Tip[]> {
    const custom = await store.listCustomTips();
    return [...CATALOGUE, ...custom];
  }

  async function getTips(request: TipRequest): Promise<SelectionResult> {
    assertTipRequest(request);
    const now = deps.now();
    const [settings, tips, states, recent] = await Promise.all([
      store.getSettings(),
      allTips(),
      store.tipStates(),
      store.historySince(now - RECENT_WINDOW_MS),
    ]);
    const random = isTipOfTheDay(request) ? tipOfTheDayRandom(now) : deps.random;
    const result = selectTips({ tips, request, settings, states, recent, now, random });
    if (!result.repeat && result.tips.length > 0 && request.surface !== 'popup') {
      await recordShown(
        result.tips.map((tip) => ({
          type: 'shown' as const,
          tipId: tip.id,
          area: tip.area,
          surface: request.surface,
          contextKey: request.contextKey,
          at: now,
        })),
      );
    }
    return result;
  }

  /**
   * A full disk must not hide every hint: the tip is still worth showing when its "shown" event cannot be written.
   * The failure is remembered and reported by `ping`, where surfaces and the options page can tell the user.
   */
  async function recordShown(events: Omit<HistoryEvent, 'id'>[]): Promise<void> {
    try {
      await store.addEvents(events);
      lastProblem = undefined;
    } catch (error) {
      lastProblem = toStorageError(error);
      console.warn('[Leadway] could not record shown tips', error);
    }
  }

  async function recordEvent(event: NewHistoryEvent): Promise<HistoryEvent> {
    assertNewEvent(event);
    let stored: HistoryEvent;
    try {
      stored = await store.addEvent({ ...event, at: stampTime(event.at, deps.now()) });
      lastProblem = undefined;
    } catch (error) {
      lastProblem = toStorageError(error);
      throw lastProblem;
    }
    // Retention: the store prunes at most once a day, so asking after each write costs one small read.
    store.pruneHistory(deps.now()).catch((error: unknown) => console.warn('[Leadway] pruning history failed', error));
    return stored;
  }

  async function saveSettings(patch: Parameters<Handlers['saveSettings']>[0]): Promise<Settings> {
    const settings = await store.saveSettings(patch);
    deps.broadcastSettings(settings);
    return settings;
  }

  /** Someone in a 1:1: matched by email, else by name, so saying it twice (or from two tabs) updates one entry. */
  async function rememberPerson(person: Parameters<Handlers['rememberPerson']>[0]): Promise<Settings> {
    const name = typeof person?.name === 'string' ? person.name.trim() : '';
    const email = typeof person?.email === 'string' ? person.email.trim() : '';
    if (!name) throw new Error('Leadway: a person needs a name');
    const same = (p: Person) => (email && p.email ? p.email.toLowerCase() === email.toLowerCase() : p.name.toLowerCase() === name.toLowerCase());
    const settings = await store.updateSettings((current) => {
      const existing = current.people.find(same);
      // Logins add up: the panel adds one without knowing (or dropping) those the options page set.
      const logins = [...new Set([...(existing?.githubLogins ?? []), ...(Array.isArray(person.githubLogins) ? person.githubLogins : [])])];
      const next: Person = {
        id: existing?.id ?? randomId('person-'),
        name,
        ...(email ? { email } : {}),
        relationship: person.relationship,
        ...(logins.length > 0 ? { githubLogins: logins } : {}),
      };
      return { people: existing ? current.people.map((p) => (p === existing ? next : p)) : [...current.people, next] };
    });
    deps.broadcastSettings(settings);
    return settings;
  }

  async function addNotOneOnOne(seriesKey: string): Promise<Settings> {
    if (typeof seriesKey !== 'string' || seriesKey.length === 0) throw new Error('Leadway: an event series key is text');
    const settings = await store.updateSettings((current) =>
      current.notOneOnOne.includes(seriesKey) ? {} : { notOneOnOne: [...current.notOneOnOne, seriesKey] },
    );
    deps.broadcastSettings(settings);
    return settings;
  }

  async function importData({ text, dryRun }: { text: string; dryRun: boolean }): Promise<ImportOutcome> {
    try {
      const preview = await store.importData(text, { dryRun, now: deps.now() });
      if (!dryRun) deps.broadcastSettings(await store.getSettings());
      return { ok: true, preview };
    } catch (error) {
      const importError = (error as { importError?: ImportOutcome & { ok: false } }).importError;
      if (importError) return importError;
      throw error;
    }
  }

  const reviewMemory = createReviewMemory({ store, now: deps.now });

  return {
    ...reviewMemory.handlers,
    ping,
    getTips,
    recordEvent,
    getSettings: () => store.getSettings(),
    saveSettings,
    rememberPerson,
    addNotOneOnOne,
    listCustomTips: () => store.listCustomTips(),
    saveCustomTip: (tip) => store.saveCustomTip(tip),
    deleteCustomTip: (id) => store.deleteCustomTip(id),
    listHistory: (filter) => store.listHistory(filter ?? {}),
    clearHistory: (filter) => store.clearHistory(filter ?? {}),
    growth: (weeks) => store.growth(weeks, deps.now()),
    exportData: () => store.exportData(deps.now()),
    importData,
    resetData: async () => {
      await store.reset();
      deps.broadcastSettings(await store.getSettings());
    },
    openOptions: (section) => deps.openOptions(section),
    noteOneOnOne: async (meeting) => {
      await deps.onMeetingSeen?.(meeting);
    },
    // The user's own tone settings, not the page's copy: what the coach flags is Leadway's to decide.
    checkTone: async (request) => checkTone(request, (await store.getSettings()).tone),
    checkToneBalance: async (comments) => checkToneBalance(comments),
    getTabSiteProblem: (request) => siteProblems.forTab(request?.tabId),
    listSiteProblems: () => siteProblems.list(),
    clearSiteProblems: () => siteProblems.clear(),
  };
}
