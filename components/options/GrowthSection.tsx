import { useEffect, useMemo, useState } from 'preact/hooks';
import { askBackground } from '../../runtime/messaging';
import type { HistoryEvent } from '../../utils/history';
import type { WeeklyStat } from '../../utils/storage/schema';
import type { Tip } from '../../utils/tips/types';
import { AREA_LABELS } from '../../utils/tips/areas';
import { tipById } from '../../utils/tips/catalogue';
import { GROWTH_WEEKS, growthSeries, mostHelpful, streaks } from '../../utils/growth';
import { Section } from './fields';
import { GrowthChart } from './GrowthChart';
import { errorMessage } from './useSettings';

/** Streaks look further back than the chart: a year of weeks. */
const STREAK_WEEKS = 52;

interface GrowthData {
  stats: WeeklyStat[];
  helpful: HistoryEvent[];
  customTips: Tip[];
}

export function GrowthSection({ now = Date.now }: { now?: () => number }) {
  const [data, setData] = useState<GrowthData | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    Promise.all([
      askBackground('growth', STREAK_WEEKS),
      askBackground('listHistory', { type: 'helpful', limit: 500 }),
      askBackground('listCustomTips').catch(() => [] as Tip[]),
    ]).then(
      ([stats, helpful, customTips]) => live && setData({ stats, helpful, customTips }),
      (failure: unknown) => live && setError(`Could not read your growth: ${errorMessage(failure)}`),
    );
    return () => {
      live = false;
    };
  }, []);

  const view = useMemo(() => {
    if (!data) return undefined;
    const time = now();
    const custom = new Map(data.customTips.map((tip) => [tip.id, tip.title]));
    return {
      series: growthSeries(data.stats, time, GROWTH_WEEKS),
      streak: streaks(data.stats, time),
      top: mostHelpful(data.helpful, (id) => tipById(id)?.title ?? custom.get(id), 5),
    };
  }, [data, now]);

  return (
    <Section id="growth" title="Growth" intro="Which areas you have practised lately: tips you met, and the ones you acted on.">
      {error ? <p class="op-error">{error}</p> : null}
      {!view && !error ? <p class="op-empty-line">Loading…</p> : null}
      {view ? (
        <>
          <div class="op-stats">
            <div class="op-stat" data-testid="streak-current">
              <span class="op-stat-value">{view.streak.current}</span>
              <span class="op-stat-label">{view.streak.current === 1 ? 'week' : 'weeks'} in a row acting on a tip</span>
            </div>
            <div class="op-stat" data-testid="streak-longest">
              <span class="op-stat-value">{view.streak.longest}</span>
              <span class="op-stat-label">longest streak, in weeks</span>
            </div>
            <div class="op-stat">
              <span class="op-stat-value">{view.series.totals.acted.reduce((a, b) => a + b, 0)}</span>
              <span class="op-stat-label">tips acted on in {GROWTH_WEEKS} weeks</span>
            </div>
          </div>
          <GrowthChart series={view.series} />
          <h3 class="op-subtitle">Most helpful to you</h3>
          {view.top.length === 0 ? (
            <p class="op-empty-line">Mark a tip “Helpful” and it will be listed here.</p>
          ) : (
            <ol class="op-top-tips" data-testid="most-helpful">
              {view.top.map((entry) => (
                <li>
                  <span class="op-top-title">{entry.title}</span>
                  <span class="op-hint">
                    {AREA_LABELS[entry.area]} · helpful {entry.count} {entry.count === 1 ? 'time' : 'times'}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      ) : null}
    </Section>
  );
}
