import type { HistoryEvent } from '../../../utils/history';
import type { Tip } from '../../../utils/tips/types';
import type { SettingsV1 } from '../../../utils/storage/legacy';

/**
 * Builds databases exactly as earlier releases did, with raw IndexedDB (no idb, no migrations module), so the
 * migration tests start from honest old data.
 */
export function openRaw(name: string, version: number, upgrade: (db: IDBDatabase, tx: IDBTransaction) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade(req.result, req.transaction!);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('blocked'));
  });
}

export const V1_SETTINGS: SettingsV1 = {
  areas: {
    'stepping-up': true,
    ownership: true,
    relationships: false,
    'technical-expertise': true,
    mentorship: true,
    'project-management': true,
    communication: true,
    'managing-up': false,
    'conflict-and-crises': true,
    vision: true,
  },
  role: 'tech-lead',
  dailyCap: 3,
  snoozeDays: 14,
};

async function fill(db: IDBDatabase, stores: string[], write: (tx: IDBTransaction) => void): Promise<void> {
  const tx = db.transaction(stores, 'readwrite');
  write(tx);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Version 1: settings (old shape, key "settings") and history with by-at and by-tip. */
export async function createV1(name: string, settings: unknown, events: Omit<HistoryEvent, 'id'>[]): Promise<void> {
  const db = await openRaw(name, 1, (raw) => {
    raw.createObjectStore('settings');
    const history = raw.createObjectStore('history', { keyPath: 'id', autoIncrement: true });
    history.createIndex('by-at', 'at');
    history.createIndex('by-tip', 'tipId');
  });
  await fill(db, ['settings', 'history'], (tx) => {
    if (settings !== undefined) tx.objectStore('settings').put(settings, 'settings');
    for (const e of events) tx.objectStore('history').add(e);
  });
  db.close();
}

/** Version 2: version 1 plus customTips and the by-area, by-area-at and by-tip-at indexes. */
export async function createV2(
  name: string,
  settings: unknown,
  events: Omit<HistoryEvent, 'id'>[],
  tips: Tip[],
): Promise<void> {
  const db = await openRaw(name, 2, (raw) => {
    raw.createObjectStore('settings');
    const history = raw.createObjectStore('history', { keyPath: 'id', autoIncrement: true });
    history.createIndex('by-at', 'at');
    history.createIndex('by-tip', 'tipId');
    raw.createObjectStore('customTips', { keyPath: 'id' });
    history.createIndex('by-area', 'area');
    history.createIndex('by-area-at', ['area', 'at']);
    history.createIndex('by-tip-at', ['tipId', 'at']);
  });
  await fill(db, ['settings', 'history', 'customTips'], (tx) => {
    if (settings !== undefined) tx.objectStore('settings').put(settings, 'settings');
    for (const e of events) tx.objectStore('history').add(e);
    for (const tip of tips) tx.objectStore('customTips').put(tip);
  });
  db.close();
}

export async function rawVersion(name: string): Promise<number> {
  const dbs = await indexedDB.databases();
  return dbs.find((d) => d.name === name)?.version ?? 0;
}

/**
 * Version 3 as that release wrote it: version 2 plus the derived stores (weeklyStats by week, tipState) and meta,
 * filled with whatever the caller gives (the test passes records recounted from `events`).
 */
export async function createV3(
  name: string,
  data: {
    settings: unknown;
    events: Omit<HistoryEvent, 'id'>[];
    tips: Tip[];
    weeklyStats: unknown[];
    tipState: unknown[];
    meta: Record<string, unknown>;
  },
): Promise<void> {
  const db = await openRaw(name, 3, (raw) => {
    raw.createObjectStore('settings');
    const history = raw.createObjectStore('history', { keyPath: 'id', autoIncrement: true });
    history.createIndex('by-at', 'at');
    history.createIndex('by-tip', 'tipId');
    history.createIndex('by-area', 'area');
    history.createIndex('by-area-at', ['area', 'at']);
    history.createIndex('by-tip-at', ['tipId', 'at']);
    raw.createObjectStore('customTips', { keyPath: 'id' });
    raw.createObjectStore('weeklyStats', { keyPath: 'key' }).createIndex('by-week', 'week');
    raw.createObjectStore('tipState', { keyPath: 'tipId' });
    raw.createObjectStore('meta');
  });
  await fill(db, ['settings', 'history', 'customTips', 'weeklyStats', 'tipState', 'meta'], (tx) => {
    if (data.settings !== undefined) tx.objectStore('settings').put(data.settings, 'settings');
    for (const e of data.events) tx.objectStore('history').add(e);
    for (const tip of data.tips) tx.objectStore('customTips').put(tip);
    for (const stat of data.weeklyStats) tx.objectStore('weeklyStats').put(stat);
    for (const state of data.tipState) tx.objectStore('tipState').put(state);
    for (const [key, value] of Object.entries(data.meta)) tx.objectStore('meta').put(value, key);
  });
  db.close();
}
