import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { HistoryEvent } from '../history';
import { applySettingsPatch, defaultSettings, type Settings, type SettingsPatch } from '../settings';
import type { Tip } from '../tips/types';
import { WEEK_MS, weekStart } from './aggregates';
import { buildExport, parseExport, type LeadwayExport } from './backup';
import { ImportFailedError, invalid, toStorageError } from './errors';
import { checkFilter, matches, queryHistory, scanFor, type ClearFilter, type HistoryFilter } from './history-query';
import { addEventsInTx, afterEventsRemoved, deleteEvents } from './history-tx';
import { previewImport, replaceAll, type ImportPreview } from './import-data';
import { MAX_HISTORY_EVENTS, pruneDue, RETENTION_MS } from './retention';
import {
  ALL_STORES,
  EVENT_WRITE_STORES,
  HISTORY_STORES,
  SETTINGS_KEY,
  type LeadwayDB,
  type LeadwayStoreName,
  type TipState,
  type WeeklyStat,
} from './schema';
import { isPlainObject, Validation } from './validate-core';
import { checkEvent } from './validate-event';
import { validateSettings } from './validate-settings';
import { upgradeStoredSettings } from './legacy';
import { checkCustomTip } from './validate-tip';
import { observed } from './requests';
import { checkSiteProblem, type SiteProblem } from '../site-health';
import { mergeChoice, type TipChoice } from './choices';
import { openedOneOnOne, pruneFacts, putComment, putVisit, readFacts } from './pr-facts';
import { checkPrComment, checkPrVisit } from './validate-pr-fact';
import type { PrCommentPosted, PrFact, PrVisit } from '../reviews/types';
import type { OneOnOneMemory } from '../reviews/one-on-one-memory';
import { PR_FACT_RETENTION_MS } from '../reviews/facts';

export type { ImportPreview } from './import-data';
export type { ClearFilter, HistoryFilter } from './history-query';

export type TipStates = Record<string, { lastShown?: number; lastSnoozed?: number; never?: boolean; helpful: number }>;

export interface StoreOptions {
  /** Retention limits; tests lower them. */
  maxEvents?: number;
  retentionMs?: number;
  prFactRetentionMs?: number;
}

type Tx<M extends IDBTransactionMode> = IDBPTransaction<LeadwayDB, LeadwayStoreName[], M>;

function abortQuietly(tx: Tx<IDBTransactionMode>): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted.
  }
}

function refuse(what: string, v: Validation): never {
  throw invalid(`${what}: ${v.summary()}.`, v.issues[0]?.path);
}

/**
 * Leadway's data, for the background service worker. Every method is one transaction: it happens entirely or not
 * at all, and derived stores (weeklyStats, tipState) change together with history. Errors are StorageErrors.
 */
export class LeadwayStore {
  private connection: Promise<IDBPDatabase<LeadwayDB>> | undefined;
  private readonly maxEvents: number;
  private readonly retentionMs: number;
  private readonly prFactRetentionMs: number;

  constructor(
    private readonly open: () => Promise<IDBPDatabase<LeadwayDB>>,
    options: StoreOptions = {},
  ) {
    this.maxEvents = options.maxEvents ?? MAX_HISTORY_EVENTS;
    this.retentionMs = options.retentionMs ?? RETENTION_MS;
    this.prFactRetentionMs = options.prFactRetentionMs ?? PR_FACT_RETENTION_MS;
  }

  private db(): Promise<IDBPDatabase<LeadwayDB>> {
    if (!this.connection) {
      const opening = this.open();
      this.connection = opening;
      const forget = (): void => {
        if (this.connection === opening) this.connection = undefined;
      };
      opening.then((db) => db.addEventListener('close', forget), forget);
    }
    return this.connection;
  }

  /** Starts a transaction, reopening once if the cached connection was closed (newer version, deletion). */
  private async transaction<M extends 'readonly' | 'readwrite'>(stores: LeadwayStoreName[], mode: M): Promise<Tx<M>> {
    const db = await this.db();
    try {
      return db.transaction(stores, mode);
    } catch (error) {
      if ((error as { name?: unknown })?.name !== 'InvalidStateError') throw error;
      this.connection = undefined;
      return (await this.db()).transaction(stores, mode);
    }
  }

  /** Runs `body` in one transaction; any failure aborts it, so nothing of it is kept. */
  private async run<M extends 'readonly' | 'readwrite', T>(
    stores: LeadwayStoreName[],
    mode: M,
    body: (tx: Tx<M>) => Promise<T>,
  ): Promise<T> {
    try {
      const tx = await this.transaction(stores, mode);
      try {
        const result = await body(tx);
        await tx.done;
        return result;
      } catch (error) {
        abortQuietly(tx);
        await tx.done.catch(() => {});
        throw error;
      }
    } catch (error) {
      throw toStorageError(error);
    }
  }

