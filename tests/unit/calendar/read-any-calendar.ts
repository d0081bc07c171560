/** Test helper: read a page with whichever calendar reader its URL belongs to (each content script knows its own). */
import type { CalendarEvent, CalendarReader, CalendarSite, EventRoot } from '../../../utils/calendar/types';
import { GOOGLE_CALENDAR_READER, findGoogleEventRoots, readGoogleEvent } from '../../../utils/calendar/google';
import { OUTLOOK_READER, findOutlookEventRoots, readOutlookEvent } from '../../../utils/calendar/outlook';

export const CALENDAR_READERS: readonly CalendarReader[] = [GOOGLE_CALENDAR_READER, OUTLOOK_READER];

export function readerFor(url: URL): CalendarReader | undefined {
  return CALENDAR_READERS.find((reader) => reader.matches(url));
}

export function calendarSiteFor(url: URL): CalendarSite | undefined {
  return readerFor(url)?.site;
}

/** The event open on the page, as plain data; undefined when none is open or it cannot be read. */
export function readCalendarEvent(doc: Document, url: URL, options: { now?: number } = {}): CalendarEvent | undefined {
  const site = calendarSiteFor(url);
  if (site === 'google-calendar') return readGoogleEvent(doc, url, options);
  if (site === 'outlook') return readOutlookEvent(doc, url, options);
  return undefined;
}

/**
 * The elements showing an event right now (popup, peek card, event page, form), most specific first. A content
 * script watches these for changes and anchors its panel next to the first one. Calendar reuses one popup for
 * every event, so key any UI by the event's `key`, not by the element.
 */
export function findOpenEventRoots(doc: Document, url?: URL): EventRoot[] {
  try {
    const where = url ?? urlOf(doc);
    const site = where ? calendarSiteFor(where) : undefined;
    if (site === 'google-calendar') return findGoogleEventRoots(doc, where!);
    if (site === 'outlook') return findOutlookEventRoots(doc, where);
    if (url) return [];
    // No calendar address to go by (a parsed or blank document): whichever calendar's surfaces are present.
    return [...findGoogleEventRoots(doc, new URL('https://calendar.google.com/')), ...findOutlookEventRoots(doc)];
  } catch {
    return [];
  }
}

function urlOf(doc: Document): URL | undefined {
  try {
    const href = doc.location?.href;
    return href && /^https?:/.test(href) ? new URL(href) : undefined;
  } catch {
    return undefined;
  }
}
