import type { CalendarEvent, CalendarReader, CalendarSite, EventRoot } from '../../utils/calendar/types';
import { askBackground } from '../../runtime/messaging';
import type { PageControl, PageFeature } from '../../runtime/page/loop';
import type { Settings } from '../../utils/settings';
import { createPanelController, type OneOnOnePanelController, type SettingsChange } from './panel';
import { oneOnOneView, startsLaterToday, type OneOnOneView } from './meeting';
import { calendarSiteProblem } from './read-check';
import type { SelectorGroups } from '../../runtime/page/site-probe';
import { clearSiteProblem, reportSiteProblem } from '../../runtime/page/site-problem';
import type { SiteProblemReport } from '../../utils/site-health';

/** One look at a calendar page: what the reader found, and the 1:1 it makes with the user's settings. */
export interface CalendarPage {
  site: CalendarSite;
  /** The reader's open event surfaces, most specific first. */
  roots: readonly EventRoot[];
  /** What the reader read from the first of them. */
  event: CalendarEvent | undefined;
  /** The 1:1 on screen; undefined when no event is open, it cannot be read, or it is not a 1:1. */
  view: OneOnOneView | undefined;
  /** This site's selector groups, named in the diagnostic when an open event cannot be read. */
  groups: SelectorGroups;
}

/** Read a calendar page with this site's reader; undefined on pages of the site that are not its calendar. */
export function readCalendarPage(reader: CalendarReader, groups: SelectorGroups, doc: Document, url: URL, settings: Settings): CalendarPage | undefined {
  if (!reader.matches(url)) return undefined;
  const roots = reader.roots(doc, url);
  const event = roots[0] ? reader.read(doc, url) : undefined;
  const view = roots[0] && event ? oneOnOneView(event, roots[0], settings) : undefined;
  return { site: reader.site, roots, event, view, groups };
}

export interface OneOnOneDeps {
  doc?: Document;
  /** Injected for tests. */
  copyText?: (text: string) => Promise<void>;
  /** Where reading problems go (undefined: the page reads fine); content-side reporting by default. */
  reportProblem?: (problem: SiteProblemReport | undefined) => void;
}

function reportToBackground(problem: SiteProblemReport | undefined): void {
  if (problem) reportSiteProblem(problem);
  else clearSiteProblem();
}

export interface OneOnOneFeature extends PageFeature<CalendarPage> {
  readonly panel: OneOnOnePanelController;
}

/**
 * The 1:1 panel: on every look, show, update or remove the panel for the open event. The panel is keyed by event
 * (Calendar reuses one popup for every event), so opening another event replaces its content and re-checking the
 * same event costs one read of the popup. It also says when an open event cannot be read.
 */
export function createOneOnOnePanel(deps: OneOnOneDeps = {}): OneOnOneFeature {
  const doc = deps.doc ?? document;
  const reportProblem = deps.reportProblem ?? reportToBackground;
  let settings: Settings | undefined;
  let control: PageControl | undefined;

  const panel = createPanelController({
    doc,
    settings: () => {
      if (!settings) throw new Error('Leadway: settings not loaded yet');
      return settings;
    },
    change: async (type, data) => {
      const next = await (askBackground as (type: SettingsChange, data: unknown) => Promise<Settings>)(type, data);
      await control?.adopt(next);
    },
    copyText: deps.copyText,
  });

  return {
    name: 'one-on-one',
    surface: 'one-on-one',
    panel,
    async update(page, value, loop) {
      settings = value;
      control = loop;
      // Switched off (no page): with the surface off there is nothing it failed to do either.
      if (!page) {
        reportProblem(undefined);
        return panel.remove();
      }
      reportProblem(calendarSiteProblem({ site: page.site, doc, roots: page.roots, event: page.event, groups: page.groups }));
      if (!page.view) return panel.remove();
      await panel.show(page.view);
    },
    teardown: () => panel.remove(),
  };
}

/**
 * Tells the background about 1:1s that start later today, for the reminder (which has its own switch in the
 * background). Not part of the panel's surface: it notes meetings whether or not the panel is shown.
 */
export function createReminderNotes(now: () => number = Date.now): PageFeature<CalendarPage> {
  // Meetings already reported, so an open popup does not send a message per mutation.
  const noted = new Set<string>();
  return {
    name: '1:1 reminder notes',
    update(page) {
      const current = page?.view;
      if (!current) return;
      const { event } = current;
      if (!startsLaterToday(event, now())) return;
      const signature = `${event.key}|${event.start}|${current.contexts.join(',')}`;
      if (noted.has(signature)) return;
      noted.add(signature);
      askBackground('noteOneOnOne', { key: event.key, title: event.title, start: event.start, contexts: current.contexts }).catch(() => {
        noted.delete(signature); // try again on the next look at the page
      });
    },
    teardown() {},
  };
}
