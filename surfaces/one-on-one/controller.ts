import type { CalendarEvent, CalendarReader, CalendarSite, EventRoot } from '../../utils/calendar/types';
import { askBackground } from '../../runtime/messaging';
import type { PageFeature } from '../../runtime/page/loop';
import { onDemandFeature } from '../../runtime/page/on-demand';
import type { Settings } from '../../utils/settings';
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

/**
 * The 1:1 panel as the calendar script carries it: the panel's view is a script of its own
 * (entrypoints/one-on-one-panel.content), injected the first time an open event is a 1:1 with the panel switched on.
 */
export function createOneOnOnePanelLoader(load = () => askBackground('loadSurface', 'one-on-one')): PageFeature<CalendarPage> {
  return onDemandFeature<CalendarPage>({ name: 'one-on-one', surface: 'one-on-one', key: 'one-on-one', needs: (page) => page.view !== undefined, load });
}

function reportToBackground(problem: SiteProblemReport | undefined): void {
  if (problem) reportSiteProblem(problem);
  else clearSiteProblem();
}

/**
 * Says when an open event cannot be read, so the popup and options can tell the user the site changed. Part of the
 * 1:1 surface: with the surface off there is nothing it failed to do either.
 */
export function createCalendarReadCheck(
  report: (problem: SiteProblemReport | undefined) => void = reportToBackground,
  doc: Document = document,
): PageFeature<CalendarPage> {
  return {
    name: '1:1 read check',
    surface: 'one-on-one',
    update(page) {
      report(page ? calendarSiteProblem({ site: page.site, doc, roots: page.roots, event: page.event, groups: page.groups }) : undefined);
    },
    teardown() {},
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
