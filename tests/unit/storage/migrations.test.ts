import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../utils/settings';
import { DB_VERSION } from '../../../utils/storage/schema';
import { MIGRATIONS, StorageError } from '../../../utils/storage/migrations';
import { openLeadwayDb } from '../../../utils/storage/open';
import { LeadwayStore } from '../../../utils/storage/store';
import { weekStart } from '../../../utils/storage/aggregates';
import { createV1, createV2, createV3, openRaw, rawVersion, V1_SETTINGS } from './legacy-db';
import { customTip, DAY, derivedVersusRecount, dumpAll, event, freshName, NOW, randomEvent, seededRandom } from './helpers';
import { tipStatesOf, weeklyStatsOf } from '../../../utils/storage/aggregates';
import type { SiteProblem } from '../../../utils/site-health';

const OLD_EVENTS = [
  event({ type: 'shown', at: NOW - 20 * DAY }),
  event({ type: 'helpful', at: NOW - 20 * DAY + 60_000 }),
  event({ type: 'shown', tipId: 'vision-02', area: 'vision', surface: 'one-on-one', contextKey: 'cal:x', at: NOW - 2 * DAY }),
  event({ type: 'not-now', tipId: 'vision-02', area: 'vision', surface: 'one-on-one', contextKey: 'cal:x', at: NOW - 2 * DAY + 1 }),
  event({ type: 'never', tipId: 'ownership-05', area: 'ownership', surface: 'popup', contextKey: '', at: NOW - DAY }),
];

