import { describe, expect, it } from 'vitest';
import { DAY, NOW, openStore, randomEvent, seededRandom } from './helpers';

/**
 * The growth view reads weeklyStats only, so its cost depends on weeks × areas × surfaces, not on history size.
 * Its speed over 100,000 events is measured by `npm run bench` (historyStats100kMs), not here: timed assertions
 * flake on shared machines. This checks that the aggregate stays exact over a large, varied history.
 */
describe('growth over a large history', () => {
  it('counts exactly what raw history holds in its window', async () => {
    const { store, db } = await openStore({}, 'large');
    const random = seededRandom(20_000);
    for (let batch = 0; batch < 4; batch += 1) {
      await store.addEvents(Array.from({ length: 5_000 }, () => randomEvent(random, 399, 30)));
    }
    expect(await db.count('history')).toBe(20_000);

    const stats = await store.growth(52, NOW);
    expect(stats.length).toBeGreaterThan(0);
    const counted = stats.reduce((sum, s) => sum + Object.values(s.counts).reduce((a, b) => a + b, 0), 0);
    const inWindow = await store.listHistory({ since: stats[0]!.week, until: NOW + 7 * DAY });
    expect(counted).toBe(inWindow.length);
  }, 120_000);
});
