import {
  actedCount,
  areaTotals,
  growthSeries,
  lastWeeks,
  mostHelpful,
  streaks,
  WEEK_MS,
  weekLabel,
  weekStart,
} from '../../../utils/growth';
import { REACTIONS, type HistoryEvent, type Reaction } from '../../../utils/history';
import type { WeeklyStat } from '../../../utils/storage/schema';
import type { Area } from '../../../utils/tips/areas';
import type { Surface } from '../../../utils/tips/types';

// Wednesday 14 May 2025, 15:30 UTC. Its week starts Monday 12 May 2025 00:00 UTC.
const NOW = Date.UTC(2025, 4, 14, 15, 30);
const THIS_WEEK = Date.UTC(2025, 4, 12);

function counts(partial: Partial<Record<Reaction, number>>): Record<Reaction, number> {
  return { ...(Object.fromEntries(REACTIONS.map((r) => [r, 0])) as Record<Reaction, number>), ...partial };
}

function stat(weeksAgo: number, area: Area, partial: Partial<Record<Reaction, number>>, surface: Surface = 'pr-hint'): WeeklyStat {
  const week = THIS_WEEK - weeksAgo * WEEK_MS;
  return { key: `${week}|${area}|${surface}`, week, area, surface, counts: counts(partial) };
}

describe('weeks', () => {
  test('weekStart is the Monday 00:00 UTC of the week, Sundays included in the week before', () => {
    expect(weekStart(NOW)).toBe(THIS_WEEK);
    expect(weekStart(THIS_WEEK)).toBe(THIS_WEEK);
    expect(weekStart(Date.UTC(2025, 4, 18, 23, 59))).toBe(THIS_WEEK); // Sunday night
    expect(weekStart(Date.UTC(2025, 4, 19, 0, 0))).toBe(THIS_WEEK + WEEK_MS); // next Monday
    expect(weekStart(Date.UTC(2025, 0, 1))).toBe(Date.UTC(2024, 11, 30)); // across a year
  });

  test('lastWeeks lists twelve week starts, oldest first, ending with this week', () => {
    const weeks = lastWeeks(NOW);
    expect(weeks).toHaveLength(12);
    expect(weeks[11]).toBe(THIS_WEEK);
    expect(weeks[0]).toBe(THIS_WEEK - 11 * WEEK_MS);
    expect(weeks.every((week, i) => i === 0 || week - weeks[i - 1]! === WEEK_MS)).toBe(true);
  });

  test('weekLabel names the Monday in UTC', () => {
    expect(weekLabel(THIS_WEEK)).toBe('12 May');
  });
});

describe('growthSeries', () => {
  test('sums surfaces per area and week: met is shown, acted is helpful plus acted', () => {
    const series = growthSeries(
      [
        stat(0, 'mentorship', { shown: 3, helpful: 1 }, 'pr-hint'),
        stat(0, 'mentorship', { shown: 2, acted: 1, 'not-now': 4 }, 'one-on-one'),
        stat(2, 'vision', { shown: 1, never: 1 }),
        stat(11, 'ownership', { shown: 5, helpful: 2, acted: 2 }),
      ],
      NOW,
    );
    expect(series.weeks[11]).toBe(THIS_WEEK);
    expect(series.areas.mentorship.met[11]).toBe(5);
    expect(series.areas.mentorship.acted[11]).toBe(2);
    expect(series.areas.vision.met[9]).toBe(1);
    expect(series.areas.vision.acted[9]).toBe(0);
    expect(series.areas.ownership.met[0]).toBe(5);
    expect(series.areas.ownership.acted[0]).toBe(4);
    expect(series.totals.met).toEqual([5, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 5]);
    expect(series.totals.acted).toEqual([4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(Object.keys(series.areas)).toHaveLength(10);
  });

  test('leaves out weeks outside the window', () => {
    const series = growthSeries([stat(12, 'vision', { shown: 9 }), stat(-1, 'vision', { shown: 9 })], NOW);
    expect(series.totals.met.every((value) => value === 0)).toBe(true);
  });

  test('areaTotals adds up each area over the window', () => {
    const totals = areaTotals(growthSeries([stat(1, 'vision', { shown: 2, helpful: 1 }), stat(3, 'vision', { shown: 1, acted: 1 })], NOW));
    expect(totals.vision).toEqual({ met: 3, acted: 2 });
    expect(totals.ownership).toEqual({ met: 0, acted: 0 });
  });

  test('actedCount ignores shown, not-now and never', () => {
    expect(actedCount(counts({ shown: 5, 'not-now': 2, never: 1 }))).toBe(0);
    expect(actedCount(counts({ helpful: 2, acted: 3 }))).toBe(5);
  });
});

describe('streaks', () => {
  test('counts consecutive weeks with a helpful or acted reaction, ending this week', () => {
    const stats = [stat(0, 'vision', { helpful: 1 }), stat(1, 'ownership', { acted: 1 }), stat(2, 'mentorship', { helpful: 2 }), stat(4, 'vision', { helpful: 1 })];
    expect(streaks(stats, NOW)).toEqual({ current: 3, longest: 3 });
  });

  test('a week in progress with nothing yet does not break the streak', () => {
    const stats = [stat(1, 'vision', { helpful: 1 }), stat(2, 'vision', { helpful: 1 })];
    expect(streaks(stats, NOW)).toEqual({ current: 2, longest: 2 });
  });

  test('a missed full week ends the current streak; the longest one is remembered', () => {
    const stats = [stat(2, 'vision', { helpful: 1 }), ...[5, 6, 7, 8].map((w) => stat(w, 'ownership', { acted: 1 }))];
    expect(streaks(stats, NOW)).toEqual({ current: 0, longest: 4 });
  });

  test('weeks with only shown, not-now or never do not count', () => {
    expect(streaks([stat(0, 'vision', { shown: 4, 'not-now': 1, never: 1 })], NOW)).toEqual({ current: 0, longest: 0 });
    expect(streaks([], NOW)).toEqual({ current: 0, longest: 0 });
  });

  test('several areas in the same week count once', () => {
    expect(streaks([stat(0, 'vision', { helpful: 1 }), stat(0, 'ownership', { helpful: 1 })], NOW)).toEqual({ current: 1, longest: 1 });
  });
});

describe('mostHelpful', () => {
  const event = (tipId: string, at: number, type: Reaction = 'helpful'): HistoryEvent => ({
    type,
    tipId,
    area: 'mentorship',
    surface: 'pr-hint',
    contextKey: 'acme/widget#1',
    at,
  });

  test('counts helpful events per tip, most first, ties broken by the most recent', () => {
    const titles: Record<string, string> = { a: 'Alpha', b: 'Bravo', c: 'Charlie' };
    const top = mostHelpful([event('a', 1), event('b', 5), event('a', 2), event('c', 9), event('b', 3), event('a', 1, 'shown')], (id) => titles[id]);
    expect(top.map((entry) => [entry.title, entry.count])).toEqual([
      ['Bravo', 2],
      ['Alpha', 2],
      ['Charlie', 1],
    ]);
    expect(top[0]!.last).toBe(5);
  });

  test('keeps the id as title for a tip that no longer exists, and limits the list', () => {
    const top = mostHelpful([event('gone', 1), event('x', 2), event('y', 3)], () => undefined, 2);
    expect(top).toHaveLength(2);
    expect(top.map((entry) => entry.title)).toEqual(['y', 'x']);
  });
});
