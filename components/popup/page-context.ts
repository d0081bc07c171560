import { browser } from '../../runtime/extension-browser';
import { tabMessenger, withTimeout, type PageContext } from '../../runtime/messaging';

/** A content script answers at once; past this the popup stops waiting and shows the tip of the day. */
export const PAGE_CONTEXT_TIMEOUT_MS = 1500;

/**
 * What Leadway's content script sees in the active tab, or `null` when the tab has none (any other site, a
 * browser page, a tab that loaded before the extension) or it does not answer in time.
 */
export async function activePageContext(): Promise<PageContext | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const context = await withTimeout(
      tabMessenger.sendMessage('getPageContext', undefined, tab.id),
      'getPageContext',
      PAGE_CONTEXT_TIMEOUT_MS,
    );
    return context && Array.isArray(context.contexts) && context.contexts.length > 0 ? context : null;
  } catch {
    return null;
  }
}
