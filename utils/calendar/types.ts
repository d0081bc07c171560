/** Plain data read from a calendar page. Readers fill what they can see and leave the rest undefined. */

export type CalendarSite = 'google-calendar' | 'outlook';

export type AttendeeResponse = 'accepted' | 'declined' | 'tentative' | 'needs-action';

export interface Attendee {
  name?: string;
  email?: string;
  organizer?: boolean;
  /** The signed-in user. */
  self?: boolean;
  response?: AttendeeResponse;
}

export interface CalendarEvent {
  site: CalendarSite;
  /** Stable per occurrence: history and "already shown" refer to it. */
  key: string;
  /**
   * Stable per recurring series: the "not a 1:1" override refers to it. Google: the event id without the
   * `_YYYYMMDDTHHMMSSZ` instance suffix. Outlook: see outlook.ts (the page shows no series id).
   */
  seriesKey: string;
  title: string;
  /** Epoch milliseconds (local time as shown on the page), when readable. */
  start?: number;
  end?: number;
  allDay: boolean;
  recurring: boolean;
  organizer?: Attendee;
  /** Every visible person, including the user when the page lists them. */
  guests: Attendee[];
  /** When the page shows only a count of people (Outlook's peek card). Includes the organizer. */
  guestCount?: number;
  /** The signed-in user, when the page says who that is. */
  user?: { name?: string; email?: string };
}

/** Which kind of event surface is open: a content script anchors its panel in `element`. */
export type EventRootKind =
  | 'popup' // Google's event details dialog
  | 'event-page' // Google's full event page (read-only)
  | 'edit-page' // Google's event edit page
  | 'peek' // Outlook's peek card
  | 'reading-pane' // Outlook's full event view
  | 'compose'; // Outlook's new/edit event form

export interface EventRoot {
  site: CalendarSite;
  kind: EventRootKind;
  element: Element;
}

/**
 * How one calendar site is read. Each site's content script bundles only its own reader, so Google Calendar never
 * carries Outlook's selectors and the other way round.
 */
export interface CalendarReader {
  site: CalendarSite;
  /** True on this site's calendar routes (Outlook also serves mail from the same origin). */
  matches(url: URL): boolean;
  read(doc: Document, url: URL, options?: { now?: number }): CalendarEvent | undefined;
  /** The open event surfaces (popup, peek card, event page), most specific first. */
  roots(doc: Document, url: URL): EventRoot[];
}

/** What a site's reader gathered, before it becomes a CalendarEvent. */
export interface EventParts {
  title: string;
  time?: { start?: number; end?: number; allDay: boolean };
  recurring: boolean;
  guests: Attendee[];
  organizer?: Attendee;
  guestCount?: number;
  user?: { name?: string; email?: string };
}

/** Both readers finish the same way: optional facts are left out rather than set to undefined. */
export function buildEvent(site: CalendarSite, key: string, seriesKey: string, parts: EventParts): CalendarEvent {
  const event: CalendarEvent = {
    site,
    key,
    seriesKey,
    title: parts.title,
    allDay: parts.time?.allDay ?? false,
    recurring: parts.recurring,
    guests: parts.guests,
  };
  if (parts.time?.start !== undefined) event.start = parts.time.start;
  if (parts.time?.end !== undefined) event.end = parts.time.end;
  if (parts.organizer) event.organizer = { ...parts.organizer, organizer: true };
  if (parts.guestCount !== undefined) event.guestCount = parts.guestCount;
  if (parts.user) event.user = parts.user;
  return event;
}
