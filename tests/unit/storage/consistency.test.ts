import { describe, expect, it } from 'vitest';
import { REACTIONS, type HistoryEvent } from '../../../utils/history';
import { AREAS } from '../../../utils/tips/areas';
import { SURFACES } from '../../../utils/tips/types';
import type { ClearFilter } from '../../../utils/storage/store';
import { DAY, derivedVersusRecount, NOW, openStore, pick, randomEvent, seededRandom, validExport } from './helpers';

/**
 * Property: whatever sequence of writes happens, weeklyStats and tipState equal a fresh recount of raw history,
 * and raw history equals a simple in-memory model of what should be there.
 */
const SEEDS = 20;
const STEPS = 30;

function randomClearFilter(random: () => number): ClearFilter {
  const filter: ClearFilter = {};
  if (random() < 0.4) filter.area = pick(random, AREAS);
  if (random() < 0.3) filter.surface = pick(random, SURFACES);
  if (random() < 0.3) filter.type = pick(random, REACTIONS);
  if (random() < 0.4) filter.before = NOW - Math.floor(random() * 120 * DAY);
  return filter;
}

function matches(event: HistoryEvent, filter: ClearFilter): boolean {
  return (
    (filter.area === undefined || event.area === filter.area) &&
    (filter.surface === undefined || event.surface === filter.surface) &&
    (filter.type === undefined || event.type === filter.type) &&
    (filter.before === undefined || event.at < filter.before)
  );
}

describe('derived stores stay consistent with raw history', () => {
  it.each(Array.from({ length: SEEDS }, (_, seed) => seed + 1))('random sequence, seed %i', async (seed) => {
    const random = seededRandom(seed);
    const maxEvents = 40;
    const { store, db } = await openStore({ maxEvents, retentionMs: 90 * DAY });
    let model: HistoryEvent[] = [];
    const ops: string[] = [];

    for (let step = 0; step < STEPS; step += 1) {
      const roll = random();
      if (roll < 0.3) {
        ops.push('addEvent');
        model.push(await store.addEvent(randomEvent(random)));
      } else if (roll < 0.55) {
        const batch = Array.from({ length: 1 + Math.floor(random() * 15) }, () => randomEvent(random, 120, 4));
        ops.push(`addEvents(${batch.length})`);
        model.push(...(await store.addEvents(batch)));
      } else if (roll < 0.75) {
        const filter = randomClearFilter(random);
        ops.push(`clear(${JSON.stringify(filter)})`);
        const removed = await store.clearHistory(filter);
        const kept = model.filter((e) => !matches(e, filter));
        expect(removed).toBe(model.length - kept.length);
        model = kept;
      } else if (roll < 0.85) {
        ops.push('prune');
        const now = NOW + Math.floor(random() * 60) * DAY;
        await store.pruneHistory(now, { force: true });
        const byAge = model.filter((e) => e.at >= now - 90 * DAY).sort((a, b) => a.at - b.at || a.id! - b.id!);
        model = byAge.slice(Math.max(0, byAge.length - maxEvents));
      } else if (roll < 0.97) {
        const data = validExport();
        data.history = Array.from({ length: Math.floor(random() * 12) }, (_, i) => ({ ...randomEvent(random, 100, 3), id: i * 3 + 1 }));
        ops.push(`import(${data.history.length})`);
        await store.importData(JSON.stringify(data));
        // Imports renumber events 1, 2, 3… in order of time (ties by the file's ids).
        model = [...data.history].sort((a, b) => a.at - b.at || a.id! - b.id!).map((e, i) => ({ ...e, id: i + 1 }));
      } else {
        ops.push('reset');
        await store.reset();
        model = [];
      }
      const { stored, recount } = await derivedVersusRecount(db);
      expect(stored, ops.join(' → ')).toEqual(recount);
      const raw = (await db.getAll('history')).sort((a, b) => a.id! - b.id!);
      expect(raw, ops.join(' → ')).toEqual([...model].sort((a, b) => a.id! - b.id!));
    }
  });
});
