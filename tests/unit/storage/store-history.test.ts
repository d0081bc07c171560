import { describe, expect, it } from 'vitest';
import { StorageError } from '../../../utils/storage/errors';
import { weekStart } from '../../../utils/storage/aggregates';
import type { HistoryEvent } from '../../../utils/history';
import { DAY, derivedVersusRecount, event, NOW, openStore } from './helpers';

async function seeded() {
  const ctx = await openStore();
  const added = await ctx.store.addEvents([
    event({ tipId: 'mentorship-03', area: 'mentorship', surface: 'pr-hint', type: 'shown', at: NOW - 10 * DAY }),
    event({ tipId: 'mentorship-03', area: 'mentorship', surface: 'pr-hint', type: 'not-now', at: NOW - 10 * DAY + 5000 }),
    event({ tipId: 'vision-01', area: 'vision', surface: 'one-on-one', type: 'shown', at: NOW - 3 * DAY, contextKey: 'cal:abc' }),
    event({ tipId: 'vision-01', area: 'vision', surface: 'one-on-one', type: 'helpful', at: NOW - 3 * DAY + 1000, contextKey: 'cal:abc' }),
    event({ tipId: 'ownership-02', area: 'ownership', surface: 'popup', type: 'never', at: NOW - DAY, contextKey: '' }),
    event({ tipId: 'mentorship-03', area: 'mentorship', surface: 'pr-hint', type: 'shown', at: NOW }),
  ]);
  return { ...ctx, added };
}

describe('LeadwayStore history writes', () => {
  it('adds an event with an id and counts it in weeklyStats and tipState', async () => {
    const { store, db } = await openStore();
    const added = await store.addEvent(event({ type: 'helpful' }));
    expect(added.id).toBeTypeOf('number');
    expect(await store.listHistory()).toEqual([added]);
    const week = await db.get('weeklyStats', `${weekStart(NOW)}|mentorship|pr-hint`);
    expect(week?.counts).toEqual({ shown: 0, helpful: 1, 'not-now': 0, never: 0, acted: 0 });
    expect(await store.tipStates()).toEqual({ 'mentorship-03': { helpful: 1 } });
  });

  it('adds a batch in one go, ids in order, derived stores in step', async () => {
    const { db, added } = await seeded();
    expect(added.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6]);
    const { stored, recount } = await derivedVersusRecount(db);
    expect(stored).toEqual(recount);
  });

  it('summarises each tip for selection', async () => {
    const { store } = await seeded();
    expect(await store.tipStates()).toEqual({
      'mentorship-03': { lastShown: NOW, lastSnoozed: NOW - 10 * DAY + 5000, helpful: 0 },
      'vision-01': { lastShown: NOW - 3 * DAY, helpful: 1 },
      'ownership-02': { never: true, helpful: 0 },
    });
  });

  it('ignores an id the caller sends and assigns its own', async () => {
    const { store } = await openStore();
    const first = await store.addEvent(event());
    const second = await store.addEvent({ ...event(), id: first.id } as HistoryEvent);
    expect(second.id).not.toBe(first.id);
    expect(await store.listHistory()).toHaveLength(2);
  });

  it.each([
    [{ ...event(), type: 'liked' }, 'event.type must be one of shown, helpful, not-now, never, acted (found "liked")'],
    [{ ...event(), area: 'cooking' }, 'event.area must be one of stepping-up'],
    [{ ...event(), surface: undefined }, 'event.surface is missing'],
    [{ ...event(), at: 'yesterday' }, 'event.at must be a whole number'],
    [{ ...event(), at: 1.5 }, 'event.at must be a whole number'],
    [{ ...event(), tipId: '' }, 'event.tipId must not be empty'],
    [{ ...event(), contextKey: 42 }, 'event.contextKey must be text'],
    [null, 'event must be an object'],
    ['shown', 'event must be an object'],
  ])('refuses a malformed event with a clear message (%#)', async (bad, message) => {
    const { store, db } = await openStore();
    const error = await store.addEvent(bad as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('invalid');
    expect((error as StorageError).message).toContain(message);
    expect(await db.count('history')).toBe(0);
  });

  it('refuses a whole batch when one event is bad, naming it', async () => {
    const { store, db } = await openStore();
    const error = (await store.addEvents([event(), { ...event(), type: 'nope' } as never]).catch((e: unknown) => e)) as StorageError;
    expect(error.message).toContain('events[1].type must be one of');
    expect(error.path).toBe('events[1].type');
    expect(await db.count('history')).toBe(0);
    expect(await db.count('weeklyStats')).toBe(0);
  });

  it('accepts an empty batch without opening a transaction', async () => {
    const { store } = await openStore();
    expect(await store.addEvents([])).toEqual([]);
  });
});

