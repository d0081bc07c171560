import { defineBackground } from 'wxt/utils/define-background';
import { browser } from '../runtime/extension-browser';
import { backgroundMessenger, tabMessenger, type BackgroundProtocol } from '../runtime/messaging';
import { createHandlers } from '../runtime/background/handlers';
import { LeadwayStore } from '../utils/storage/store';
import { openLeadwayDb } from '../utils/storage/open';
import type { Settings } from '../utils/settings';
import { createReminders, REMINDER_ICON, type ReminderApi } from '../runtime/background/reminders';
import { grantedOrigins, syncEnterpriseScripts, type EnterpriseApi } from '../runtime/background/enterprise';
import { admit, originOf, RefusedMessageError, type GateContext } from '../runtime/background/message-gate';
import type { Caller, SenderLike } from '../runtime/background/message-gate';
import { createReviewMemory } from '../runtime/background/review-memory';
import type { PrCommentPosted, PrVisit } from '../utils/reviews/types';
import { injectOnDemand, type ScriptingApi } from '../runtime/background/on-demand-scripts';
import type { OnDemandSurfaceId } from '../utils/surfaces';
import { createSiteProblems, memoryTabStorage, sessionTabStorage, type SessionArea } from '../runtime/background/site-problems';

/** GitHub Enterprise servers the user added get the GitHub scripts; re-checked whenever settings or grants change. */
function syncEnterprise(hosts: readonly string[]): void {
  syncEnterpriseScripts(browser as unknown as EnterpriseApi, hosts).catch((error: unknown) =>
    console.warn('[Leadway] registering GitHub Enterprise scripts failed', error),
  );
}

/** Tell every open tab and extension page, so changes apply without a reload. Tabs without Leadway just say no. */
async function broadcastSettings(settings: Settings): Promise<void> {
  tabMessenger.sendMessage('settingsChanged', settings).catch(() => {});
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) {
    if (tab.id !== undefined) tabMessenger.sendMessage('settingsChanged', settings, tab.id).catch(() => {});
  }
}

export default defineBackground(() => {
  const store = new LeadwayStore(() => openLeadwayDb());
  // The reminder picks its tip through the handlers (same selection, history and caps as every surface).
  const reminders = createReminders({
    api: browser as unknown as ReminderApi,
    getSettings: () => store.getSettings(),
    pickTip: async (meeting) =>
      (await handlers.getTips({ surface: 'reminder', contexts: meeting.contexts, contextKey: meeting.key, count: 1 })).tips[0],
    now: () => Date.now(),
    iconUrl: browser.runtime.getURL(REMINDER_ICON),
  });
  // Alarm listeners must be added when the worker starts: an alarm wakes a stopped worker and only those hear it.
  reminders.listen();
  // Each tab's reading problem lives in session storage (it outlives the service worker, not the browser session).
  const session = (browser.storage as unknown as { session?: SessionArea }).session;
  const siteProblems = createSiteProblems({
    store,
    tabs: session ? sessionTabStorage(session) : memoryTabStorage(),
    now: () => Date.now(),
    version: browser.runtime.getManifest().version,
  });
  const forgetTab = (tabId: number) =>
    void siteProblems.forgetTab(tabId).catch((error: unknown) => console.warn('[Leadway] forgetting a tab’s problem failed', error));
  // A new page in the tab (a load, or GitHub's in-page navigation) reports for itself; a closed tab has nothing.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined || change.status === 'loading') forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
  const handlers = createHandlers({
    store,
    siteProblems,
    now: () => Date.now(),
    random: Math.random,
    broadcastSettings: (settings) => {
      void broadcastSettings(settings);
      reminders.replan(settings).catch((error: unknown) => console.warn('[Leadway] planning reminders failed', error));
      syncEnterprise(settings.enterpriseHosts);
    },
    onMeetingSeen: (meeting) => reminders.meetingSeen(meeting),
    version: browser.runtime.getManifest().version,
    openOptions: async (section) => {
      if (!section) return browser.runtime.openOptionsPage();
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
    },
  });
  const resyncEnterprise = () => void store.getSettings().then((settings) => syncEnterprise(settings.enterpriseHosts));
  browser.permissions.onAdded.addListener(resyncEnterprise);
  browser.permissions.onRemoved.addListener(resyncEnterprise);
  browser.runtime.onStartup.addListener(resyncEnterprise);

  // Every message passes the gate first (runtime/background/message-gate.ts): who sent it, from the browser's
  // `sender`, decides whether it is answered. A thrown error goes back to the sender as an error (runtime/wire.ts).
  const gate: GateContext = {
    extensionId: browser.runtime.id,
    extensionOrigin: originOf(browser.runtime.getURL('/'))!,
    enterpriseOrigins: async () => grantedOrigins(browser as unknown as EnterpriseApi, (await store.getSettings()).enterpriseHosts),
  };
  const guarded = <K extends keyof BackgroundProtocol>(
    type: K,
    answer: (data: unknown, sender: SenderLike, caller: Caller) => Promise<unknown>,
  ) =>
    backgroundMessenger.onMessage(type, async ({ data, sender }) => {
      const verdict = await admit(type, data, sender, gate);
      if (!verdict.ok) {
        console.warn('[Leadway] refused:', verdict.reason);
        throw new RefusedMessageError(verdict.reason);
      }
      return (await answer(data, sender, verdict.caller)) as never;
    });
  for (const type of Object.keys(handlers) as (keyof typeof handlers)[]) {
    guarded(type, (data) => (handlers[type] as (d: unknown) => Promise<unknown>)(data));
  }
  const scripting = browser as unknown as ScriptingApi;
  guarded('loadSurface', (data, sender) => injectOnDemand(scripting, sender, data as OnDemandSurfaceId));
  guarded('reportSiteProblem', (data, sender) => siteProblems.report(sender, data));
  // Review facts name the server they came from: the host is the sender's, as the browser reports it.
  const reviewMemory = createReviewMemory({ store, now: () => Date.now() });
  const fromGithub = (caller: Caller) => {
    if (caller.kind !== 'content-script') throw new RefusedMessageError('review facts come from GitHub pages only');
    return caller;
  };
  guarded('recordPrVisit', (data, _sender, caller) => reviewMemory.recordPrVisit(data as PrVisit, fromGithub(caller)));
  guarded('recordPrComment', (data, _sender, caller) => reviewMemory.recordPrComment(data as PrCommentPosted, fromGithub(caller)));
});
