import { REACTIONS, type HistoryEvent, type Reaction } from '../history';
import type { Area } from '../tips/areas';
import type { Surface } from '../tips/types';
import type { TipState, WeeklyStat } from './schema';

/**
 * Pure arithmetic behind the two derived stores (weeklyStats and tipState). Both are functions of raw history:
 * the store keeps them in step inside each history transaction, and tests compare them with a fresh recount.
 */

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** Epoch ms of the Monday 00:00 UTC that starts the week holding `at`. (1 January 1970 was a Thursday.) */
export function weekStart(at: number): number {
  const day = Math.floor(at / DAY_MS);
  const daysSinceMonday = (((day + 3) % 7) + 7) % 7;
  return (day - daysSinceMonday) * DAY_MS;
}

export function weeklyStatKey(week: number, area: Area, surface: Surface): string {
  return `${week}|${area}|${surface}`;
}

export function zeroCounts(): Record<Reaction, number> {
  return Object.fromEntries(REACTIONS.map((reaction) => [reaction, 0])) as Record<Reaction, number>;
}

export function emptyWeeklyStat(at: number, area: Area, surface: Surface): WeeklyStat {
  const week = weekStart(at);
  return { key: weeklyStatKey(week, area, surface), week, area, surface, counts: zeroCounts() };
}

/** How much each weekly record changes when `events` are added (sign 1) or removed (sign -1). */
export function weeklyDeltas(events: Iterable<HistoryEvent>, sign: 1 | -1): Map<string, WeeklyStat> {
  const deltas = new Map<string, WeeklyStat>();
  for (const event of events) accumulateWeekly(deltas, event, sign);
  return deltas;
}

/** Counts one event into `deltas` (for streaming over a cursor). */
export function accumulateWeekly(deltas: Map<string, WeeklyStat>, event: HistoryEvent, sign: 1 | -1): void {
  const key = weeklyStatKey(weekStart(event.at), event.area, event.surface);
  let delta = deltas.get(key);
  if (!delta) {
    delta = emptyWeeklyStat(event.at, event.area, event.surface);
    deltas.set(key, delta);
  }
  delta.counts[event.type] += sign;
}

/** Adds a delta to a stored record; `undefined` means the record should be deleted (no events left). */
export function applyWeeklyDelta(stored: WeeklyStat | undefined, delta: WeeklyStat): WeeklyStat | undefined {
  const next: WeeklyStat = stored ? { ...stored, counts: { ...stored.counts } } : { ...delta, counts: zeroCounts() };
  let total = 0;
  for (const reaction of REACTIONS) {
    // Never below zero, even if a record was damaged: the growth view must not show negative bars.
    next.counts[reaction] = Math.max(0, (next.counts[reaction] ?? 0) + delta.counts[reaction]);
    total += next.counts[reaction];
  }
  return total > 0 ? next : undefined;
}

/** Folds one event into a tip's state (events may arrive in any order). */
export function foldTipState(state: TipState | undefined, event: HistoryEvent): TipState {
  const next: TipState = state ? { ...state } : { tipId: event.tipId, helpful: 0 };
  switch (event.type) {
    case 'shown':
      if (next.lastShown === undefined || event.at > next.lastShown) next.lastShown = event.at;
      break;
    case 'not-now':
      if (next.lastSnoozed === undefined || event.at > next.lastSnoozed) next.lastSnoozed = event.at;
      break;
    case 'never':
      next.never = true;
      break;
    case 'helpful':
      next.helpful += 1;
      break;
    case 'acted':
      break;
  }
  return next;
}

/** Weekly stats for a whole history, recounted from scratch (backfill, import, tests). */
export function weeklyStatsOf(events: Iterable<HistoryEvent>): WeeklyStat[] {
  return [...weeklyDeltas(events, 1).values()];
}

/** Tip states for a whole history, recounted from scratch (backfill, import, tests). */
export function tipStatesOf(events: Iterable<HistoryEvent>): TipState[] {
  const states = new Map<string, TipState>();
  for (const event of events) states.set(event.tipId, foldTipState(states.get(event.tipId), event));
  return [...states.values()];
}
