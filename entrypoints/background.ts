import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { backgroundMessenger, tabMessenger, type BackgroundProtocol } from '../utils/messaging';
import { createHandlers } from '../utils/background/handlers';
import { LeadwayStore } from '../utils/storage/store';
import { openLeadwayDb } from '../utils/storage/migrations';
import type { Settings } from '../utils/settings';

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
  const handlers = createHandlers({
    store,
    now: () => Date.now(),
    random: Math.random,
    broadcastSettings: (settings) => void broadcastSettings(settings),
    version: browser.runtime.getManifest().version,
    openOptions: async (section) => {
      if (!section) return browser.runtime.openOptionsPage();
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
    },
  });
  // Register every handler; @webext-core/messaging sends a thrown error back to the sender as an error.
  for (const type of Object.keys(handlers) as (keyof BackgroundProtocol)[]) {
    backgroundMessenger.onMessage(type, ({ data }) => (handlers[type] as (d: unknown) => Promise<unknown>)(data) as never);
  }
});
