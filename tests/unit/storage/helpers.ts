import type { IDBPDatabase } from 'idb';
import { REACTIONS, type HistoryEvent } from '../../../utils/history';
import { AREAS } from '../../../utils/tips/areas';
import { SURFACES, type Tip } from '../../../utils/tips/types';
import { openLeadwayDb } from '../../../utils/storage/open';
import { LeadwayStore, type StoreOptions } from '../../../utils/storage/store';
import { tipStatesOf, weeklyStatsOf } from '../../../utils/storage/aggregates';
import { ALL_STORES, type LeadwayDB } from '../../../utils/storage/schema';
import { EXPORT_FORMAT, EXPORT_VERSION, type LeadwayExport } from '../../../utils/storage/backup';
import { defaultSettings } from '../../../utils/settings';

let counter = 0;

/** A database name no other test uses. */
export function freshName(label = 'test'): string {
  counter += 1;
  return `leadway-${label}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function openStore(options: StoreOptions = {}, label?: string) {
  const name = freshName(label);
  const store = new LeadwayStore(() => openLeadwayDb(name), options);
  const db = await openLeadwayDb(name);
  return { name, store, db };
}

/** Deterministic random numbers, so a failing property test can be replayed. */
export { seededRandom } from '../../../utils/random';

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export const NOW = Date.UTC(2025, 4, 14, 15, 30); // a Wednesday afternoon
export const DAY = 86_400_000;

export function event(overrides: Partial<HistoryEvent> = {}): Omit<HistoryEvent, 'id'> {
  return {
    type: 'shown',
    tipId: 'mentorship-03',
    area: 'mentorship',
    surface: 'pr-hint',
    contextKey: 'acme/widget#42',
    at: NOW,
    ...overrides,
  };
}

export function randomEvent(random: () => number, spanDays = 120, tipCount = 12): Omit<HistoryEvent, 'id'> {
  const area = pick(random, AREAS);
  return {
    type: pick(random, REACTIONS),
    tipId: `${area}-${String(Math.floor(random() * tipCount)).padStart(2, '0')}`,
    area,
    surface: pick(random, SURFACES),
    contextKey: `acme/repo-${Math.floor(random() * 5)}#${Math.floor(random() * 300)}`,
    at: NOW - Math.floor(random() * spanDays * DAY),
  };
}

export function customTip(overrides: Partial<Tip> = {}): Tip {
  return {
    id: 'custom-ask-for-context',
    area: 'relationships',
    title: 'Ask what they already tried',
    body: 'Before suggesting a fix in a review, ask the author which approaches they weighed. It saves a round trip and shows respect for their thinking.',
    why: 'People explain their choices better than a diff does.',
    contexts: ['pr-reviewer'],
    custom: true,
    ...overrides,
  };
}

export type Dump = Record<string, { key: unknown; value: unknown }[]>;

/** Every record of every store, keys included: two equal dumps mean two identical databases. */
export async function dumpAll(db: IDBPDatabase<LeadwayDB>): Promise<Dump> {
  const tx = db.transaction(ALL_STORES, 'readonly');
  const dump: Dump = {};
  for (const name of ALL_STORES) {
    const store = tx.objectStore(name);
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    dump[name] = keys.map((key, index) => ({ key, value: values[index] }));
  }
  await tx.done;
  return dump;
}

/** The derived stores as stored, and as recounted from raw history; a test asserts they are equal. */
export async function derivedVersusRecount(db: IDBPDatabase<LeadwayDB>) {
  const tx = db.transaction(['history', 'weeklyStats', 'tipState'], 'readonly');
  const [history, weekly, tips] = await Promise.all([
    tx.objectStore('history').getAll(),
    tx.objectStore('weeklyStats').getAll(),
    tx.objectStore('tipState').getAll(),
  ]);
  await tx.done;
  const byKey = <T extends { key: string }>(list: T[]) => [...list].sort((a, b) => a.key.localeCompare(b.key));
  const byTip = <T extends { tipId: string }>(list: T[]) => [...list].sort((a, b) => a.tipId.localeCompare(b.tipId));
  return {
    stored: { weekly: byKey(weekly), tips: byTip(tips) },
    recount: { weekly: byKey(weeklyStatsOf(history)), tips: byTip(tipStatesOf(history)) },
    historyCount: history.length,
  };
}

/** A small, valid export file's contents. */
export function validExport(): LeadwayExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: NOW,
    settings: { ...defaultSettings(), role: 'tech-lead' },
    history: [
      { ...event({ at: NOW - 5000 }), id: 1 },
      { ...event({ type: 'helpful', at: NOW - 4000 }), id: 2 },
      { ...event({ type: 'never', tipId: 'vision-04', area: 'vision', surface: 'popup', contextKey: '', at: NOW }), id: 7 },
    ],
    customTips: [customTip()],
  };
}

