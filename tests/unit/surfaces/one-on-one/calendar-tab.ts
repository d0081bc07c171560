import type { CalendarReader } from '../../../../utils/calendar/types';
import type { SelectorGroups } from '../../../../runtime/page/site-probe';
import type { SettingsCache } from '../../../../runtime/page/settings-cache';
import { runPage, type PageLoop } from '../../../../runtime/page/loop';
import type { Lifetime } from '../../../../runtime/page/lifetime';
import { calendarPage } from '../../../../surfaces/sites/calendar';
import { createCalendarReadCheck, createOneOnOnePanelLoader, createReminderNotes } from '../../../../surfaces/one-on-one/controller';
import { createOneOnOnePanel, type OneOnOnePanelDeps } from '../../../../surfaces/one-on-one/panel-feature';
import type { OneOnOnePanelController } from '../../../../surfaces/one-on-one/panel';
import { provideFeature, resetOnDemandFeatures } from '../../../../runtime/page/on-demand';
import type { SiteProblemReport } from '../../../../utils/site-health';

/**
 * One calendar tab as its content script runs it: the page loop with the 1:1 surfaces, on the test's document. The
 * panel comes in on demand as in the browser, with the injection played by providing the feature when asked.
 */
export interface CalendarTab extends PageLoop {
  /** The panel, once the first 1:1 loaded it. */
  readonly panel: OneOnOnePanelController | undefined;
  /** How many times the panel's script was asked for. */
  readonly loads: number;
  /** The content script going away (Leadway updated or removed). */
  close(): void;
}

export function openCalendarTab(
  options: {
    reader: CalendarReader;
    groups?: SelectorGroups;
    now: () => number;
    settings: SettingsCache;
    /** Where reading problems go; the background by default. */
    reportProblem?: (problem: SiteProblemReport | undefined) => void;
  } & OneOnOnePanelDeps,
): CalendarTab {
  const controller = new AbortController();
  const ctx: Lifetime = {
    addEventListener: (target, type, handler) => target.addEventListener(type, handler, { signal: controller.signal }),
    onInvalidated(callback) {
      controller.signal.addEventListener('abort', callback, { once: true });
      return () => controller.signal.removeEventListener('abort', callback);
    },
  };
  resetOnDemandFeatures();
  let panel: ReturnType<typeof createOneOnOnePanel> | undefined;
  let loads = 0;
  const load = async () => {
    loads++;
    provideFeature('one-on-one', () => (panel = createOneOnOnePanel(options)));
    return true;
  };
  const features = [createOneOnOnePanelLoader(load), createCalendarReadCheck(options.reportProblem, options.doc), createReminderNotes(options.now)];
  const loop = runPage(ctx, calendarPage(options.reader, options.groups ?? {}), features, options.settings);
  return {
    ...loop,
    get panel() {
      return panel?.panel;
    },
    get loads() {
      return loads;
    },
    close: () => controller.abort(),
  };
}

/** Point the test document at a page's address, as the content script sees it in `location`. */
export function setPageUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
