import { DAY_MS } from './aggregates';

/** History older than this is dropped: the growth view looks back a year, with a month to spare. */
export const RETENTION_DAYS = 400;
export const RETENTION_MS = RETENTION_DAYS * DAY_MS;

/** At most this many events are kept (oldest dropped first), which bounds the database to a few tens of MB. */
export const MAX_HISTORY_EVENTS = 200_000;

/** Pruning runs at most this often. */
export const PRUNE_INTERVAL_MS = DAY_MS;

/** True when the last prune (if any) is at least a day old, or lies in the future (a clock that jumped back). */
export function pruneDue(lastPrunedAt: unknown, now: number): boolean {
  if (typeof lastPrunedAt !== 'number') return true;
  return now - lastPrunedAt >= PRUNE_INTERVAL_MS || lastPrunedAt > now;
}
