/**
 * Every content script is a few lines that hand its site and its surfaces to the one page loop (runtime/page/loop.ts).
 * Each entrypoint's main() runs here with the loop recorded instead of started: if a script grew a loop of its own
 * (and so its own settings cache, isolation and teardown), it would not call runPage and this would fail.
 */
import type { PageFeature, PageSite } from '../../../runtime/page/loop';
import { PAGE_SURFACES } from '../../../utils/surfaces';
import github from '../../../entrypoints/github.content/index';
import githubTone from '../../../entrypoints/github-tone.content/index';
import googleCalendar from '../../../entrypoints/google-calendar.content/index';
import outlook from '../../../entrypoints/outlook.content/index';

const calls = vi.hoisted(() => [] as { site: PageSite<unknown>; features: PageFeature<unknown>[] }[]);

vi.mock('../../../runtime/page/loop', async (original) => ({
  ...(await original<typeof import('../../../runtime/page/loop')>()),
  runPage: (_ctx: unknown, site: PageSite<unknown>, features: PageFeature<unknown>[]) => {
    calls.push({ site, features });
    return { evaluate: async () => {} };
  },
}));

beforeEach(() => {
  calls.length = 0;
  delete (globalThis as { leadwayToneCoachRunning?: boolean }).leadwayToneCoachRunning;
});

test.each([
  ['github', github, 'github', ['pr-hint', 'tone-coach-loader', 'review-memory']],
  ['github-tone', githubTone, 'github', ['tone-coach']],
  ['google-calendar', googleCalendar, 'google-calendar', ['one-on-one', '1:1 read check', '1:1 reminder notes']],
  ['outlook', outlook, 'outlook', ['one-on-one', '1:1 read check', '1:1 reminder notes']],
] as const)('the %s content script runs the page loop, once, with its surfaces', (_name, script, site, names) => {
  void script.main({} as never);
  expect(calls).toHaveLength(1);
  const [call] = calls;
  expect(call!.site.site).toBe(site);
  expect(typeof call!.site.watcher.watch).toBe('function');
  expect(call!.features.map((feature) => feature.name)).toEqual(names);
  // Each feature that belongs to a surface names one from the list, and that surface is meant for this site.
  for (const feature of call!.features) {
    if (feature.surface === undefined) continue;
    const descriptor = PAGE_SURFACES.find((surface) => surface.id === feature.surface);
    expect(descriptor?.sites).toContain(site);
  }
});
