import type { HistoryEvent, Reaction } from './history';
import { AREAS, type Area } from './tips/areas';
import type { WeeklyStat } from './storage/schema';

/**
 * Pure computations behind the options page's Growth view: weekly series per area, streaks, and the tips the user
 * found most helpful. Weeks start on Monday 00:00 UTC, the same boundary the store uses for WeeklyStat.week.
 */

export const WEEK_MS = 7 * 86_400_000;
export const GROWTH_WEEKS = 12;

/** Reactions that count as "acted on": the user found the tip useful or did what it said. */
export const ACTED_REACTIONS: readonly Reaction[] = ['helpful', 'acted'];

/** Epoch ms of the Monday 00:00 UTC that starts the week holding `time`. */
export function weekStart(time: number): number {
  const date = new Date(time);
  const day = date.getUTCDay(); // 0 = Sunday
  const sinceMonday = (day + 6) % 7;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - sinceMonday);
}

/** The starts of the last `count` weeks, oldest first, ending with the week holding `now`. */
export function lastWeeks(now: number, count = GROWTH_WEEKS): number[] {
  const current = weekStart(now);
  return Array.from({ length: count }, (_, index) => current - (count - 1 - index) * WEEK_MS);
}

export function metCount(counts: Partial<Record<Reaction, number>>): number {
  return counts.shown ?? 0;
}

export function actedCount(counts: Partial<Record<Reaction, number>>): number {
  return ACTED_REACTIONS.reduce((sum, reaction) => sum + (counts[reaction] ?? 0), 0);
}

export interface AreaSeries {
  /** Tips met (shown) per week, aligned with `GrowthSeries.weeks`. */
  met: number[];
  /** Tips acted on (helpful or acted) per week. */
  acted: number[];
}

export interface GrowthSeries {
  /** Week starts, oldest first. */
  weeks: number[];
  areas: Record<Area, AreaSeries>;
  totals: AreaSeries;
}

/** Sum the weekly stats (all surfaces together) into one met/acted series per area over the last `count` weeks. */
export function growthSeries(stats: readonly WeeklyStat[], now: number, count = GROWTH_WEEKS): GrowthSeries {
  const weeks = lastWeeks(now, count);
  const indexOfWeek = new Map(weeks.map((week, index) => [week, index]));
  const zeros = () => weeks.map(() => 0);
  const areas = Object.fromEntries(AREAS.map((area) => [area, { met: zeros(), acted: zeros() }])) as Record<Area, AreaSeries>;
  const totals: AreaSeries = { met: zeros(), acted: zeros() };
  for (const stat of stats) {
    // Normalise in case a stat was written with a time inside the week rather than its start.
    const index = indexOfWeek.get(weekStart(stat.week));
    const series = areas[stat.area];
    if (index === undefined || series === undefined) continue;
    const met = metCount(stat.counts);
    const acted = actedCount(stat.counts);
    series.met[index] = (series.met[index] ?? 0) + met;
    series.acted[index] = (series.acted[index] ?? 0) + acted;
    totals.met[index] = (totals.met[index] ?? 0) + met;
    totals.acted[index] = (totals.acted[index] ?? 0) + acted;
  }
  return { weeks, areas, totals };
}

export interface Streaks {
  /** Consecutive weeks with at least one helpful/acted reaction, ending this week (or last week, if this week has
   * none yet: a week in progress does not break a streak). */
  current: number;
  /** The longest such run in the stats given. */
  longest: number;
}

/** Streaks of weeks in which the user acted on at least one tip. */
export function streaks(stats: readonly WeeklyStat[], now: number): Streaks {
  const activeWeeks = new Set<number>();
  for (const stat of stats) {
    if (actedCount(stat.counts) > 0) activeWeeks.add(weekStart(stat.week));
  }
  const sorted = [...activeWeeks].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  let previous: number | undefined;
  for (const week of sorted) {
    run = previous !== undefined && week - previous === WEEK_MS ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = week;
  }
  const thisWeek = weekStart(now);
  let cursor = activeWeeks.has(thisWeek) ? thisWeek : thisWeek - WEEK_MS;
  let current = 0;
  while (activeWeeks.has(cursor)) {
    current++;
    cursor -= WEEK_MS;
  }
  return { current, longest };
}

export interface HelpfulTip {
  tipId: string;
  title: string;
  area: Area;
  count: number;
  /** The latest time it was marked helpful. */
  last: number;
}

/**
 * Count helpful events by tip, most helpful first (ties: most recent first). `titleOf` names tips from the
 * catalogue or the user's own; a tip that no longer exists keeps its id as title.
 */
export function mostHelpful(
  events: readonly HistoryEvent[],
  titleOf: (tipId: string) => string | undefined,
  limit = 5,
): HelpfulTip[] {
  const byTip = new Map<string, HelpfulTip>();
  for (const event of events) {
    if (event.type !== 'helpful') continue;
    const entry = byTip.get(event.tipId);
    if (entry) {
      entry.count++;
      entry.last = Math.max(entry.last, event.at);
    } else {
      byTip.set(event.tipId, {
        tipId: event.tipId,
        title: titleOf(event.tipId) ?? event.tipId,
        area: event.area,
        count: 1,
        last: event.at,
      });
    }
  }
  return [...byTip.values()].sort((a, b) => b.count - a.count || b.last - a.last).slice(0, limit);
}

/** Totals per area over the whole series, for the summary line and ordering. */
export function areaTotals(series: GrowthSeries): Record<Area, { met: number; acted: number }> {
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return Object.fromEntries(
    AREAS.map((area) => [area, { met: sum(series.areas[area].met), acted: sum(series.areas[area].acted) }]),
  ) as Record<Area, { met: number; acted: number }>;
}

/** "3 Mar" for a week start, in UTC so the label matches the week boundary. */
export function weekLabel(week: number): string {
  return new Date(week).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
