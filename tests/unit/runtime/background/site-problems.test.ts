import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSiteProblems, memoryTabStorage, sessionTabStorage, type SessionArea } from '../../../../runtime/background/site-problems';
import { createHandlers } from '../../../../runtime/background/handlers';
import { LeadwayStore } from '../../../../utils/storage/store';
import { openLeadwayDb } from '../../../../utils/storage/open';
import type { SiteProblemReport } from '../../../../utils/site-health';
import { validExport } from '../../storage/helpers';

const NOW = Date.UTC(2026, 11, 3, 18, 0);
let counter = 0;

function setup() {
  const name = `site-problems-${++counter}-${Math.random().toString(36).slice(2)}`;
  const store = new LeadwayStore(() => openLeadwayDb(name));
  let now = NOW;
  const problems = createSiteProblems({ store, tabs: memoryTabStorage(), now: () => now, version: '1.2.3' });
  return { store, problems, tick: (ms: number) => (now += ms) };
}

const github: SiteProblemReport = { site: 'github', missing: ['no-author'], page: 'hybrid', groups: { author: false, sidebar: true } };
const calendar: SiteProblemReport = { site: 'google-calendar', missing: ['no-title'], page: 'popup', groups: { popupTitle: false } };
const tab = (id: number, frameId = 0) => ({ tab: { id }, frameId });

describe('site problems in the background', () => {
  test('a tab’s report is stamped, kept for that tab only, and kept as the site’s last problem', async () => {
    const { problems } = setup();
    const kept = await problems.report(tab(7), github);
    expect(kept).toEqual({ ...github, version: '1.2.3', at: NOW });
    expect(await problems.forTab(7)).toEqual(kept);
    expect(await problems.forTab(8)).toBeNull();
    expect(await problems.list()).toEqual([kept]);
  });

  test('clearing (null) drops the tab’s problem but keeps the site’s last one with its date', async () => {
    const { problems } = setup();
    const kept = await problems.report(tab(7), github);
    expect(await problems.report(tab(7), null)).toBeNull();
    expect(await problems.forTab(7)).toBeNull();
    expect(await problems.list()).toEqual([kept]);
  });

  test('navigating or closing the tab forgets its problem', async () => {
    const { problems } = setup();
    await problems.report(tab(3), github);
    await problems.forgetTab(3);
    expect(await problems.forTab(3)).toBeNull();
  });

  test('one last problem per site, newest first', async () => {
    const { problems, tick } = setup();
    await problems.report(tab(1), github);
    tick(60_000);
    await problems.report(tab(2), calendar);
    tick(60_000);
    const latest = await problems.report(tab(1), { ...github, missing: ['no-placement'] });
    const list = await problems.list();
    expect(list.map((p) => [p.site, p.missing, p.at])).toEqual([
      ['github', ['no-placement'], NOW + 120_000],
      ['google-calendar', ['no-title'], NOW + 60_000],
    ]);
    expect(list[0]).toEqual(latest);
    await problems.clear();
    expect(await problems.list()).toEqual([]);
  });

  test('only a tab’s top frame may report, and only a valid report', async () => {
    const { problems } = setup();
    await expect(problems.report({}, github)).rejects.toThrow(/only a page in a tab/);
    await expect(problems.report({ tab: {} }, github)).rejects.toThrow(/only a page in a tab/);
    await expect(problems.report(tab(4, 2), github)).rejects.toThrow(/top frame/);
    await expect(problems.report(tab(4), { ...github, site: 'gitlab' })).rejects.toThrow(/unknown site/);
    await expect(problems.report(tab(4), { ...github, page: 'Fix the parser by mona' })).rejects.toThrow(/refused/);
    expect(await problems.forTab(4)).toBeNull();
    expect(await problems.list()).toEqual([]);
  });

  test('the tab keeps its problem even when the database refuses the per-site copy', async () => {
    const { store, problems } = setup();
    vi.spyOn(store, 'saveSiteProblem').mockRejectedValue(new Error('disk full'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const kept = await problems.report(tab(9), github);
    expect(await problems.forTab(9)).toEqual(kept);
  });

  test('session storage outlives the service worker: a new tracker over the same area finds the tab’s problem', async () => {
    const name = `site-problems-session-${Math.random().toString(36).slice(2)}`;
    const store = new LeadwayStore(() => openLeadwayDb(name));
    const area = fakeBrowser.storage.session as unknown as SessionArea;
    const first = createSiteProblems({ store, tabs: sessionTabStorage(area), now: () => NOW, version: '1.2.3' });
    const kept = await first.report(tab(12), calendar);
    const restarted = createSiteProblems({ store, tabs: sessionTabStorage(area), now: () => NOW, version: '1.2.3' });
    expect(await restarted.forTab(12)).toEqual(kept);
    await restarted.forgetTab(12);
    expect(await first.forTab(12)).toBeNull();
    // Something else under our key (not a problem) is not shown.
    await area.set({ 'siteProblem:13': { site: 'github', page: '<b>hi</b>' } });
    expect(await restarted.forTab(13)).toBeNull();
  });

  test('the popup’s and options page’s messages, through the handlers', async () => {
    const name = `site-problems-handlers-${Math.random().toString(36).slice(2)}`;
    const store = new LeadwayStore(() => openLeadwayDb(name));
    const siteProblems = createSiteProblems({ store, tabs: memoryTabStorage(), now: () => NOW, version: '0.1.0' });
    const handlers = createHandlers({
      store,
      siteProblems,
      now: () => NOW,
      random: () => 0.5,
      broadcastSettings: () => {},
      openOptions: async () => {},
      version: '0.1.0',
    });
    const kept = await siteProblems.report(tab(5), github);
    expect(await handlers.getTabSiteProblem({ tabId: 5 })).toEqual(kept);
    expect(await handlers.getTabSiteProblem({ tabId: 6 })).toBeNull();
    await expect(handlers.getTabSiteProblem({ tabId: 'five' as never })).rejects.toThrow(/tab id/);
    expect(await handlers.listSiteProblems()).toEqual([kept]);
    // An import replaces the user's data and keeps these diagnostics; a reset deletes everything Leadway stored.
    const imported = await handlers.importData({ text: JSON.stringify(validExport()), dryRun: false });
    expect(imported.ok).toBe(true);
    expect(await handlers.listSiteProblems()).toEqual([kept]);
    await handlers.resetData();
    expect(await handlers.listSiteProblems()).toEqual([]);
  });
});
