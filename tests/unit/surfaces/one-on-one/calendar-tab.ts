import type { CalendarReader } from '../../../../utils/calendar/types';
import type { SelectorGroups } from '../../../../runtime/page/site-probe';
import type { SettingsCache } from '../../../../runtime/page/settings-cache';
import { runPage, type PageLoop } from '../../../../runtime/page/loop';
import type { Lifetime } from '../../../../runtime/page/lifetime';
import { calendarPage } from '../../../../surfaces/sites/calendar';
import { createOneOnOnePanel, createReminderNotes, type OneOnOneDeps } from '../../../../surfaces/one-on-one/controller';
import type { OneOnOnePanelController } from '../../../../surfaces/one-on-one/panel';

/** One calendar tab as its content script runs it: the page loop with the 1:1 surfaces, on the test's document. */
export interface CalendarTab extends PageLoop {
  panel: OneOnOnePanelController;
  /** The content script going away (Leadway updated or removed). */
  close(): void;
}

export function openCalendarTab(
  options: { reader: CalendarReader; groups?: SelectorGroups; now: () => number; settings: SettingsCache } & OneOnOneDeps,
): CalendarTab {
  const controller = new AbortController();
  const ctx: Lifetime = {
    addEventListener: (target, type, handler) => target.addEventListener(type, handler, { signal: controller.signal }),
    onInvalidated(callback) {
      controller.signal.addEventListener('abort', callback, { once: true });
      return () => controller.signal.removeEventListener('abort', callback);
    },
  };
  const panel = createOneOnOnePanel(options);
  const loop = runPage(ctx, calendarPage(options.reader, options.groups ?? {}), [panel, createReminderNotes(options.now)], options.settings);
  return { ...loop, panel: panel.panel, close: () => controller.abort() };
}

/** Point the test document at a page's address, as the content script sees it in `location`. */
export function setPageUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
