import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { HistoryEvent } from '../history';
import { accumulateWeekly, foldTipState } from './aggregates';
import { checkEvent } from './validate-event';
import { Validation } from './validate-core';
import { upgradeStoredSettings } from './legacy';
import { SETTINGS_KEY, type LeadwayDB, type TipState, type WeeklyStat } from './schema';
import { observed } from './requests';

export { StorageError, type StorageErrorCode } from './errors';

export type UpgradeTx = IDBPTransaction<LeadwayDB, StoreNames<LeadwayDB>[], 'versionchange'>;

/**
 * One schema version. `migrate` runs inside the upgrade transaction and may only await IndexedDB requests. Steps
 * never drop records: they add stores and indexes, and rewrite records into newer shapes.
 */
export interface MigrationStep {
  version: number;
  migrate(db: IDBPDatabase<LeadwayDB>, tx: UpgradeTx): Promise<void> | void;
}

/** Counts a record into the derived stores only when it has the shape they need; the record is kept either way. */
function wellFormed(value: unknown): HistoryEvent | undefined {
  return checkEvent(new Validation('drop'), value, 'event', true);
}

/** Batches keep memory flat and avoid a cursor round trip per record over a large history. */
const BACKFILL_BATCH = 5000;

async function backfillDerivedStores(tx: UpgradeTx): Promise<void> {
  const weekly = new Map<string, WeeklyStat>();
  const tips = new Map<string, TipState>();
  const history = tx.objectStore('history');
  let range: IDBKeyRange | undefined;
  for (;;) {
    const [values, keys] = await Promise.all([
      observed(history.getAll(range, BACKFILL_BATCH)),
      observed(history.getAllKeys(range, BACKFILL_BATCH)),
    ]);
    for (const value of values) {
      const event = wellFormed(value);
      if (!event) continue;
      accumulateWeekly(weekly, event, 1);
      tips.set(event.tipId, foldTipState(tips.get(event.tipId), event));
    }
    const lastKey = keys[keys.length - 1];
    if (lastKey === undefined || keys.length < BACKFILL_BATCH) break;
    range = IDBKeyRange.lowerBound(lastKey, true);
  }
  const weeklyStats = tx.objectStore('weeklyStats');
  const tipState = tx.objectStore('tipState');
  await Promise.all([
    ...[...weekly.values()].map((stat) => observed(weeklyStats.put(stat))),
    ...[...tips.values()].map((state) => observed(tipState.put(state))),
  ]);
}

async function upgradeSettingsRecord(tx: UpgradeTx): Promise<void> {
  const store = tx.objectStore('settings');
  const stored: unknown = await store.get(SETTINGS_KEY);
  if (stored === undefined) return;
  await store.put(upgradeStoredSettings(stored), SETTINGS_KEY);
}

export const MIGRATIONS: readonly MigrationStep[] = [
  {
    // First release: settings (old shape, see SettingsV1) and history looked up by time and by tip.
    version: 1,
    migrate(db) {
      db.createObjectStore('settings');
      const history = db.createObjectStore('history', { keyPath: 'id', autoIncrement: true });
      history.createIndex('by-at', 'at');
      history.createIndex('by-tip', 'tipId');
    },
  },
  {
    // Custom tips, and history filters by area and per-tip timelines.
    version: 2,
    migrate(db, tx) {
      db.createObjectStore('customTips', { keyPath: 'id' });
      const history = tx.objectStore('history');
      history.createIndex('by-area', 'area');
      history.createIndex('by-area-at', ['area', 'at']);
      history.createIndex('by-tip-at', ['tipId', 'at']);
    },
  },
  {
    // Derived stores so growth and selection never scan raw history; settings move to the current shape.
    version: 3,
    async migrate(db, tx) {
      db.createObjectStore('weeklyStats', { keyPath: 'key' }).createIndex('by-week', 'week');
      db.createObjectStore('tipState', { keyPath: 'tipId' });
      db.createObjectStore('meta');
      await backfillDerivedStores(tx);
      await upgradeSettingsRecord(tx);
    },
  },
  {
    // Client-made event ids (a retried reaction is stored once), and history numbered by Leadway, not the key
    // generator: a database an old import left with huge ids is renumbered so new events can follow.
    version: 4,
    // The user's choices (never, not now, helpful) move to their own store, carried over from tipState.
    async migrate(db, tx) {
      const history = tx.objectStore('history');
      history.createIndex('by-client', 'clientId');
      await renumberIfExhausted(tx);
      db.createObjectStore('choices', { keyPath: 'tipId' });
      await carryChoicesOver(tx);
    },
  },
  {
    // The last problem reading each site (a redesign of GitHub or a calendar), for the options page. Nothing to
    // rewrite: earlier versions kept no such record.
    version: 5,
    migrate(db) {
      db.createObjectStore('siteProblems', { keyPath: 'site' });
    },
  },
  {
    // Opt-in review memory: facts about pull requests, and when the user last opened a 1:1 with each person. New
    // stores only: every record of version 5 stays as it was.
    version: 6,
    migrate(db) {
      db.createObjectStore('prFacts', { keyPath: 'key' });
      db.createObjectStore('oneOnOneMemory', { keyPath: 'personId' });
    },
  },
];

/** Ids past this leave too little room after them; such a history is renumbered 1, 2, 3… in order of time. */
const RENUMBER_ABOVE = 2 ** 52;

async function renumberIfExhausted(tx: UpgradeTx): Promise<void> {
  const history = tx.objectStore('history');
  const last = await history.openKeyCursor(null, 'prev');
  if (!last || Number(last.key) <= RENUMBER_ABOVE) return;
  const events = (await observed(history.getAll())) as HistoryEvent[];
  events.sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
  await observed(history.clear());
  await Promise.all(events.map((event, index) => observed(history.put({ ...event, id: index + 1 }))));
}

/** Today's never / not-now / helpful state (tipState, derived from history) becomes the user's choices. */
async function carryChoicesOver(tx: UpgradeTx): Promise<void> {
  const states = (await observed(tx.objectStore('tipState').getAll())) as TipState[];
  const choices = tx.objectStore('choices');
  await Promise.all(
    states
      .filter((state) => state.never || state.lastSnoozed !== undefined || state.helpful > 0)
      .map((state) =>
        observed(
          choices.put({
            tipId: state.tipId,
            helpful: state.helpful,
            ...(state.never ? { never: true } : {}),
            ...(state.lastSnoozed !== undefined ? { lastSnoozed: state.lastSnoozed } : {}),
          }),
        ),
      ),
  );
}

/** Runs every step after `oldVersion` up to `newVersion`, in order, inside the upgrade transaction. */
export async function runMigrations(
  db: IDBPDatabase<LeadwayDB>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  for (const step of MIGRATIONS) {
    if (step.version > oldVersion && step.version <= newVersion) await step.migrate(db, tx);
  }
}
