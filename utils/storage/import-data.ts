import type { IDBPTransaction } from 'idb';
import type { HistoryEvent } from '../history';
import type { Settings } from '../settings';
import type { Tip } from '../tips/types';
import { tipStatesOf, weeklyStatsOf } from './aggregates';
import { describeSettingsChanges, type LeadwayExport } from './backup';
import { upgradeStoredSettings } from './legacy';
import { SETTINGS_KEY, type LeadwayDB, type LeadwayStoreName } from './schema';
import { observed } from './requests';
import { choicesOf, describeChoiceChanges, type TipChoice } from './choices';

export interface ImportPreview {
  /** Human-readable names of the settings the import changes. */
  settingsChanges: string[];
  historyEvents: number;
  customTips: number;
  currentHistoryEvents: number;
  currentCustomTips: number;
  /** How the user's choices (never, not now, helpful) would change, in words; empty when they stay. */
  choiceChanges: string[];
  /** Pull requests remembered for 1:1s, in the file and now. */
  prFacts: number;
  currentPrFacts: number;
  /** Parts of the file this version does not know and leaves out (see backup.ts). */
  warnings: string[];
}

/** The choices an import brings: the file's list, or for an older file without one, what its history implies. */
export function incomingChoices(data: Pick<LeadwayExport, 'choices' | 'history'>): TipChoice[] {
  return data.choices ?? choicesOf(data.history);
}

type AnyTx = IDBPTransaction<LeadwayDB, LeadwayStoreName[], 'readonly' | 'readwrite'>;
type ReplaceTx = IDBPTransaction<LeadwayDB, LeadwayStoreName[], 'readwrite'>;

/** Events in order of time (then of their old ids, then of position), numbered from 1. */
export function renumber(events: readonly HistoryEvent[]): HistoryEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.at - b.event.at || (a.event.id ?? Infinity) - (b.event.id ?? Infinity) || a.index - b.index)
    .map(({ event: { clientId: _clientId, ...event } }, index) => ({ ...event, id: index + 1 }));
}

export async function previewImport(tx: AnyTx, data: LeadwayExport, warnings: string[]): Promise<ImportPreview> {
  const [stored, currentHistoryEvents, currentCustomTips, currentChoices, currentPrFacts] = await Promise.all([
    observed(tx.objectStore('settings').get(SETTINGS_KEY)),
    observed(tx.objectStore('history').count()),
    observed(tx.objectStore('customTips').count()),
    observed(tx.objectStore('choices').getAll()),
    observed(tx.objectStore('prFacts').count()),
  ]);
  return {
    settingsChanges: describeSettingsChanges(upgradeStoredSettings(stored), data.settings),
    historyEvents: data.history.length,
    customTips: data.customTips.length,
    currentHistoryEvents,
    currentCustomTips,
    choiceChanges: describeChoiceChanges(currentChoices, incomingChoices(data)),
    prFacts: data.prFacts?.length ?? 0,
    currentPrFacts,
    warnings,
  };
}

/**
 * Replaces settings, history, custom tips and the derived stores with `data`, inside the caller's transaction
 * (so a failure anywhere leaves everything as it was). `meta` is bookkeeping about this copy and stays.
 */
export async function replaceAll(
  tx: ReplaceTx,
  data: Pick<LeadwayExport, 'settings' | 'history' | 'customTips' | 'choices' | 'prFacts'>,
): Promise<void> {
  await Promise.all(
    (['settings', 'history', 'customTips', 'weeklyStats', 'tipState', 'choices', 'prFacts'] as const).map((name) =>
      observed(tx.objectStore(name).clear()),
    ),
  );
  const prFacts = tx.objectStore('prFacts');
  await Promise.all((data.prFacts ?? []).map((fact) => observed(prFacts.put(fact))));
  const history = tx.objectStore('history');
  // The file's ids are not kept: events are numbered 1, 2, 3… in the file's order of time (ties keep the file's
  // order of ids), so no id from a file, however large, can exhaust the numbering (see nextEventId).
  const all = renumber(data.history);
  await Promise.all(all.map((event) => observed(history.put(event))));

  const weeklyStats = tx.objectStore('weeklyStats');
  const tipState = tx.objectStore('tipState');
  const customTips = tx.objectStore('customTips');
  const choices = tx.objectStore('choices');
  await Promise.all([
    ...incomingChoices(data).map((choice) => observed(choices.put(choice))),
    observed(tx.objectStore('settings').put(data.settings, SETTINGS_KEY)),
    ...data.customTips.map((tip) => observed(customTips.put(tip))),
    ...weeklyStatsOf(all).map((stat) => observed(weeklyStats.put(stat))),
    ...tipStatesOf(all).map((state) => observed(tipState.put(state))),
  ]);
}
