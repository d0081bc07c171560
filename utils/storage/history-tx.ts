import type { IDBPTransaction } from 'idb';
import type { HistoryEvent } from '../history';
import { applyWeeklyDelta, foldTipState, tipStatesOf, weeklyDeltas } from './aggregates';
import type { LeadwayDB, LeadwayStoreName, TipState } from './schema';
import { observed } from './requests';
import { StorageError } from './errors';
import { foldChoice, isChoiceEvent } from './choices';

/**
 * History writes together with the two derived stores, inside a transaction the caller owns. Nothing here awaits
 * anything but IndexedDB requests, so the transaction stays alive; the caller commits or aborts.
 */
export type WriteTx = IDBPTransaction<LeadwayDB, LeadwayStoreName[], 'readwrite' | 'versionchange'>;

/** Adds the weekly deltas of `events` (sign 1 when added, -1 when removed) to the weeklyStats store. */
export async function updateWeeklyStats(tx: WriteTx, events: HistoryEvent[], sign: 1 | -1): Promise<void> {
  const store = tx.objectStore('weeklyStats');
  const deltas = [...weeklyDeltas(events, sign).values()];
  const stored = await Promise.all(deltas.map((delta) => observed(store.get(delta.key))));
  await Promise.all(
    deltas.map((delta, index) => {
      const next = applyWeeklyDelta(stored[index], delta);
      return next ? observed(store.put(next)) : observed(store.delete(delta.key));
    }),
  );
}

/**
 * The id after the highest one in history (1 when it is empty). Leadway numbers events itself rather than through
 * the store's key generator: that generator never goes back, not even when the store is cleared, so one huge id
 * (an old import kept file ids as they were) would leave it exhausted and every later write failing.
 */
export async function nextEventId(tx: WriteTx): Promise<number> {
  const cursor = await tx.objectStore('history').openKeyCursor(null, 'prev');
  const next = cursor ? Number(cursor.key) + 1 : 1;
  if (!Number.isSafeInteger(next)) throw new StorageError('unknown', 'Leadway’s history numbering ran out. Clear history in the options page to start it again.');
  return next;
}

/** Adds new events, numbered after the highest id in history, and keeps the derived stores in step. */
export async function addEventsInTx(tx: WriteTx, events: HistoryEvent[]): Promise<HistoryEvent[]> {
  const history = tx.objectStore('history');
  // An event whose client id is already stored (a retry of one that landed) is not stored again.
  const byClient = history.index('by-client');
  const known = await Promise.all(events.map((event) => (event.clientId ? observed(byClient.get(event.clientId)) : undefined)));
  const result: HistoryEvent[] = [];
  const fresh: HistoryEvent[] = [];
  const seen = new Map<string, HistoryEvent>();
  let next = await nextEventId(tx);
  events.forEach((event, index) => {
    const stored = known[index] ?? (event.clientId ? seen.get(event.clientId) : undefined);
    if (stored) {
      result.push(stored);
      return;
    }
    const numbered = { ...event, id: next++ };
    if (event.clientId) seen.set(event.clientId, numbered);
    fresh.push(numbered);
    result.push(numbered);
  });
  await Promise.all(fresh.map((event) => observed(history.add(event))));
  const added = fresh;

  await recordChoices(tx, added);
  const tipStates = tx.objectStore('tipState');
  const byTip = new Map<string, HistoryEvent[]>();
  for (const event of added) {
    const list = byTip.get(event.tipId);
    if (list) list.push(event);
    else byTip.set(event.tipId, [event]);
  }
  const tipIds = [...byTip.keys()];
  const stored = await Promise.all(tipIds.map((tipId) => observed(tipStates.get(tipId))));
  await Promise.all([
    ...tipIds.map((tipId, index) => {
      let state: TipState | undefined = stored[index];
      for (const event of byTip.get(tipId) ?? []) state = foldTipState(state, event);
      return observed(tipStates.put(state!));
    }),
    observed(updateWeeklyStats(tx, added, 1)),
  ]);
  return result;
}

/** Folds the choices among `events` (never, not now, helpful) into the choices store. */
export async function recordChoices(tx: WriteTx, events: HistoryEvent[]): Promise<void> {
  const chosen = events.filter(isChoiceEvent);
  if (chosen.length === 0) return;
  const store = tx.objectStore('choices');
  const tipIds = [...new Set(chosen.map((event) => event.tipId))];
  const stored = await Promise.all(tipIds.map((tipId) => observed(store.get(tipId))));
  const next = new Map(tipIds.map((tipId, index) => [tipId, stored[index]] as const));
  for (const event of chosen) next.set(event.tipId, foldChoice(next.get(event.tipId), event));
  await Promise.all([...next.values()].map((choice) => observed(store.put(choice!))));
}

/** Recounts tip states from what is left in history, for tips that lost events. */
export async function recountTipStates(tx: WriteTx, tipIds: Iterable<string>): Promise<void> {
  const history = tx.objectStore('history').index('by-tip');
  const tipStates = tx.objectStore('tipState');
  const ids = [...new Set(tipIds)];
  const remaining = await Promise.all(ids.map((tipId) => observed(history.getAll(tipId))));
  await Promise.all(
    ids.map((tipId, index) => {
      const [state] = tipStatesOf(remaining[index] ?? []);
      return state ? observed(tipStates.put(state)) : observed(tipStates.delete(tipId));
    }),
  );
}

/** After events were deleted from history: fix the derived stores. */
export async function afterEventsRemoved(tx: WriteTx, removed: HistoryEvent[]): Promise<void> {
  if (removed.length === 0) return;
  await updateWeeklyStats(tx, removed, -1);
  await recountTipStates(
    tx,
    removed.map((event) => event.tipId),
  );
}

export interface CursorScan {
  index: 'by-at' | 'by-area-at' | 'by-tip-at';
  range: IDBKeyRange | null;
}

/**
 * Deletes the events in `scan` that pass `where` (all of them without it; at most `count`, oldest first, when given)
 * and returns them. One read and pipelined deletes: stepping a cursor costs a round trip per record, which is far
 * too slow over a large history. The derived stores are NOT fixed here: call afterEventsRemoved with the result.
 */
export async function deleteEvents(
  tx: WriteTx,
  scan: CursorScan,
  options: { where?: (event: HistoryEvent) => boolean; count?: number } = {},
): Promise<HistoryEvent[]> {
  const history = tx.objectStore('history');
  const candidates = await history.index(scan.index).getAll(scan.range, options.where ? undefined : options.count);
  const removed = options.where ? candidates.filter(options.where) : candidates;
  await Promise.all(removed.map((event) => observed(history.delete(event.id!))));
  return removed;
}
