import { describe, expect, it } from 'vitest';
import { MAX_HISTORY_EVENTS, RETENTION_DAYS, pruneDue } from '../../../utils/storage/retention';
import { DAY, derivedVersusRecount, event, NOW, openStore } from './helpers';

describe('retention', () => {
  it('keeps 400 days and at most 200,000 events', () => {
    expect(RETENTION_DAYS).toBe(400);
    expect(MAX_HISTORY_EVENTS).toBe(200_000);
  });

  it('drops events older than 400 days and fixes the derived stores', async () => {
    const { store, db } = await openStore();
    await store.addEvents([
      event({ at: NOW - 401 * DAY, type: 'helpful' }),
      event({ at: NOW - 400 * DAY - 1 }),
      event({ at: NOW - 400 * DAY }),
      event({ at: NOW - DAY }),
    ]);
    expect(await store.pruneHistory(NOW)).toBe(2);
    expect((await store.listHistory()).map((e) => e.at)).toEqual([NOW - DAY, NOW - 400 * DAY]);
    const { stored, recount } = await derivedVersusRecount(db);
    expect(stored).toEqual(recount);
    // "Helpful" is the user's choice: pruning the event that said it does not undo it.
    expect((await store.tipStates())['mentorship-03']?.helpful).toBe(1);
  });

  it('drops the oldest events beyond the cap', async () => {
    const { store, db } = await openStore({ maxEvents: 5 });
    await store.addEvents(Array.from({ length: 8 }, (_, i) => event({ at: NOW - i * 1000, type: i % 2 ? 'shown' : 'acted' })));
    expect(await store.pruneHistory(NOW)).toBe(3);
    expect((await store.listHistory()).map((e) => e.at)).toEqual([0, 1, 2, 3, 4].map((i) => NOW - i * 1000));
    const { stored, recount } = await derivedVersusRecount(db);
    expect(stored).toEqual(recount);
  });

  it('runs at most daily, remembering the last run in meta', async () => {
    const { store, db } = await openStore();
    await store.addEvent(event({ at: NOW - 500 * DAY }));
    expect(await store.pruneHistory(NOW)).toBe(1);
    expect(await db.get('meta', 'lastPrunedAt')).toBe(NOW);
    await store.addEvent(event({ at: NOW - 500 * DAY }));
    expect(await store.pruneHistory(NOW + DAY - 1)).toBe(0);
    expect(await store.pruneHistory(NOW + DAY - 1, { force: true })).toBe(1);
    await store.addEvent(event({ at: NOW - 500 * DAY }));
    expect(await store.pruneHistory(NOW + 2 * DAY)).toBe(1);
  });

  it('decides when a prune is due', () => {
    expect(pruneDue(undefined, NOW)).toBe(true);
    expect(pruneDue(NOW - DAY + 1, NOW)).toBe(false);
    expect(pruneDue(NOW - DAY, NOW)).toBe(true);
    expect(pruneDue(NOW + DAY, NOW)).toBe(true);
  });
});
