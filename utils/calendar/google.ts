/**
 * Reading an event from Google Calendar (calendar.google.com): the event details popup over the day/week/month
 * views, the full event page and the edit page (`/r/eventedit/ID`). Pure functions over a Document.
 */
import { buildEvent, type Attendee, type CalendarEvent, type CalendarReader, type EventRoot } from './types';
import { privateKey } from './private-key';
import { GOOGLE_SELECTORS as S } from './google-selectors';
import { attrOf, blockLines, isShown, queryAllAny, queryAllFirst, queryFirst, safely, textOf } from './dom';
import { dedupeAttendees, isUser, markSelf, readPersonLabel, tidyAttendee } from './attendees';
import { decodeGoogleEventId, splitInstance } from './google-id';
import { parseEventTime, type ParsedEventTime } from './time';
import { cleanText, findEmail, nameFromEmail } from './text';
import { allWords, dayFirstFor, isOneOf, pageLanguage, wordAlternation } from './locale-words';

export interface GoogleReadOptions {
  /** Epoch ms used to pick the year when the page leaves it out; defaults to the date in the URL, then now. */
  now?: number;
}

export function isGoogleCalendarUrl(url: URL): boolean {
  return url.hostname === 'calendar.google.com' || (/(^|\.)google\.[a-z.]+$/.test(url.hostname) && url.pathname.startsWith('/calendar'));
}

/** The event id in an edit/event page URL (`/r/eventedit/ID`, `/r/eventedit/copy/ID`, `?eid=ID`), still encoded. */
export function eventIdFromGoogleUrl(url: URL): string | undefined {
  const fromPath = /\/r\/eventedit\/(?:copy\/|duplicate\/)?([A-Za-z0-9_-]{8,})/.exec(url.pathname)?.[1];
  return fromPath ?? (url.searchParams.get('eid') || undefined);
}

function isEventPageUrl(url: URL): boolean {
  return /\/r\/eventedit(\/|$)/.test(url.pathname) || /\/(r\/)?event$/.test(url.pathname);
}

