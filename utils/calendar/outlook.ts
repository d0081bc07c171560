/**
 * Reading an event from Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com,
 * outlook.cloud.microsoft): the peek card over the calendar, the full event (reading pane, `/calendar/item/…`,
 * `/calendar/deeplink/…`) and the new-event form. Pure functions over a Document.
 *
 * Keys: a tile's `data-calitemid` names one occurrence. Outlook shows no series id anywhere in the page, so
 * the series key is built from what every view shows: the normalised title and organizer's name.
 */
import { buildEvent, type Attendee, type AttendeeResponse, type CalendarEvent, type CalendarReader, type EventRoot } from './types';
import { privateKey } from './private-key';
import { OUTLOOK_SELECTORS as S } from './outlook-selectors';
import { attrOf, blockLines, isShown, queryAllAny, queryAllFirst, queryFirst, safely, textOf } from './dom';
import { dedupeAttendees, isUser, markSelf, readPersonLabel, tidyAttendee } from './attendees';
import { parseOutlookItemLabel, type OutlookItemLabel } from './outlook-label';
import { parseEventTime, type ParsedEventTime } from './time';
import { cleanText, findEmail, nameFromEmail, normaliseName } from './text';
import { OUTLOOK_HOSTS } from './hosts';
import { allWords, dayFirstFor, isOneOf, pageLanguage, responseWords, wordAlternation } from './locale-words';

export interface OutlookReadOptions {
  /** Epoch ms used to pick the year when the page leaves it out; defaults to now. */
  now?: number;
}

export function isOutlookUrl(url: URL): boolean {
  return (OUTLOOK_HOSTS as readonly string[]).includes(url.hostname);
}