  // Settings

  async getSettings(): Promise<Settings> {
    const stored = await this.run(['settings'], 'readonly', (tx) => tx.objectStore('settings').get(SETTINGS_KEY));
    return stored === undefined ? defaultSettings() : upgradeStoredSettings(stored);
  }

  async saveSettings(patch: SettingsPatch): Promise<Settings> {
    if (!isPlainObject(patch)) throw invalid('Settings can only be changed with an object of new values.');
    return this.updateSettings(() => patch);
  }

  /**
   * Reads the settings and writes `change(current)` in one transaction, so an add or remove from one tab cannot
   * overwrite what another tab added a moment before.
   */
  async updateSettings(change: (current: Settings) => SettingsPatch): Promise<Settings> {
    return this.run(['settings'], 'readwrite', async (tx) => {
      const store = tx.objectStore('settings');
      const stored = await store.get(SETTINGS_KEY);
      const current = stored === undefined ? defaultSettings() : upgradeStoredSettings(stored);
      const patch = change(current);
      const { settings, validation } = validateSettings(applySettingsPatch(current, patch), 'reject');
      if (!settings) refuse('These settings cannot be saved', validation);
      await store.put(settings, SETTINGS_KEY);
      return settings;
    });
  }

  // History

  async addEvent(event: Omit<HistoryEvent, 'id'>): Promise<HistoryEvent> {
    const [added] = await this.addEvents([event]);
    return added!;
  }

  async addEvents(events: Omit<HistoryEvent, 'id'>[]): Promise<HistoryEvent[]> {
    if (!Array.isArray(events)) throw invalid('History events must come as a list.');
    const v = new Validation('drop');
    const valid: HistoryEvent[] = [];
    events.forEach((event, index) => {
      const checked = checkEvent(v, event, events.length === 1 ? 'event' : `events[${index}]`, false);
      if (checked) valid.push(checked);
    });
    if (!v.ok) refuse('This history event cannot be saved', v);
    if (valid.length === 0) return [];
    return this.run(EVENT_WRITE_STORES, 'readwrite', (tx) => addEventsInTx(tx, valid));
  }

  async listHistory(filter: HistoryFilter = {}): Promise<HistoryEvent[]> {
    checkFilter(filter, 'history');
    return this.run(['history'], 'readonly', (tx) => queryHistory(tx, filter));
  }

  /** Events at or after `since`, oldest first (selection's recent-history input). */
  async historySince(since: number): Promise<HistoryEvent[]> {
    checkFilter({ since }, 'history');
    return this.run(['history'], 'readonly', (tx) =>
      tx.objectStore('history').index('by-at').getAll(IDBKeyRange.lowerBound(since)),
    );
  }

  /** What selection knows per tip: when it was last shown (history), and the user's choices (their own store). */
  async tipStates(): Promise<TipStates> {
    const [states, choices] = await this.run(['tipState', 'choices'], 'readonly', (tx) =>
      Promise.all([observed(tx.objectStore('tipState').getAll()), observed(tx.objectStore('choices').getAll())]),
    );
    const byTip = new Map<string, TipState | TipChoice>((states as TipState[]).map((state) => [state.tipId, state]));
    for (const choice of choices) byTip.set(choice.tipId, mergeChoice(byTip.get(choice.tipId), choice)!);
    const out: TipStates = {};
    for (const { tipId, ...state } of byTip.values()) out[tipId] = state;
    return out;
  }

  /** The user's choices (never, not now, helpful), as kept apart from history. */
  async listChoices(): Promise<TipChoice[]> {
    return this.run(['choices'], 'readonly', (tx) => tx.objectStore('choices').getAll());
  }

  /** Deletes matching events (all of them with no filter) and returns how many went. */
  async clearHistory(filter: ClearFilter = {}): Promise<number> {
    checkFilter(filter, 'clear');
    const { area, surface, type, before } = filter;
    if (area === undefined && surface === undefined && type === undefined && before === undefined) {
      return this.run(HISTORY_STORES, 'readwrite', async (tx) => {
        const count = await tx.objectStore('history').count();
        await Promise.all(HISTORY_STORES.map((name) => observed(tx.objectStore(name).clear())));
        return count;
      });
    }
    const upper = before ?? Number.POSITIVE_INFINITY;
    if (upper === Number.NEGATIVE_INFINITY) return 0;
    return this.run(HISTORY_STORES, 'readwrite', async (tx) => {
      const scan = scanFor(Number.NEGATIVE_INFINITY, upper, before !== undefined, undefined, area);
      const removed = await deleteEvents(tx, scan, { where: (event) => matches(event, filter) });
      await afterEventsRemoved(tx, removed);
      return removed.length;
    });
  }

