import type { IDBPTransaction } from 'idb';
import { REACTIONS, type HistoryEvent, type Reaction } from '../history';
import { isArea, type Area } from '../tips/areas';
import { SURFACES, type Surface } from '../tips/types';
import { invalid } from './errors';
import type { CursorScan } from './history-tx';
import type { LeadwayDB, LeadwayStoreName } from './schema';

export interface HistoryFilter {
  /** Events at or after this time (epoch ms). */
  since?: number;
  /** Events at or before this time (epoch ms). */
  until?: number;
  area?: Area;
  surface?: Surface;
  type?: Reaction;
  tipId?: string;
  /** At most this many, newest first. */
  limit?: number;
}

export interface ClearFilter {
  area?: Area;
  surface?: Surface;
  type?: Reaction;
  /** Only events strictly before this time (epoch ms). */
  before?: number;
}

type ReadTx = IDBPTransaction<LeadwayDB, LeadwayStoreName[], 'readonly' | 'readwrite'>;

function isTime(value: unknown): value is number {
  return typeof value === 'number' && !Number.isNaN(value);
}

/** Filters arrive over messaging: a bad value must fail loudly, never silently widen to "everything". */
export function checkFilter(filter: unknown, kind: 'history' | 'clear'): asserts filter is HistoryFilter & ClearFilter {
  if (filter === undefined) return;
  if (!filter || typeof filter !== 'object') throw invalid(`The ${kind} filter must be an object.`);
  const f = filter as Record<string, unknown>;
  if (f.area !== undefined && !isArea(f.area)) throw invalid(`filter.area is not a Leadway area (found ${String(f.area)}).`, 'filter.area');
  if (f.surface !== undefined && !(SURFACES as readonly unknown[]).includes(f.surface)) {
    throw invalid(`filter.surface must be one of ${SURFACES.join(', ')}.`, 'filter.surface');
  }
  if (f.type !== undefined && !(REACTIONS as readonly unknown[]).includes(f.type)) {
    throw invalid(`filter.type must be one of ${REACTIONS.join(', ')}.`, 'filter.type');
  }
  for (const key of ['since', 'until', 'before'] as const) {
    if (f[key] !== undefined && !isTime(f[key])) throw invalid(`filter.${key} must be a time in milliseconds.`, `filter.${key}`);
  }
  if (f.tipId !== undefined && typeof f.tipId !== 'string') throw invalid('filter.tipId must be text.', 'filter.tipId');
  if (f.limit !== undefined && !(Number.isInteger(f.limit) && (f.limit as number) > 0)) {
    throw invalid('filter.limit must be a whole number above 0.', 'filter.limit');
  }
}

/** Picks the narrowest index for a time window plus an optional tip or area. */
export function scanFor(from: number, to: number, upperOpen: boolean, tipId?: string, area?: Area): CursorScan {
  if (tipId !== undefined) {
    return { index: 'by-tip-at', range: IDBKeyRange.bound([tipId, from], [tipId, to], false, upperOpen) };
  }
  if (area !== undefined) {
    return { index: 'by-area-at', range: IDBKeyRange.bound([area, from], [area, to], false, upperOpen) };
  }
  return { index: 'by-at', range: IDBKeyRange.bound(from, to, false, upperOpen) };
}

export function matches(event: HistoryEvent, filter: HistoryFilter & ClearFilter): boolean {
  return (
    (filter.area === undefined || event.area === filter.area) &&
    (filter.surface === undefined || event.surface === filter.surface) &&
    (filter.type === undefined || event.type === filter.type) &&
    (filter.tipId === undefined || event.tipId === filter.tipId)
  );
}

/**
 * Newest first, through the narrowest index. With a limit and nothing to filter after the index, a backwards cursor
 * stops after `limit` records; otherwise one getAll reads the range at once (a cursor step per record would cost a
 * round trip each, far too slow over a large history).
 */
export async function queryHistory(tx: ReadTx, filter: HistoryFilter): Promise<HistoryEvent[]> {
  const from = filter.since ?? Number.NEGATIVE_INFINITY;
  const to = filter.until ?? Number.POSITIVE_INFINITY;
  if (from > to) return [];
  const scan = scanFor(from, to, false, filter.tipId, filter.area);
  const index = tx.objectStore('history').index(scan.index);
  const needsFilter =
    filter.surface !== undefined || filter.type !== undefined || (filter.area !== undefined && filter.tipId !== undefined);

  if (filter.limit !== undefined && !needsFilter) {
    const out: HistoryEvent[] = [];
    let cursor = await index.openCursor(scan.range, 'prev');
    while (cursor && out.length < filter.limit) {
      out.push(cursor.value);
      if (out.length < filter.limit) cursor = await cursor.continue();
    }
    return out;
  }
  const all = await index.getAll(scan.range);
  const matching = needsFilter ? all.filter((event) => matches(event, filter)) : all;
  // getAll is ascending by (index key, id); reversed, that is exactly a backwards cursor's order.
  matching.reverse();
  return filter.limit === undefined ? matching : matching.slice(0, filter.limit);
}