describe('migrations', () => {
  it('lists one step per version, in order, ending at DB_VERSION', () => {
    expect(MIGRATIONS.map((step) => step.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(DB_VERSION).toBe(6);
  });

  it('creates every store and index on a fresh install', async () => {
    const db = await openLeadwayDb(freshName('fresh'));
    expect([...db.objectStoreNames].sort()).toEqual([
      'choices',
      'customTips',
      'history',
      'meta',
      'oneOnOneMemory',
      'prFacts',
      'settings',
      'siteProblems',
      'tipState',
      'weeklyStats',
    ]);
    expect([...db.transaction('history').store.indexNames].sort()).toEqual([
      'by-area',
      'by-area-at',
      'by-at',
      'by-client',
      'by-tip',
      'by-tip-at',
    ]);
    expect([...db.transaction('weeklyStats').store.indexNames]).toEqual(['by-week']);
    expect(db.version).toBe(DB_VERSION);
  });

  it('upgrades a version 1 database with data, keeping every record', async () => {
    const name = freshName('v1');
    await createV1(name, V1_SETTINGS, OLD_EVENTS);
    const db = await openLeadwayDb(name);
    expect(db.version).toBe(DB_VERSION);

    const history = await db.getAll('history');
    expect(history).toEqual(OLD_EVENTS.map((e, i) => ({ ...e, id: i + 1 })));
    // The indexes added in version 2 cover the old records.
    expect(await db.getAllKeysFromIndex('history', 'by-area', 'vision')).toEqual([3, 4]);
    expect(await db.getAllKeysFromIndex('history', 'by-tip-at', IDBKeyRange.bound(['vision-02', 0], ['vision-02', NOW]))).toEqual([3, 4]);
    expect(
      await db.getAllKeysFromIndex('history', 'by-area-at', IDBKeyRange.bound(['mentorship', NOW - 30 * DAY], ['mentorship', NOW])),
    ).toEqual([1, 2]);

    // Derived stores were backfilled from the old history.
    const { stored, recount } = await derivedVersusRecount(db);
    expect(stored).toEqual(recount);
    expect(stored.weekly.length).toBeGreaterThan(0);
    expect(await db.get('tipState', 'vision-02')).toEqual({ tipId: 'vision-02', lastShown: NOW - 2 * DAY, lastSnoozed: NOW - 2 * DAY + 1, helpful: 0 });
    expect(await db.get('tipState', 'ownership-05')).toEqual({ tipId: 'ownership-05', never: true, helpful: 0 });

    // Settings moved to the current shape: dailyCap became the PR-hint cap, the rest kept or defaulted.
    const settings = await db.get('settings', 'settings');
    const defaults = defaultSettings();
    expect(settings).toEqual({
      ...defaults,
      areas: V1_SETTINGS.areas,
      role: 'tech-lead',
      snoozeDays: 14,
      dailyCaps: { ...defaults.dailyCaps, 'pr-hint': 3 },
    });
    expect(settings).not.toHaveProperty('dailyCap');

    // And the store works on top of it: new ids continue after the old ones.
    const store = new LeadwayStore(() => openLeadwayDb(name));
    const added = await store.addEvent(event({ at: NOW }));
    expect(added.id).toBe(6);
    expect((await store.getSettings()).dailyCaps['pr-hint']).toBe(3);
  });

  it('upgrades a version 1 database that never saved settings', async () => {
    const name = freshName('v1-empty');
    await createV1(name, undefined, []);
    const db = await openLeadwayDb(name);
    expect(await db.count('settings')).toBe(0);
    expect(await new LeadwayStore(() => openLeadwayDb(name)).getSettings()).toEqual(defaultSettings());
  });

  it('repairs damaged old settings value by value instead of failing the upgrade', async () => {
    const name = freshName('v1-damaged');
    await createV1(name, { ...V1_SETTINGS, role: 'wizard', dailyCap: -4, areas: { vision: false, bogus: true } }, []);
    const db = await openLeadwayDb(name);
    const settings = await db.get('settings', 'settings');
    const defaults = defaultSettings();
    expect(settings?.role).toBe(defaults.role);
    expect(settings?.dailyCaps).toEqual(defaults.dailyCaps);
    expect(settings?.snoozeDays).toBe(14);
    expect(settings?.areas).toEqual({ ...defaults.areas, vision: false });
  });

  it('upgrades a version 2 database with data, keeping custom tips', async () => {
    const name = freshName('v2');
    const random = seededRandom(2);
    const events = Array.from({ length: 300 }, () => randomEvent(random));
    const tips = [customTip(), customTip({ id: 'custom-second', area: 'vision', contexts: ['one-on-one-report'] })];
    await createV2(name, { ...V1_SETTINGS, dailyCap: 8 }, events, tips);
    const db = await openLeadwayDb(name);
    expect(await db.count('history')).toBe(300);
    expect(await db.getAll('history')).toEqual(events.map((e, i) => ({ ...e, id: i + 1 })));
    expect(await db.getAll('customTips')).toEqual([...tips].sort((a, b) => a.id.localeCompare(b.id)));
    const { stored, recount } = await derivedVersusRecount(db);
    expect(stored).toEqual(recount);
    const countedEvents = stored.weekly.reduce((sum, s) => sum + Object.values(s.counts).reduce((a, b) => a + b, 0), 0);
    expect(countedEvents).toBe(300);
    expect((await db.get('settings', 'settings'))?.dailyCaps['pr-hint']).toBe(8);
    const thisWeek = weekStart(NOW);
    expect(stored.weekly.every((s) => s.week <= thisWeek && (s.week - thisWeek) % (7 * DAY) === 0)).toBe(true);
  });

  it('upgrades a version 3 database losslessly to the current version: every old record stays, byte for byte, and site problems start empty', async () => {
    const name = freshName('v3');
    const random = seededRandom(3);
    const events = Array.from({ length: 200 }, () => randomEvent(random));
    const withIds = events.map((e, i) => ({ ...e, id: i + 1 }));
    const settings = { ...defaultSettings(), role: 'tech-lead' as const, snoozeDays: 9 };
    const tips = [customTip()];
    await createV3(name, {
      settings,
      events,
      tips,
      weeklyStats: weeklyStatsOf(withIds),
      tipState: tipStatesOf(withIds),
      meta: { lastPrunedAt: NOW - DAY },
    });
    const db = await openLeadwayDb(name);
    expect(db.version).toBe(DB_VERSION);
    const dump = await dumpAll(db);
    expect(dump.siteProblems).toEqual([]);
    expect(dump.settings).toEqual([{ key: 'settings', value: settings }]);
    expect(dump.history!.map((r) => r.value)).toEqual(withIds);
    expect(dump.customTips!.map((r) => r.value)).toEqual(tips);
    expect(dump.meta).toEqual([{ key: 'lastPrunedAt', value: NOW - DAY }]);
    const { stored, recount } = await derivedVersusRecount(db);
    expect(stored).toEqual(recount);

    // The new store works on top of the old data, and keeps one problem per site.
    const store = new LeadwayStore(() => openLeadwayDb(name));
    const problem: SiteProblem = { site: 'github', missing: ['no-author'], page: 'hybrid', groups: { author: false }, version: '0.1.0', at: NOW };
    await store.saveSiteProblem(problem);
    await store.saveSiteProblem({ ...problem, missing: ['no-placement'], at: NOW + 1 });
    expect(await store.listSiteProblems()).toEqual([{ ...problem, missing: ['no-placement'], at: NOW + 1 }]);
    expect((await store.getSettings()).snoozeDays).toBe(9);
  });

  it('backfills a large history in batches and keeps records it cannot count', async () => {
    const name = freshName('v1-large');
    const random = seededRandom(12);
    const events = Array.from({ length: 12_001 }, () => randomEvent(random, 380, 20));
    const odd = { ...event(), area: 'retired-area', surface: 'sidebar' } as never;
    await createV1(name, V1_SETTINGS, [...events, odd]);
    const db = await openLeadwayDb(name);
    expect(await db.count('history')).toBe(12_002);
    expect(await db.get('history', 12_002)).toEqual({ ...(odd as object), id: 12_002 });
    const weekly = await db.getAll('weeklyStats');
    const counted = weekly.reduce((sum, s) => sum + Object.values(s.counts).reduce((a, b) => a + b, 0), 0);
    expect(counted).toBe(12_001);
    const { recount } = await derivedVersusRecount(db);
    expect(weekly.length).toBe(recount.weekly.length - 1); // the recount includes the odd record; the backfill skips it
  });

  it('leaves the old database untouched when a migration step fails', async () => {
    const name = freshName('v1-fail');
    await createV1(name, V1_SETTINGS, OLD_EVENTS);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'weeklyStats') throw new DOMException('simulated failure', 'UnknownError');
      return put.apply(this, args);
    });
    const error = await openLeadwayDb(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).message).toContain('could not bring its saved data up to date');
    vi.restoreAllMocks();

    expect(await rawVersion(name)).toBe(1);
    const raw = await openRaw(name, 1, () => {});
    expect([...raw.objectStoreNames].sort()).toEqual(['history', 'settings']);
    raw.close();

    // Once the fault is gone the upgrade succeeds with all the data.
    const db = await openLeadwayDb(name);
    expect(await db.count('history')).toBe(OLD_EVENTS.length);
  });

  it('refuses a database saved by a newer version with a clear message', async () => {
    const name = freshName('newer');
    const raw = await openRaw(name, DB_VERSION + 1, (db) => db.createObjectStore('somethingNew'));
    raw.close();
    const error = await openLeadwayDb(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('newer-version');
    expect((error as StorageError).message).toBe(
      'Leadway’s data was saved by a newer version of Leadway; update the extension to use it.',
    );
    // Refusing changed nothing.
    expect(await rawVersion(name)).toBe(DB_VERSION + 1);

    const store = new LeadwayStore(() => openLeadwayDb(name));
    await expect(store.getSettings()).rejects.toMatchObject({ code: 'newer-version' });
  });
  it('renumbers a history an old import left with huge ids, so new events can follow (version 4)', async () => {
    const name = freshName('huge-ids');
    await createV2(name, V1_SETTINGS, OLD_EVENTS.slice(0, 2), []);
    const raw = await openRaw(name, 2, () => {});
    await new Promise<void>((resolve, reject) => {
      const tx = raw.transaction('history', 'readwrite');
      tx.objectStore('history').put({ ...OLD_EVENTS[4], id: Number.MAX_SAFE_INTEGER });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    raw.close();
    const store = new LeadwayStore(() => openLeadwayDb(name));
    const history = await store.listHistory();
    expect(history.map((e) => [e.id, e.type])).toEqual([
      [3, 'never'],
      [2, 'helpful'],
      [1, 'shown'],
    ]);
    expect((await store.addEvent(event({ type: 'acted' }))).id).toBe(4);
  });
  it('carries never, not-now and helpful from history into the choices store (version 4), which then outlives history', async () => {
    const name = freshName('choices');
    await createV1(name, V1_SETTINGS, OLD_EVENTS);
    // An old database whose history holds never, not-now and helpful: version 3 derives tipState from it, and
    // version 4 carries that state into the choices store.
    const store = new LeadwayStore(() => openLeadwayDb(name));
    const before = await store.tipStates();
    expect(await store.listChoices()).toEqual([
      { tipId: 'mentorship-03', helpful: 1 },
      { tipId: 'ownership-05', never: true, helpful: 0 },
      { tipId: 'vision-02', lastSnoozed: NOW - 2 * DAY + 1, helpful: 0 },
    ]);
    // Lossless: selection sees exactly what it saw before.
    expect(before['ownership-05']).toEqual({ never: true, helpful: 0 });
    expect(before['vision-02']).toEqual({ lastShown: NOW - 2 * DAY, lastSnoozed: NOW - 2 * DAY + 1, helpful: 0 });
    // Clearing all history and pruning everything leave the choices; the "shown" times go with history.
    await store.clearHistory();
    await store.pruneHistory(NOW + 1000 * DAY, { force: true });
    expect(await store.tipStates()).toEqual({
      'mentorship-03': { helpful: 1 },
      'ownership-05': { never: true, helpful: 0 },
      'vision-02': { lastSnoozed: NOW - 2 * DAY + 1, helpful: 0 },
    });
    // Only "Reset everything" forgets them.
    await store.reset();
    expect(await store.tipStates()).toEqual({});
  });
});
