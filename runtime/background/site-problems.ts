import { checkSiteProblem, checkSiteProblemReport, stampSiteProblem, type SiteProblem } from '../../utils/site-health';
import type { LeadwayStore } from '../../utils/storage/store';

/**
 * Where the current problem of each tab is kept. In the browser: `storage.session` (the service worker may stop
 * between the page's report and the user opening the popup; session storage outlives the worker and is gone
 * with the browser session, as tabs are). Tests use the in-memory one.
 */
export interface TabProblemStorage {
  get(tabId: number): Promise<SiteProblem | undefined>;
  set(tabId: number, problem: SiteProblem): Promise<void>;
  remove(tabId: number): Promise<void>;
}

export function memoryTabStorage(): TabProblemStorage {
  const byTab = new Map<number, SiteProblem>();
  return {
    get: async (tabId) => byTab.get(tabId),
    set: async (tabId, problem) => void byTab.set(tabId, problem),
    remove: async (tabId) => void byTab.delete(tabId),
  };
}

/** The slice of `browser.storage.session` used here. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const tabKey = (tabId: number) => `siteProblem:${tabId}`;

export function sessionTabStorage(area: SessionArea): TabProblemStorage {
  return {
    async get(tabId) {
      const stored = (await area.get(tabKey(tabId)))[tabKey(tabId)];
      // Read back through the same check: session storage is ours, but a problem is shown to the user.
      const checked = stored === undefined ? undefined : checkSiteProblem(stored);
      return checked?.ok ? checked.value : undefined;
    },
    set: (tabId, problem) => area.set({ [tabKey(tabId)]: problem }),
    remove: (tabId) => area.remove(tabKey(tabId)),
  };
}

/** Who sent a message: content scripts have a tab; extension pages do not. */
export interface ProblemSender {
  tab?: { id?: number };
  frameId?: number;
}

export interface SiteProblemsDeps {
  store: Pick<LeadwayStore, 'saveSiteProblem' | 'listSiteProblems' | 'clearSiteProblems'>;
  tabs: TabProblemStorage;
  now: () => number;
  version: string;
}

export interface SiteProblems {
  /**
   * A content script's report for its own tab (`null`: the page reads fine again). Refused unless it comes from a
   * tab's top frame and passes the check in site-health.ts. Returns the problem as kept, or null once cleared.
   */
  report(sender: ProblemSender, report: unknown): Promise<SiteProblem | null>;
  /** The tab's current problem, for the popup. */
  forTab(tabId: number): Promise<SiteProblem | null>;
  /** The tab navigated or closed: its problem goes (the new page reports its own). */
  forgetTab(tabId: number): Promise<void>;
  /** The last problem of each site, newest first, for the options page. */
  list(): Promise<SiteProblem[]>;
  /** The user cleared the list on the options page. */
  clear(): Promise<void>;
}

export function createSiteProblems(deps: SiteProblemsDeps): SiteProblems {
  return {
    async report(sender, report) {
      const tabId = sender?.tab?.id;
      if (typeof tabId !== 'number' || tabId < 0) throw new Error('Leadway: only a page in a tab can report a site problem');
      if ((sender.frameId ?? 0) !== 0) throw new Error('Leadway: only a tab’s top frame can report a site problem');
      if (report === null) {
        await deps.tabs.remove(tabId);
        return null;
      }
      const checked = checkSiteProblemReport(report);
      if (!checked.ok) throw new Error(`Leadway: refused a site problem (${checked.error})`);
      const problem = stampSiteProblem(checked.value, deps.version, deps.now());
      await deps.tabs.set(tabId, problem);
      // The per-site record is a convenience for the options page: failing to keep it must not lose the tab's.
      await deps.store.saveSiteProblem(problem).catch((error: unknown) => console.warn('[Leadway] could not keep a site problem', error));
      return problem;
    },
    async forTab(tabId) {
      if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) throw new Error('Leadway: a tab id is a whole number');
      return (await deps.tabs.get(tabId)) ?? null;
    },
    forgetTab: (tabId) => deps.tabs.remove(tabId),
    list: () => deps.store.listSiteProblems(),
    clear: () => deps.store.clearSiteProblems(),
  };
}