  /**
   * Retention: drops events older than 400 days, then the oldest beyond 200,000. Does the work at most once a day
   * (tracked in meta) unless `force`; cheap to call after every write. Returns how many events went.
   */
  async pruneHistory(now: number, options: { force?: boolean } = {}): Promise<number> {
    if (typeof now !== 'number' || !Number.isFinite(now)) throw invalid('pruneHistory needs the current time in milliseconds.');
    return this.run([...HISTORY_STORES, 'meta'], 'readwrite', async (tx) => {
      const meta = tx.objectStore('meta');
      if (!options.force && !pruneDue(await meta.get('lastPrunedAt'), now)) return 0;
      const cutoff = now - this.retentionMs;
      const removed = await deleteEvents(tx, scanFor(Number.NEGATIVE_INFINITY, cutoff, true));
      const excess = (await tx.objectStore('history').count()) - this.maxEvents;
      if (excess > 0) {
        removed.push(...(await deleteEvents(tx, { index: 'by-at', range: null }, { count: excess })));
      }
      await afterEventsRemoved(tx, removed);
      await meta.put(now, 'lastPrunedAt');
      return removed.length;
    });
  }

  /** Weekly reaction counts for the `weeks` weeks ending with the one holding `now`, oldest week first. */
  async growth(weeks: number, now: number): Promise<WeeklyStat[]> {
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 520) throw invalid('growth needs a whole number of weeks from 1 to 520.');
    if (typeof now !== 'number' || !Number.isFinite(now)) throw invalid('growth needs the current time in milliseconds.');
    const last = weekStart(now);
    const first = last - (weeks - 1) * WEEK_MS;
    return this.run(['weeklyStats'], 'readonly', (tx) =>
      tx.objectStore('weeklyStats').index('by-week').getAll(IDBKeyRange.bound(first, last)),
    );
  }

  // Custom tips

  async listCustomTips(): Promise<Tip[]> {
    return this.run(['customTips'], 'readonly', (tx) => tx.objectStore('customTips').getAll());
  }

  /** Adds or replaces a tip the user wrote; returns it as stored (texts trimmed). */
  async saveCustomTip(tip: Tip): Promise<Tip> {
    const v = new Validation('drop');
    const checked = checkCustomTip(v, tip, 'tip');
    if (!checked) refuse('This tip cannot be saved', v);
    await this.run(['customTips'], 'readwrite', (tx) => tx.objectStore('customTips').put(checked));
    return checked;
  }

  async deleteCustomTip(id: string): Promise<void> {
    if (typeof id !== 'string') throw invalid('A tip id is text.');
    await this.run(['customTips'], 'readwrite', (tx) => tx.objectStore('customTips').delete(id));
  }

  // Site problems (diagnostics: not exported, kept by an import, cleared by a reset)

  /** Keeps `problem` as its site's last problem, replacing the one before. */
  async saveSiteProblem(problem: SiteProblem): Promise<SiteProblem> {
    const checked = checkSiteProblem(problem);
    if (!checked.ok) throw invalid(`This site problem cannot be saved: ${checked.error}.`);
    await this.run(['siteProblems'], 'readwrite', (tx) => tx.objectStore('siteProblems').put(checked.value));
    return checked.value;
  }

  /** The last problem of each site, newest first; a damaged record is left out rather than shown. */
  async listSiteProblems(): Promise<SiteProblem[]> {
    const stored = await this.run(['siteProblems'], 'readonly', (tx) => tx.objectStore('siteProblems').getAll());
    const problems: SiteProblem[] = [];
    for (const value of stored as unknown[]) {
      const checked = checkSiteProblem(value);
      if (checked.ok) problems.push(checked.value);
    }
    return problems.sort((a, b) => b.at - a.at);
  }

  /** Forgets the kept problems (all sites, or one). */
  async clearSiteProblems(site?: SiteProblem['site']): Promise<void> {
    await this.run(['siteProblems'], 'readwrite', (tx) =>
      site === undefined ? tx.objectStore('siteProblems').clear() : tx.objectStore('siteProblems').delete(site),
    );
  }

  // Review memory (opt-in: the background checks the setting before calling these)

  /** Remembers a visit to a pull request on `host` (from the sender, never the page's word), and prunes old facts. */
  async recordPrVisit(host: string, visit: PrVisit, now: number): Promise<PrFact> {
    const v = new Validation('reject');
    const checked = checkPrVisit(v, visit, 'visit');
    if (!checked) refuse('This pull-request visit cannot be saved', v);
    return this.run(['prFacts'], 'readwrite', async (tx) => {
      await pruneFacts(tx, now, this.prFactRetentionMs);
      return putVisit(tx, host, checked, now);
    });
  }

  /** Counts a comment or review the user posted (its label and whether a rewrite was accepted, never its text). */
  async recordPrComment(host: string, posted: PrCommentPosted, now: number): Promise<PrFact> {
    const v = new Validation('reject');
    const checked = checkPrComment(v, posted, 'comment');
    if (!checked) refuse('This comment fact cannot be saved', v);
    return this.run(['prFacts'], 'readwrite', (tx) => putComment(tx, host, checked, now));
  }

  async listPrFacts(now: number): Promise<PrFact[]> {
    return this.run(['prFacts'], 'readonly', (tx) => readFacts(tx, now, this.prFactRetentionMs));
  }

  /** Deletes one pull request's facts (by its key), or all of them; returns how many went. */
  async deletePrFacts(key?: string): Promise<number> {
    if (key !== undefined && typeof key !== 'string') throw invalid('A pull request key is text.');
    return this.run(['prFacts'], 'readwrite', async (tx) => {
      const store = tx.objectStore('prFacts');
      if (key === undefined) {
        const count = await store.count();
        await store.clear();
        return count;
      }
      const found = (await store.count(key)) > 0;
      if (found) await store.delete(key);
      return found ? 1 : 0;
    });
  }

  /** The user opened a 1:1 with this person in Leadway; returns what Leadway now keeps about it. */
  async noteOneOnOneOpened(personId: string, eventKey: string, now: number, start?: number): Promise<OneOnOneMemory> {
    if (typeof personId !== 'string' || personId === '' || typeof eventKey !== 'string' || eventKey === '') {
      throw invalid('A 1:1 opening needs a person id and an event key.');
    }
    return this.run(['oneOnOneMemory'], 'readwrite', (tx) => openedOneOnOne(tx, personId, eventKey, now, start));
  }

  async listOneOnOneMemory(): Promise<OneOnOneMemory[]> {
    return this.run(['oneOnOneMemory'], 'readonly', (tx) => tx.objectStore('oneOnOneMemory').getAll());
  }

  // Backup

  async exportData(now: number): Promise<LeadwayExport> {
    return this.run(['settings', 'history', 'customTips', 'choices', 'prFacts'], 'readonly', async (tx) => {
      const [stored, history, customTips, choices, prFacts] = await Promise.all([
        observed(tx.objectStore('settings').get(SETTINGS_KEY)),
        observed(tx.objectStore('history').getAll()),
        observed(tx.objectStore('customTips').getAll()),
        observed(tx.objectStore('choices').getAll()),
        readFacts(tx, now, this.prFactRetentionMs),
      ]);
      history.sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
      // Client ids only matter for a few seconds (retries); a file has no use for them.
      const exported = history.map(({ clientId: _clientId, ...event }) => event);
      const settings = stored === undefined ? defaultSettings() : upgradeStoredSettings(stored);
      return buildExport(now, settings, exported, customTips, choices, prFacts);
    });
  }

  /**
   * Checks an export file and, unless `dryRun`, replaces everything with it in one transaction. A refused file
   * throws ImportFailedError (its `detail` says why); a failed write leaves the store exactly as it was.
   */
  async importData(text: string, options: { dryRun?: boolean; now?: number } = {}): Promise<ImportPreview> {
    const parsed = parseExport(text, options.now);
    if (!parsed.ok) throw new ImportFailedError(parsed.error);
    const { data, warnings } = parsed;
    if (options.dryRun) return this.run(ALL_STORES, 'readonly', (tx) => previewImport(tx, data, warnings));
    return this.run(ALL_STORES, 'readwrite', async (tx) => {
      const preview = await previewImport(tx, data, warnings);
      await replaceAll(tx, data);
      return preview;
    });
  }

  /** Deletes everything Leadway stored, in one transaction. */
  async reset(): Promise<void> {
    await this.run(ALL_STORES, 'readwrite', async (tx) => {
      await Promise.all(ALL_STORES.map((name) => observed(tx.objectStore(name).clear())));
    });
  }
}
