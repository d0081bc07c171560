import type { IDBPTransaction } from 'idb';
import type { HistoryEvent } from '../history';
import type { Settings } from '../settings';
import type { Tip } from '../tips/types';
import { tipStatesOf, weeklyStatsOf } from './aggregates';
import { describeSettingsChanges, type LeadwayExport } from './backup';
import { upgradeStoredSettings } from './legacy';
import { SETTINGS_KEY, type LeadwayDB, type LeadwayStoreName } from './schema';
import { observed } from './requests';

export interface ImportPreview {
  /** Human-readable names of the settings the import changes. */
  settingsChanges: string[];
  historyEvents: number;
  customTips: number;
  currentHistoryEvents: number;
  currentCustomTips: number;
  /** Parts of the file this version does not know and leaves out (see backup.ts). */
  warnings: string[];
}

type AnyTx = IDBPTransaction<LeadwayDB, LeadwayStoreName[], 'readonly' | 'readwrite'>;
type ReplaceTx = IDBPTransaction<LeadwayDB, LeadwayStoreName[], 'readwrite'>;

export async function previewImport(tx: AnyTx, data: LeadwayExport, warnings: string[]): Promise<ImportPreview> {
  const [stored, currentHistoryEvents, currentCustomTips] = await Promise.all([
    observed(tx.objectStore('settings').get(SETTINGS_KEY)),
    observed(tx.objectStore('history').count()),
    observed(tx.objectStore('customTips').count()),
  ]);
  return {
    settingsChanges: describeSettingsChanges(upgradeStoredSettings(stored), data.settings),
    historyEvents: data.history.length,
    customTips: data.customTips.length,
    currentHistoryEvents,
    currentCustomTips,
    warnings,
  };
}

/**
 * Replaces settings, history, custom tips and the derived stores with `data`, inside the caller's transaction
 * (so a failure anywhere leaves everything as it was). `meta` is bookkeeping about this copy and stays.
 */
export async function replaceAll(tx: ReplaceTx, data: { settings: Settings; history: HistoryEvent[]; customTips: Tip[] }): Promise<void> {
  await Promise.all(
    (['settings', 'history', 'customTips', 'weeklyStats', 'tipState'] as const).map((name) => observed(tx.objectStore(name).clear())),
  );
  const history = tx.objectStore('history');
  // Events that carry ids go first: the key generator then moves past them, so events without ids get fresh
  // numbers instead of overwriting one of them.
  const withIds = data.history.filter((event) => event.id !== undefined);
  const withoutIds = data.history.filter((event) => event.id === undefined);
  await Promise.all(withIds.map((event) => observed(history.put(event))));
  const newIds = await Promise.all(withoutIds.map((event) => observed(history.add(event))));
  const all = [...withIds, ...withoutIds.map((event, index) => ({ ...event, id: newIds[index] }))];

  const weeklyStats = tx.objectStore('weeklyStats');
  const tipState = tx.objectStore('tipState');
  const customTips = tx.objectStore('customTips');
  await Promise.all([
    observed(tx.objectStore('settings').put(data.settings, SETTINGS_KEY)),
    ...data.customTips.map((tip) => observed(customTips.put(tip))),
    ...weeklyStatsOf(all).map((stat) => observed(weeklyStats.put(stat))),
    ...tipStatesOf(all).map((state) => observed(tipState.put(state))),
  ]);
}
