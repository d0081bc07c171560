import type { Lifetime } from './lifetime';
import { tabMessenger } from '../messaging';
import { createSettingsCache } from './settings-cache';
import { createCalendarSurface } from '../../surfaces/one-on-one/controller';
import { watchPageChanges } from './watchers/page-changes';
import type { CalendarReader } from '../../utils/calendar/types';
import type { SelectorGroups } from './site-probe';

/**
 * One Google Calendar or Outlook tab. Both apps open events without page loads and reuse one popup for every
 * event, so the page is watched (one coalesced MutationObserver plus URL changes) and re-read on each change.
 */
export function startCalendar(ctx: Lifetime, reader: CalendarReader, selectorGroups?: SelectorGroups): void {
  const surface = createCalendarSurface({
    selectorGroups,
    reader,
    doc: document,
    url: () => new URL(location.href),
    now: () => Date.now(),
    settings: createSettingsCache(),
  });
  // evaluate() catches everything it does (safely), so nothing can reach the page from here.
  const look = () => void surface.evaluate();
  const stopWatching = watchPageChanges(document.body ?? document.documentElement, surface.isOwnNode, look);
  ctx.addEventListener(window, 'wxt:locationchange', look);
  ctx.addEventListener(window, 'popstate', look);
  tabMessenger.onMessage('getPageContext', () => surface.pageContext());
  ctx.onInvalidated(() => {
    stopWatching();
    surface.dispose();
  });
  void surface.evaluate();
}