describe('LeadwayStore history queries', () => {
  it('lists newest first and honours every filter', async () => {
    const { store, added } = await seeded();
    const ids = (list: HistoryEvent[]) => list.map((e) => e.id);
    expect(ids(await store.listHistory())).toEqual([6, 5, 4, 3, 2, 1]);
    expect(ids(await store.listHistory({ limit: 2 }))).toEqual([6, 5]);
    expect(ids(await store.listHistory({ area: 'vision' }))).toEqual([4, 3]);
    expect(ids(await store.listHistory({ surface: 'pr-hint' }))).toEqual([6, 2, 1]);
    expect(ids(await store.listHistory({ type: 'shown' }))).toEqual([6, 3, 1]);
    expect(ids(await store.listHistory({ tipId: 'mentorship-03', type: 'shown' }))).toEqual([6, 1]);
    expect(ids(await store.listHistory({ since: NOW - 3 * DAY }))).toEqual([6, 5, 4, 3]);
    expect(ids(await store.listHistory({ until: NOW - 3 * DAY }))).toEqual([3, 2, 1]);
    expect(ids(await store.listHistory({ since: NOW - 11 * DAY, until: NOW - DAY, area: 'mentorship' }))).toEqual([2, 1]);
    expect(ids(await store.listHistory({ area: 'vision', surface: 'pr-hint' }))).toEqual([]);
    expect(ids(await store.listHistory({ since: NOW, until: NOW - DAY }))).toEqual([]);
    expect(await store.listHistory({ tipId: 'vision-01', limit: 1 })).toEqual([added[3]]);
  });

  it('refuses filters that would silently match everything', async () => {
    const { store } = await seeded();
    await expect(store.listHistory({ area: 'cooking' as never })).rejects.toThrow('filter.area is not a Leadway area');
    await expect(store.listHistory({ limit: 0 })).rejects.toThrow('filter.limit');
    await expect(store.clearHistory({ type: 'liked' as never })).rejects.toThrow('filter.type must be one of');
    expect(await store.listHistory()).toHaveLength(6);
  });

  it('gives recent events oldest first through by-at', async () => {
    const { store } = await seeded();
    const recent = await store.historySince(NOW - 3 * DAY);
    expect(recent.map((e) => e.id)).toEqual([3, 4, 5, 6]);
  });
});

describe('LeadwayStore clearHistory', () => {
  it('clears everything with no filter and returns the count', async () => {
    const { store, db } = await seeded();
    expect(await store.clearHistory()).toBe(6);
    expect(await db.count('history')).toBe(0);
    expect(await db.count('weeklyStats')).toBe(0);
    expect(await db.count('tipState')).toBe(0);
  });

  it('clears by area, surface, type and time, fixing the derived stores', async () => {
    const { store, db } = await seeded();
    expect(await store.clearHistory({ area: 'vision' })).toBe(2);
    expect(await store.clearHistory({ type: 'not-now' })).toBe(1);
    expect(await store.clearHistory({ before: NOW - 5 * DAY })).toBe(1);
    expect(await store.clearHistory({ surface: 'popup', type: 'never' })).toBe(1);
    expect((await store.listHistory()).map((e) => e.id)).toEqual([6]);
    const { stored, recount } = await derivedVersusRecount(db);
    expect(stored).toEqual(recount);
    // History's part (lastShown) follows what is left; the user's choices (never, not now, helpful) stay.
    expect(await store.tipStates()).toEqual({
      'mentorship-03': { lastShown: NOW, lastSnoozed: NOW - 10 * DAY + 5000, helpful: 0 },
      'ownership-02': { never: true, helpful: 0 },
      'vision-01': { helpful: 1 },
    });
  });

  it('treats before as exclusive and area plus before together', async () => {
    const { store } = await seeded();
    expect(await store.clearHistory({ area: 'mentorship', before: NOW })).toBe(2);
    expect((await store.listHistory({ area: 'mentorship' })).map((e) => e.at)).toEqual([NOW]);
  });

  it('recomputes lastShown from what is left when the newest "shown" goes', async () => {
    const { store } = await seeded();
    await store.clearHistory({ before: NOW - 5 * DAY });
    // (The "not now" said 10 days ago is a choice and stays.)
    expect((await store.tipStates())['mentorship-03']).toEqual({ lastShown: NOW, lastSnoozed: NOW - 10 * DAY + 5000, helpful: 0 });
    await store.addEvent(event({ at: NOW - 2 * DAY }));
    await store.clearHistory({ surface: 'pr-hint', type: 'shown', before: NOW });
    expect((await store.tipStates())['mentorship-03']).toEqual({ lastShown: NOW, lastSnoozed: NOW - 10 * DAY + 5000, helpful: 0 });
  });
});

describe('LeadwayStore growth', () => {
  it('reads weekly counts for the last N weeks, oldest week first', async () => {
    const { store } = await seeded();
    const stats = await store.growth(1, NOW);
    const thisWeek = weekStart(NOW);
    expect(stats.every((s) => s.week === thisWeek)).toBe(true);
    const weeks = await store.growth(3, NOW);
    expect(weeks.map((s) => s.week)).toEqual([...weeks.map((s) => s.week)].sort((a, b) => a - b));
    const total = weeks.reduce((sum, s) => sum + Object.values(s.counts).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(6);
    await expect(store.growth(0, NOW)).rejects.toThrow('whole number of weeks');
  });
});
