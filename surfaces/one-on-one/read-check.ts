/**
 * When a calendar page shows an event Leadway should understand but cannot read (a popup or event page without a
 * readable title or time), the calendar surface reports it (runtime/page/site-problem.ts). Pure functions.
 */
import { isShown } from '../../utils/calendar/dom';
import type { CalendarEvent, CalendarSite, EventRoot, EventRootKind } from '../../utils/calendar/types';
import type { ProblemCode, SiteProblemReport } from '../../utils/site-health';
import { probeSelectorGroups, type SelectorGroups } from '../../runtime/page/site-probe';

/**
 * Containers that say "an event is open here" by structure alone, independent of the readers' selectors: when a
 * reader misses the event entirely, these still show that there was one to read. Ids, `data-*` and roles only.
 */
export const EVENT_CONTAINERS: Record<CalendarSite, readonly { kind: EventRootKind; selector: string }[]> = {
  'google-calendar': [
    // The event details popup (Google reuses one) and its inner block.
    { kind: 'popup', selector: '[role="dialog"][data-chips-dialog="true"]' },
    { kind: 'popup', selector: '#xDetDlg' },
    // The full event page; EVENT_EDIT (editing) is left out, like the compose form: a new event has no title yet.
    { kind: 'event-page', selector: 'body[data-viewfamily="EVENT"]' },
  ],
  outlook: [
    { kind: 'peek', selector: '[data-app-section="CalendarItemPeek"]' },
    { kind: 'reading-pane', selector: '[data-app-section="CalendarReadingPane"]' },
  ],
};

/** Surfaces of an existing event, where a title and a time are always shown. Forms for new events are not. */
const READ_ONLY_KINDS: ReadonlySet<EventRootKind> = new Set(['popup', 'event-page', 'peek', 'reading-pane']);

/** The first event container on screen, when the reader found none. */
export function findEventContainer(doc: Document, site: CalendarSite): { kind: EventRootKind; element: Element } | undefined {
  for (const { kind, selector } of EVENT_CONTAINERS[site]) {
    let element: Element | null = null;
    try {
      element = doc.querySelector(selector);
    } catch {
      continue;
    }
    if (element && (element.tagName === 'BODY' || isShown(element))) return { kind, element };
  }
  return undefined;
}

/** What the reader could not get from an open event; empty when it read what the 1:1 surface needs. */
export function missingFromEvent(event: CalendarEvent | undefined): ProblemCode[] {
  if (!event) return ['no-event'];
  const missing: ProblemCode[] = [];
  if (!event.title.trim()) missing.push('no-title');
  if (event.start === undefined && !event.allDay) missing.push('no-event-time');
  return missing;
}

export interface CalendarLook {
  site: CalendarSite;
  doc: Document;
  /** The reader's open event surfaces, most specific first. */
  roots: readonly EventRoot[];
  /** What the reader read (undefined: nothing). */
  event: CalendarEvent | undefined;
  /** The site's selector groups (utils/calendar/*-selectors.ts), probed by name for the diagnostic. */
  groups: SelectorGroups;
}

/** The problem to report for one look at a calendar page, or undefined when there is none to report. */
export function calendarSiteProblem(look: CalendarLook): SiteProblemReport | undefined {
  const root = look.roots[0];
  let kind: EventRootKind;
  let missing: ProblemCode[];
  if (root) {
    if (!READ_ONLY_KINDS.has(root.kind)) return undefined;
    kind = root.kind;
    missing = missingFromEvent(look.event);
  } else {
    const container = findEventContainer(look.doc, look.site);
    if (!container) return undefined;
    kind = container.kind;
    missing = ['no-event'];
  }
  if (missing.length === 0) return undefined;
  const containers = Object.fromEntries(
    EVENT_CONTAINERS[look.site].map(({ selector }, index) => [`container${index + 1}`, [selector]]),
  );
  return {
    site: look.site,
    missing,
    page: kind,
    groups: probeSelectorGroups(look.doc, { ...look.groups, ...containers }),
  };
}
