import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../utils/history';
import {
  applyWeeklyDelta,
  emptyWeeklyStat,
  foldTipState,
  tipStatesOf,
  weeklyDeltas,
  weeklyStatsOf,
  weekStart,
} from '../../../utils/storage/aggregates';
import { event, NOW } from './helpers';

describe('weekStart', () => {
  it('returns Monday 00:00 UTC of the week', () => {
    expect(weekStart(Date.UTC(2025, 4, 14, 15, 30))).toBe(Date.UTC(2025, 4, 12)); // Wednesday → Monday
    expect(weekStart(Date.UTC(2025, 4, 12))).toBe(Date.UTC(2025, 4, 12)); // Monday midnight is its own week
    expect(weekStart(Date.UTC(2025, 4, 11, 23, 59, 59, 999))).toBe(Date.UTC(2025, 4, 5)); // Sunday night
    expect(weekStart(0)).toBe(Date.UTC(1969, 11, 29)); // 1 January 1970 was a Thursday
  });
});

describe('weekly stats arithmetic', () => {
  it('adds and removes counts, deleting a record that reaches zero', () => {
    const events = [event({ type: 'shown' }), event({ type: 'shown' }), event({ type: 'helpful' })] as HistoryEvent[];
    const [added] = [...weeklyDeltas(events, 1).values()];
    expect(added?.counts).toEqual({ shown: 2, helpful: 1, 'not-now': 0, never: 0, acted: 0 });
    const afterRemove = applyWeeklyDelta(added, [...weeklyDeltas(events.slice(0, 1), -1).values()][0]!);
    expect(afterRemove?.counts.shown).toBe(1);
    expect(applyWeeklyDelta(added, [...weeklyDeltas(events, -1).values()][0]!)).toBeUndefined();
  });

  it('never goes below zero for a damaged record', () => {
    const stored = emptyWeeklyStat(NOW, 'vision', 'popup');
    stored.counts.helpful = 1;
    const delta = emptyWeeklyStat(NOW, 'vision', 'popup');
    delta.counts.shown = -3;
    expect(applyWeeklyDelta(stored, delta)?.counts).toMatchObject({ shown: 0, helpful: 1 });
  });

  it('keys records by week, area and surface', () => {
    const stats = weeklyStatsOf([
      event({ area: 'vision', surface: 'popup' }),
      event({ area: 'vision', surface: 'pr-hint' }),
      event({ area: 'vision', surface: 'popup', at: NOW - 7 * 86_400_000 }),
    ] as HistoryEvent[]);
    expect(stats.map((s) => s.key).sort()).toEqual(
      [`${weekStart(NOW) - 7 * 86_400_000}|vision|popup`, `${weekStart(NOW)}|vision|popup`, `${weekStart(NOW)}|vision|pr-hint`].sort(),
    );
  });
});

describe('tip state arithmetic', () => {
  it('keeps the newest shown and snoozed times in any order', () => {
    const state = [
      event({ type: 'shown', at: 30 }),
      event({ type: 'shown', at: 10 }),
      event({ type: 'not-now', at: 5 }),
      event({ type: 'not-now', at: 20 }),
      event({ type: 'helpful' }),
      event({ type: 'helpful' }),
      event({ type: 'acted' }),
    ].reduce<ReturnType<typeof foldTipState> | undefined>((s, e) => foldTipState(s, e as HistoryEvent), undefined);
    expect(state).toEqual({ tipId: 'mentorship-03', lastShown: 30, lastSnoozed: 20, helpful: 2 });
  });

  it('records "never" and keeps one state per tip', () => {
    const states = tipStatesOf([event({ type: 'never' }), event({ tipId: 'vision-01', type: 'acted' })] as HistoryEvent[]);
    expect(states).toEqual([
      { tipId: 'mentorship-03', never: true, helpful: 0 },
      { tipId: 'vision-01', helpful: 0 },
    ]);
  });
});