/** The date a view URL shows (`/r/week/2026/11/24`), as local midnight epoch ms. */
export function dateFromGoogleUrl(url: URL): number | undefined {
  const match = /\/r\/[a-z0-9]+\/(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(url.pathname);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

/** "Google Account: Dana Reyes (dana@example.com)" on the account button. */
export function readGoogleUser(doc: Document): { name?: string; email?: string } | undefined {
  return safely(() => {
    for (const element of queryAllAny(doc, S.account)) {
      const label = cleanText(element.getAttribute('aria-label'));
      const match = /^(.*?)\s*\(\s*([^()\s]+@[^()\s]+)\s*\)\s*$/.exec(label);
      if (match) {
        // "Google Account: NAME", "Google-Konto: NAME", "Compte Google : NAME", "Google アカウント: NAME".
        const name = cleanText(match[1]!.replace(/^[^:：]*[:：]\s*/, ''));
        return { ...(name ? { name } : {}), email: match[2]! };
      }
      const email = findEmail(label);
      if (email) return { email };
    }
    return undefined;
  });
}

/** The open details popup, if one is on screen. Calendar keeps one popup element and reuses it. */
export function findGooglePopup(doc: Document): Element | undefined {
  return safely(() => {
    for (const candidate of queryAllAny(doc, S.popup)) {
      const dialog = candidate.closest('[role="dialog"]') ?? candidate;
      if (isShown(dialog) && queryFirst(dialog, S.popupTitle)) return dialog;
    }
    return undefined;
  });
}

/** The main region of the full event or edit page. */
function findGooglePage(doc: Document, url: URL): Element | undefined {
  // The address says so, or the page itself does (the body's view family), whatever language the page is in.
  if (!isEventPageUrl(url) && !queryFirst(doc, S.eventPageBody)) return undefined;
  return safely(() => {
    const main = queryFirst(doc, S.page) ?? queryFirst(doc, S.titleInput)?.closest('form, body') ?? undefined;
    // Until the page has rendered a title or a guest there is nothing to read or anchor to.
    const ready = main && (queryFirst(main, S.titleInput) || queryFirst(main, S.pageTitle) || queryFirst(main, S.guests));
    return ready ? main : undefined;
  });
}

/** Where a content script should watch and anchor its panel: the open popup, or the event/edit page. */
export function findGoogleEventRoots(doc: Document, url: URL): EventRoot[] {
  const roots: EventRoot[] = [];
  const popup = findGooglePopup(doc);
  if (popup) roots.push({ site: 'google-calendar', kind: 'popup', element: popup });
  const page = findGooglePage(doc, url);
  if (page) {
    const editing = !!queryFirst(page, S.titleInput);
    roots.push({ site: 'google-calendar', kind: editing ? 'edit-page' : 'event-page', element: page });
  }
  return roots;
}

/** The event the page shows: the popup when one is open, else the event/edit page; undefined elsewhere. */
export function readGoogleEvent(doc: Document, url: URL, options: GoogleReadOptions = {}): CalendarEvent | undefined {
  try {
    const user = readGoogleUser(doc);
    const when: When = { reference: options.now ?? dateFromGoogleUrl(url) ?? Date.now(), dayFirst: dayFirstFor(pageLanguage(doc)) };
    const popup = findGooglePopup(doc);
    if (popup) return readPopup(doc, popup, user, when);
    const page = findGooglePage(doc, url);
    if (page) return readPage(page, url, user, when);
    return undefined;
  } catch {
    return undefined;
  }
}

/** What dates are read against: the date the view shows, and whether the page's language writes the day first. */
interface When {
  reference: number;
  dayFirst: boolean;
}

function readPopup(
  doc: Document,
  popup: Element,
  user: CalendarEvent['user'],
  when: When,
): CalendarEvent | undefined {
  const title = textOf(queryFirst(popup, S.popupTitle));
  const whenLines = blockLines(queryFirst(popup, S.popupWhen));
  // The first line is the date and time; a second one, when present, describes the recurrence.
  const time = whenLines.length > 0 ? parseEventTime(whenLines[0], when) : undefined;
  const recurrenceLine = whenLines.slice(1).some(isRecurrenceText);

  const rawId = attrOf(queryFirst(popup, S.popupEventId), 'data-eventid') || chipIdForTitle(doc, title);
  const ids = idsFor(rawId, title, time);

  const guestsSection = queryFirst(popup, S.popupGuestsSection) ?? popup;
  const rows = readGuests(guestsSection);
  user = user ?? userFromCalendarId(ids.calendarId, rows);
  const guests = markSelf(rows, user).map(tidyAttendee);
  const shownCount = readGuestCount(guestsSection);
  const organizer = guests.find((guest) => guest.organizer) ?? readCalendarLineOrganizer(popup, user);
  if (!title && guests.length === 0) return undefined;
  return build({
    title,
    ids,
    time,
    recurring: recurrenceLine || ids.instance !== undefined,
    organizer,
    guests,
    guestCount: shownCount !== undefined && shownCount > guests.length ? shownCount : undefined,
    user,
  });
}

function readPage(page: Element, url: URL, user: CalendarEvent['user'], when: When): CalendarEvent | undefined {
  const input = queryFirst(page, S.titleInput) as HTMLInputElement | undefined;
  const title = cleanText(input ? (safely(() => input.value) ?? input.getAttribute('value')) : textOf(queryFirst(page, S.pageTitle)));
  const time = readPageTime(page, when);
  // The edit page has a recurrence control; the read-only page puts the rule on the line after the date.
  const recurrenceText = textOf(queryFirst(page, S.recurrence)) || lineAfterDate(page, when);
  const rawId = eventIdFromGoogleUrl(url) ?? '';
  const ids = idsFor(rawId, title, time);
  const rows = readGuests(page);
  user = user ?? userFromCalendarId(ids.calendarId, rows);
  const guests = markSelf(rows, user).map(tidyAttendee);
  const organizer = guests.find((guest) => guest.organizer);
  if (!title && guests.length === 0) return undefined;
  return build({
    title,
    ids,
    time,
    recurring: (!!recurrenceText && isRecurrenceText(recurrenceText)) || ids.instance !== undefined,
    organizer,
    guests,
    user,
  });
}

function lineAfterDate(page: Element, when: When): string {
  const lines = blockLines(page);
  const index = lines.findIndex((line) => line.length <= 80 && parseEventTime(line, when)?.start !== undefined);
  return index >= 0 ? (lines[index + 1] ?? '') : '';
}

/** Edit page: separate date/time inputs and an all-day checkbox. Event page: one line of text. */
function readPageTime(page: Element, when: When): ParsedEventTime | undefined {
  const value = (selectors: readonly string[]) => {
    const element = queryFirst(page, selectors) as HTMLInputElement | undefined;
    if (!element) return '';
    return cleanText(safely(() => element.value) || element.getAttribute('value') || element.getAttribute('data-initial-value') || element.textContent);
  };
  const allDayBox = queryFirst(page, S.allDayCheckbox) as HTMLInputElement | undefined;
  const allDay =
    !!allDayBox && (safely(() => allDayBox.checked) === true || allDayBox.hasAttribute('checked') || allDayBox.getAttribute('aria-checked') === 'true');
  const startDate = value(S.startDate);
  if (startDate) {
    const endDate = value(S.endDate) || startDate;
    const text = allDay ? `${startDate} – ${endDate}` : `${startDate} ${value(S.startTime)} – ${endDate} ${value(S.endTime)}`;
    const parsed = parseEventTime(allDay ? `${startDate}` : text, when);
    if (allDay && parsed) {
      const last = parseEventTime(endDate, when);
      return { start: parsed.start, end: last?.end ?? parsed.end, allDay: true };
    }
    return parsed;
  }
  // The read-only page has no inputs: the first line that reads as a date and time.
  for (const line of blockLines(page)) {
    if (line.length > 80) continue;
    const parsed = parseEventTime(line, when);
    if (parsed?.start !== undefined) return parsed;
  }
  return undefined;
}

/**
 * Without the account button, the calendar id in the event id is the user's address when it is their primary
 * calendar; trust it only when that address is also among the guests.
 */
function userFromCalendarId(calendarId: string | undefined, guests: Attendee[]): CalendarEvent['user'] {
  if (!calendarId || !findEmail(calendarId)) return undefined;
  const id = calendarId.toLowerCase();
  const listed = guests.find((guest) => guest.email?.toLowerCase() === id);
  return listed ? { ...(listed.name ? { name: listed.name } : {}), email: listed.email! } : undefined;
}

function readGuests(root: Element): Attendee[] {
  const rows = queryAllFirst(root, S.guests);
  const guests = rows.map((row): Attendee => {
    const email = cleanText(row.getAttribute('data-email')) || undefined;
    const label = readPersonLabel(row.getAttribute('aria-label'));
    const shownName = textOf(queryFirst(row, S.guestName));
    const lines = blockLines(row);
    const organizer = label.organizer || lines.some((line) => isOneOf(line, ORGANIZER_WORDS));
    const name = shownName || label.name || (lines[0] && !findEmail(lines[0]) ? lines[0] : undefined) || (email ? nameFromEmail(email) : undefined);
    return { name, email, organizer, response: label.response };
  });
  return dedupeAttendees(guests);
}

const ORGANIZER_WORDS = allWords('organizer');
const PEOPLE_NOUNS = wordAlternation(allWords('peopleNouns'));
const GUEST_COUNT = new RegExp(`^(?:${PEOPLE_NOUNS}\\s*)?(\\d+)\\s*${PEOPLE_NOUNS}(?!\\p{L})`, 'iu');

/** "6 guests", "6 Gäste", "6 invités", "6 invitados", "6 convidados", "ゲスト 6 人" in the guests section header. */
function readGuestCount(section: Element): number | undefined {
  const explicit = queryFirst(section, ['[data-guest-count]']);
  const fromAttribute = explicit ? Number(explicit.getAttribute('data-guest-count')) : NaN;
  if (Number.isFinite(fromAttribute) && fromAttribute > 0) return fromAttribute;
  // Only the header above the list: the rows below are people.
  const header = queryFirst(section, ['[role="tree"]'])?.previousElementSibling ?? section;
  for (const line of blockLines(header).slice(0, 3)) {
    const match = GUEST_COUNT.exec(line);
    if (match) return Number(match[1]);
  }
  return undefined;
}

const CREATED_BY = new RegExp(`^${wordAlternation(allWords('createdBy'))}\\s*[:：]\\s*(.+)$`, 'iu');

/** With the guest list hidden, the calendar line can still say "Organizer: NAME" / "Created by: NAME". */
function readCalendarLineOrganizer(popup: Element, user: CalendarEvent['user']): Attendee | undefined {
  for (const line of blockLines(queryFirst(popup, S.popupCalendar))) {
    const match = CREATED_BY.exec(line);
    if (match) {
      const email = findEmail(match[1]);
      const name = cleanText(email ? match[1]!.replace(email, '').replace(/[<>()]/g, ' ') : match[1]);
      const organizer: Attendee = { name: name || undefined, email, organizer: true };
      return tidyAttendee({ ...organizer, self: isUser(organizer, user) });
    }
  }
  return undefined;
}

/** When the popup itself carries no id: the chip whose screen-reader text names the same event. */
function chipIdForTitle(doc: Document, title: string): string {
  if (!title) return '';
  const chips = queryAllFirst(doc, S.chips);
  const matching = chips.filter((chip) => textOf(chip).includes(title));
  // Only trust a unique match: two chips with one title (a recurring event in week view) would be a guess.
  return matching.length === 1 ? attrOf(matching[0], 'data-eventid') : '';
}

const NO_RECURRENCE = new RegExp(`(?<!\\p{L})${wordAlternation(allWords('noRecurrence'))}(?!\\p{L})`, 'iu');
// Japanese words sit between other letters ("毎週水曜日"), so they need no word edges.
const RECURRENCE = new RegExp(
  `(?<!\\p{L})${wordAlternation(allWords('recurrence').filter((w) => !/[\u3040-\u30ff\u4e00-\u9fff]/u.test(w)))}(?!\\p{L})|${wordAlternation(allWords('recurrence').filter((w) => /[\u3040-\u30ff\u4e00-\u9fff]/u.test(w)))}`,
  'iu',
);

/** "Weekly on Wednesday", "Wöchentlich am Mittwoch", "Toutes les semaines le mercredi", "毎週水曜日". */
export function isRecurrenceText(text: string): boolean {
  const t = cleanText(text).toLowerCase();
  if (!t || NO_RECURRENCE.test(t)) return false;
  return RECURRENCE.test(t);
}

interface Ids {
  key: string;
  seriesKey: string;
  instance?: string;
  calendarId?: string;
}

function idsFor(rawId: string, title: string, time: ParsedEventTime | undefined): Ids {
  const decoded = decodeGoogleEventId(rawId);
  if (decoded) return { key: decoded.eventId, seriesKey: decoded.seriesId, instance: decoded.instance, calendarId: decoded.calendarId };
  if (rawId) {
    const { seriesId, instance } = splitInstance(rawId);
    return { key: rawId, seriesKey: seriesId, instance };
  }
  // No id on the page: title and start are the best stable facts left, hashed so no key keeps the title.
  const titleKey = title.toLowerCase();
  return { key: privateKey('google', `${titleKey}|${time?.start ?? ''}`), seriesKey: privateKey('google', titleKey) };
}

function build(parts: {
  title: string;
  ids: Ids;
  time: ParsedEventTime | undefined;
  recurring: boolean;
  organizer: Attendee | undefined;
  guests: Attendee[];
  guestCount?: number;
  user: CalendarEvent['user'];
}): CalendarEvent {
  return buildEvent('google-calendar', parts.ids.key, parts.ids.seriesKey, parts);
}

export const GOOGLE_CALENDAR_READER: CalendarReader = {
  site: 'google-calendar',
  matches: isGoogleCalendarUrl,
  read: readGoogleEvent,
  roots: findGoogleEventRoots,
};