/** The item id in `/calendar/item/ID` and `/calendar/deeplink/read/ID` URLs (or `?itemid=`), decoded. */
export function itemIdFromOutlookUrl(url: URL): string | undefined {
  const match = /\/calendar\/(?:\d+\/)?(?:item|deeplink\/read|deeplink\/item)\/([^/?#]+)/.exec(url.pathname);
  const raw = match?.[1] ?? url.searchParams.get('itemid') ?? url.searchParams.get('ItemID') ?? undefined;
  if (!raw) return undefined;
  return safely(() => decodeURIComponent(raw)) ?? raw;
}

const ACCOUNT_PREFIX = new RegExp(`^${wordAlternation(allWords('outlookAccountPrefixes'))}\\s*`, 'iu');

/** The signed-in account: the account flyout's name and address, else the account button's label. */
export function readOutlookUser(doc: Document): { name?: string; email?: string } | undefined {
  return safely(() => {
    const name = textOf(queryFirst(doc, S.accountName));
    const email = findEmail(textOf(queryFirst(doc, S.accountEmail)));
    if (name || email) return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
    const label = attrOf(queryFirst(doc, S.accountButton), 'aria-label');
    const labelEmail = findEmail(label);
    const labelName = cleanText(label.replace(ACCOUNT_PREFIX, '').replace(labelEmail ?? '\u0000', '').replace(/[()]/g, ''));
    if (labelName || labelEmail) return { ...(labelName ? { name: labelName } : {}), ...(labelEmail ? { email: labelEmail } : {}) };
    return undefined;
  });
}

function firstShown(doc: Document, selectors: readonly string[]): Element | undefined {
  return safely(() => queryAllAny(doc, selectors).find((element) => isShown(element)));
}

export function findOutlookPeek(doc: Document): Element | undefined {
  return firstShown(doc, S.peek);
}

export function findOutlookReadingPane(doc: Document): Element | undefined {
  return firstShown(doc, S.readingPane);
}

export function findOutlookCompose(doc: Document): Element | undefined {
  return firstShown(doc, S.compose);
}

/** Where a content script should watch and anchor its panel: peek card, full event, or event form. */
export function findOutlookEventRoots(doc: Document, _url?: URL): EventRoot[] {
  const roots: EventRoot[] = [];
  const peek = findOutlookPeek(doc);
  if (peek) roots.push({ site: 'outlook', kind: 'peek', element: peek });
  const pane = findOutlookReadingPane(doc);
  if (pane) roots.push({ site: 'outlook', kind: 'reading-pane', element: pane });
  const compose = findOutlookCompose(doc);
  if (compose) roots.push({ site: 'outlook', kind: 'compose', element: compose });
  return roots;
}

/** One calendar tile: its item id and what its accessible label says. */
export interface OutlookTile {
  itemId: string;
  element: Element;
  label: OutlookItemLabel;
}

export function readOutlookTiles(doc: Document, options: OutlookReadOptions = {}): OutlookTile[] {
  return (
    safely(() =>
      queryAllFirst(doc, S.tiles).flatMap((element): OutlookTile[] => {
        const labelled = element.hasAttribute('aria-label') ? element : queryFirst(element, S.tileLabel);
        const label = parseOutlookItemLabel(labelled?.getAttribute('aria-label'), options.now);
        const itemId = cleanText(element.getAttribute('data-calitemid'));
        return label && itemId ? [{ itemId, element, label }] : [];
      }),
    ) ?? []
  );
}

/** The event on screen: the peek card when open, else the full event, else the event form. */
export function readOutlookEvent(doc: Document, url: URL, options: OutlookReadOptions = {}): CalendarEvent | undefined {
  try {
    const user = readOutlookUser(doc);
    const dayFirst = dayFirstFor(pageLanguage(doc));
    const peek = findOutlookPeek(doc);
    if (peek) return readPeek(doc, peek, user, options, dayFirst);
    const pane = findOutlookReadingPane(doc);
    if (pane) return readPane(pane, url, user, options, dayFirst);
    const compose = findOutlookCompose(doc);
    if (compose) return readCompose(compose, url, user);
    return undefined;
  } catch {
    return undefined;
  }
}

function readPeek(doc: Document, peek: Element, user: CalendarEvent['user'], options: OutlookReadOptions, dayFirst: boolean): CalendarEvent | undefined {
  const title = textOf(queryFirst(peek, S.peekTitle));
  if (!title) return undefined;
  const peekTime = parseEventTime(textOf(queryFirst(peek, S.peekTime)), { reference: options.now, dayFirst });
  const tile = tileFor(doc, title, peekTime, options);
  const time: ParsedEventTime | undefined = tile
    ? { start: tile.label.start, end: tile.label.end, allDay: tile.label.allDay }
    : peekTime;
  const organizer = readOrganizerBlock(queryFirst(peek, S.peekOrganizer), user) ?? organizerFromTile(tile, user);
  const recurring = hasRecurrence(peek) || !!tile?.label.recurring;
  return build({
    title,
    time,
    recurring,
    organizer,
    guests: [],
    guestCount: readCount(queryFirst(peek, S.peekAttendees)),
    itemId: tile?.itemId,
    user,
  });
}

function readPane(pane: Element, url: URL, user: CalendarEvent['user'], options: OutlookReadOptions, dayFirst: boolean): CalendarEvent | undefined {
  const title = textOf(queryFirst(pane, S.paneTitle));
  if (!title) return undefined;
  const time = parseEventTime(paneTimeText(pane, dayFirst), { reference: options.now, dayFirst });
  const attendeesRoot = queryFirst(pane, S.paneAttendees);
  const listed = attendeesRoot ? readPeople(attendeesRoot) : [];
  const organizerBlock = readOrganizerBlock(queryFirst(pane, S.paneOrganizer), user);
  const guests = markSelf(dedupeAttendees([...(organizerBlock ? [organizerBlock] : []), ...listed]), user).map(tidyAttendee);
  const organizer = guests.find((guest) => guest.organizer) ?? organizerBlock;
  const recurring = hasRecurrence(pane);
  const shownCount = readCount(attendeesRoot);
  return build({
    title,
    time,
    recurring,
    organizer,
    guests,
    guestCount: shownCount !== undefined && shownCount > guests.length ? shownCount : undefined,
    itemId: itemIdFromOutlookUrl(url),
    user,
  });
}

function readCompose(form: Element, url: URL, user: CalendarEvent['user']): CalendarEvent | undefined {
  const input = queryFirst(form, S.composeTitle) as HTMLInputElement | undefined;
  const title = cleanText(input ? (safely(() => input.value) ?? input.getAttribute('value')) : '') || cleanText(url.searchParams.get('subject'));
  const attendeesRoot = queryFirst(form, S.composeAttendees);
  const invited = attendeesRoot ? readPeople(attendeesRoot) : [];
  // In the form the user is the organizer, and Outlook does not list them among the invitees.
  const self: Attendee = { ...(user?.name ? { name: user.name } : {}), ...(user?.email ? { email: user.email } : {}), organizer: true, self: true };
  const guests = markSelf(dedupeAttendees([...(user ? [self] : []), ...invited]), user).map(tidyAttendee);
  if (!title && invited.length === 0) return undefined;
  return build({ title, time: undefined, recurring: false, organizer: user ? tidyAttendee(self) : undefined, guests, itemId: undefined, user });
}

/** The tile that opened the peek: same title, and the same start when the peek's time is readable. */
function tileFor(doc: Document, title: string, time: ParsedEventTime | undefined, options: OutlookReadOptions): OutlookTile | undefined {
  const sameTitle = readOutlookTiles(doc, options).filter((tile) => tile.label.title === title);
  if (sameTitle.length <= 1) return sameTitle[0];
  const sameStart = time?.start !== undefined ? sameTitle.filter((tile) => tile.label.start === time.start) : [];
  return sameStart.length === 1 ? sameStart[0] : undefined;
}

function organizerFromTile(tile: OutlookTile | undefined, user: CalendarEvent['user']): Attendee | undefined {
  const name = tile?.label.organizerName;
  if (!name) return undefined;
  return tidyAttendee({ name, organizer: true, self: isUser({ name }, user) });
}

const ORGANIZER_WORDS = allWords('organizer');
const ORGANIZER_PREFIX = new RegExp(`^(?:${wordAlternation([...ORGANIZER_WORDS, 'organized by', 'organised by'])})\\s*[:：]?\\s*`, 'iu');
/** An avatar's initials ("MC"), shown as text beside a name. */
const isInitials = (line: string) => /^\p{Lu}{1,3}$/u.test(line);
/** "Accepted: 2", "Zugesagt: 1", "承諾: 1": a group header in an attendee tree, not a person. */
const GROUP_HEADER = /^([^,@:：]{1,40})\s*[:：]\s*\d+$/u;

/** "Organizer" block: a persona with the organizer's name (and sometimes their address in a title). */
function readOrganizerBlock(block: Element | undefined, user: CalendarEvent['user']): Attendee | undefined {
  if (!block) return undefined;
  const person = readPeople(block)[0];
  const shown = textOf(queryFirst(block, S.personName));
  const lines = blockLines(block).filter((line) => !isOneOf(line, ORGANIZER_WORDS) && !isInitials(line));
  const name =
    person?.name ?? (shown || undefined) ?? lines.map((line) => cleanText(line.replace(ORGANIZER_PREFIX, ''))).find((line) => line && !findEmail(line));
  const email =
    person?.email ??
    findEmail(block.getAttribute('title') ?? '') ??
    // The persona's avatar button carries the address in its tooltip, whatever the language of its label.
    queryAllAny(block, ['[title]']).map((element) => findEmail(element.getAttribute('title'))).find(Boolean) ??
    findEmail(textOf(block));
  if (!name && !email) return undefined;
  const organizer: Attendee = { name, email, organizer: true };
  return tidyAttendee({ ...organizer, self: isUser(organizer, user) });
}

/** People in an attendee list. Group headers ("Accepted: 2") set the response of the rows after them. */
function readPeople(root: Element): Attendee[] {
  const people: Attendee[] = [];
  let groupResponse: AttendeeResponse | undefined;
  const rows = queryAllAny(root, [...S.person, ...S.personCard]);
  const seen = new Set<Element>();
  for (const row of rows) {
    // A profile-card button inside a row already read is the same person.
    if ([...seen].some((done) => done.contains(row))) continue;
    const label = cleanText(row.getAttribute('aria-label'));
    const header = GROUP_HEADER.exec(label);
    if (header) {
      groupResponse = responseWord(header[1]!);
      continue;
    }
    seen.add(row);
    const facts = readPersonLabel(label);
    const card = row.matches(S.personCard.join(',')) ? row : queryFirst(row, S.personCard);
    const cardName = card ? readPersonLabel(card.getAttribute('aria-label')).name : textOf(queryFirst(row, S.personName)) || undefined;
    const email =
      cleanText(row.getAttribute('data-email')) ||
      findEmail(row.getAttribute('title')) ||
      queryAllAny(row, ['[title]', '[data-email]'])
        .map((element) => element.getAttribute('data-email') || findEmail(element.getAttribute('title')))
        .find(Boolean) ||
      facts.email ||
      findEmail(textOf(row));
    const lines = blockLines(row).filter((line) => !findEmail(line) && !isInitials(line) && !isOneOf(line, ROLE_WORDS));
    const name = cardName ?? facts.name ?? lines[0] ?? (email ? nameFromEmail(email) : undefined);
    if (!name && !email) continue;
    const organizer = facts.organizer || blockLines(row).some((line) => isOneOf(line, ORGANIZER_WORDS));
    people.push({ name, email: email || undefined, organizer, response: facts.response ?? groupResponse });
  }
  return dedupeAttendees(people);
}

/** Role and response words a person row shows under the name ("Organizer", "Required", "Zugesagt"). */
const ROLE_WORDS = [
  ...ORGANIZER_WORDS,
  'required', 'optional', 'erforderlich', 'optional', 'obligatoire', 'facultatif', 'obligatorio', 'opcional', 'obrigatório', '必須', '任意',
  ...responseWords('accepted'), ...responseWords('declined'), ...responseWords('tentative'), ...responseWords('needs-action'),
];

function responseWord(word: string): AttendeeResponse | undefined {
  const w = cleanText(word);
  for (const response of ['declined', 'tentative', 'needs-action', 'accepted'] as const) {
    if (isOneOf(w, responseWords(response))) return response;
  }
  if (/respond|response/i.test(w)) return 'needs-action';
  return undefined;
}

const PEOPLE_NOUNS = wordAlternation(allWords('peopleNouns'));
const COUNT_TOTAL = new RegExp(`(?<![\\p{L}\\d])(?:${PEOPLE_NOUNS}\\s*)?(\\d+)\\s*${PEOPLE_NOUNS}(?!\\p{L})`, 'iu');
const RESPONSE_WORDS = wordAlternation([
  ...responseWords('accepted'), ...responseWords('declined'), ...responseWords('tentative'), ...responseWords('needs-action'),
].filter((word) => word.length > 3));
const COUNT_PARTS = new RegExp(`(?<!\\p{L})${RESPONSE_WORDS}\\s*[:：]?\\s*(\\d+)|(\\d+)\\s+${RESPONSE_WORDS}(?!\\p{L})`, 'giu');

/** "2 attendees", or "Accepted 1, Didn't respond 1": the total number of people the card counts. */
function readCount(block: Element | undefined): number | undefined {
  if (!block) return undefined;
  const explicit = Number(block.getAttribute('data-count') ?? NaN);
  if (Number.isFinite(explicit) && explicit > 0) return explicit;
  const lines = blockLines(block);
  const text = lines.join(', ');
  const total = COUNT_TOTAL.exec(text);
  if (total) return Number(total[1]);
  let sum = 0;
  let found = false;
  for (const match of text.matchAll(COUNT_PARTS)) {
    sum += Number(match[1] ?? match[2]);
    found = true;
  }
  if (found) return sum;
  // A language without a table entry: the first short line holding exactly one number ("5 Teilnehmende").
  const single = lines.find((line) => line.length <= 40 && (line.match(/\d+/g) ?? []).length === 1);
  return single ? Number(/\d+/.exec(single)![0]) : undefined;
}

/** The full event's time row: [aria-label="Time"], else the row holding the clock icon, else any line with a date. */
function paneTimeText(pane: Element, dayFirst: boolean): string {
  const labelled = textOf(queryFirst(pane, S.paneTime));
  if (labelled) return labelled;
  const icon = queryFirst(pane, S.paneTimeIcon);
  let row = icon?.parentElement;
  for (let depth = 0; row && depth < 4; depth++, row = row.parentElement) {
    const text = textOf(row);
    if (/\d/.test(text)) return text;
  }
  return blockLines(pane).find((line) => parseEventTime(line, { dayFirst }) !== undefined) ?? '';
}

/** A visible recurrence row or icon, or a line that describes a recurrence. */
function hasRecurrence(root: Element): boolean {
  const marker = queryAllAny(root, S.recurrence).find((element) => isShown(element));
  if (marker && (marker.tagName.toUpperCase() === 'I' || textOf(marker))) return true;
  return blockLines(root).some(isOutlookRecurrenceText);
}

const RECURRENCE_LINE = new RegExp(`^${wordAlternation(allWords('outlookRecurrenceLines'))}`, 'iu');

/** "Occurs every Wednesday…", "Findet jeden Mittwoch…", "Se produit tous les mercredis…", "毎週水曜日…". */
export function isOutlookRecurrenceText(text: string): boolean {
  return RECURRENCE_LINE.test(cleanText(text));
}

function build(parts: {
  title: string;
  time: ParsedEventTime | undefined;
  recurring: boolean;
  organizer: Attendee | undefined;
  guests: Attendee[];
  guestCount?: number;
  itemId: string | undefined;
  user: CalendarEvent['user'];
}): CalendarEvent {
  const titleKey = normaliseName(parts.title) || parts.title.toLowerCase();
  const organizerKey = normaliseName(parts.organizer?.name) || parts.organizer?.email?.toLowerCase() || '';
  // Outlook's peek card has no item id: the series is its title and organizer, hashed so no key keeps either.
  const seriesKey = privateKey('outlook', `${titleKey}|${organizerKey}`);
  const key = parts.itemId ?? privateKey('outlook', `${titleKey}|${organizerKey}|${parts.time?.start ?? ''}`);
  return buildEvent('outlook', key, seriesKey, parts);
}

export const OUTLOOK_READER: CalendarReader = {
  site: 'outlook',
  matches: (url) => isOutlookUrl(url) && /\/calendar(\/|$)/.test(url.pathname),
  read: readOutlookEvent,
  roots: (doc) => findOutlookEventRoots(doc),
};
