import type { IDBPTransaction } from 'idb';
import type { HistoryEvent } from '../history';
import { applyWeeklyDelta, foldTipState, tipStatesOf, weeklyDeltas } from './aggregates';
import type { LeadwayDB, LeadwayStoreName, TipState } from './schema';
import { observed } from './requests';

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

/** Adds new events (ids assigned by the store unless they carry one) and keeps the derived stores in step. */
export async function addEventsInTx(tx: WriteTx, events: HistoryEvent[]): Promise<HistoryEvent[]> {
  const history = tx.objectStore('history');
  const ids = await Promise.all(events.map((event) => observed(history.add(event))));
  const added = events.map((event, index) => ({ ...event, id: ids[index] }));

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
  return added;
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
