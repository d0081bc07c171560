/**
 * Is this event a 1:1? The strongest signal is the guest list: exactly two people, the user and one other (the
 * definition 1:1 tools such as Fellow and Clockwise use). The title supports or undermines that; all-day events
 * and more than two people count against. When the page hides the guest list, title and organizer decide.
 * Every signal adds to a score; the verdict is the score against a threshold, and the reasons say why.
 */
import type { Attendee, CalendarEvent } from './types';
import { isUser } from './attendees';
import { readTitle } from './title-patterns';
import { firstNameOf, normaliseName } from './text';

export interface OneOnOneVerdict {
  isOneOnOne: boolean;
  /** How sure the verdict is, 0..1 (about the verdict given, whichever way it went). */
  confidence: number;
  /** Short human-readable reasons, strongest first. */
  reasons: string[];
}

export interface ClassifyOptions {
  /** Series keys the user said are not 1:1s (settings.notOneOnOne). */
  notOneOnOne?: string[];
}

/** Score at or above which an event counts as a 1:1. */
const THRESHOLD = 3;

const WEIGHTS = {
  twoPeople: 4,
  countSaysTwo: 3.5,
  manyPeople: -4,
  eachExtraPerson: -0.5,
  onlyUser: -3,
  allDay: -8,
  marker: 3,
  firstHint: 1.5,
  namePair: 2.5,
  userInPair: 0.5,
  namesOnePerson: 1,
  groupWords: -4,
  groupWordsDespiteMarker: -1,
  otherOrganizer: 0.5,
  groupOrganizer: -1,
} as const;

export function classifyOneOnOne(event: CalendarEvent, options: ClassifyOptions = {}): OneOnOneVerdict {
  if (options.notOneOnOne?.includes(event.seriesKey)) {
    return { isOneOnOne: false, confidence: 1, reasons: ['You marked this series as not a 1:1'] };
  }

  const scored: Array<[number, string]> = [];
  const add = (weight: number, reason: string) => scored.push([weight, reason]);

  if (event.allDay) add(WEIGHTS.allDay, 'All-day event');

  const people = countPeople(event);
  if (people.kind === 'listed') {
    if (people.count === 2) add(WEIGHTS.twoPeople, people.other ? `Just you and ${displayName(people.other)}` : 'Exactly two people');
    else if (people.count > 2) add(WEIGHTS.manyPeople + WEIGHTS.eachExtraPerson * (people.count - 3), `${people.count} people invited`);
    else add(WEIGHTS.onlyUser, 'Nobody else is invited');
  } else if (people.kind === 'counted') {
    if (people.count <= 2) add(WEIGHTS.countSaysTwo, people.count === 2 ? 'Two people invited' : 'One other person invited');
    else add(WEIGHTS.manyPeople + WEIGHTS.eachExtraPerson * (people.count - 3), `${people.count} people invited`);
  }

  const title = readTitle(event.title);
  if (title.marker) add(WEIGHTS.marker, `Title says "${title.marker}"`);
  if (title.namePair) {
    add(WEIGHTS.namePair, `Title pairs two names (${title.names.join(' and ')})`);
    if (event.user?.name && title.names.some((name) => sameFirstName(name, event.user?.name))) {
      add(WEIGHTS.userInPair, 'One of the names is yours');
    }
  }
  const othersNamed = title.namePair ? [] : title.names.filter((name) => !sameFirstName(name, event.user?.name));
  if (othersNamed.length === 1) add(WEIGHTS.namesOnePerson, `Title names one other person (${othersNamed[0]})`);
  const softHints = title.hints.filter((hint) => hint !== 'a pair of names');
  if (softHints.length > 0) add(WEIGHTS.firstHint, `Title suggests a 1:1 (${softHints.join(', ')})`);
  if (title.groupWords.length > 0) {
    add(
      title.marker ? WEIGHTS.groupWordsDespiteMarker : WEIGHTS.groupWords,
      `Title sounds like a group meeting or a time block (${title.groupWords.join(', ')})`,
    );
  }

  if (people.kind === 'hidden') {
    const organizer = event.organizer;
    if (organizer && looksLikeGroup(organizer)) add(WEIGHTS.groupOrganizer, 'Organized by a group or shared calendar');
    else if (organizer && !isUser(organizer, event.user) && (organizer.name || organizer.email)) {
      add(WEIGHTS.otherOrganizer, `Organized by ${displayName(organizer)}`);
    }
    if (scored.length === 0) add(0, 'Guest list not visible and the title says nothing either way');
    else add(0, 'Guest list not visible: going by title and organizer');
  }

  const score = scored.reduce((sum, [weight]) => sum + weight, 0);
  const isOneOnOne = score >= THRESHOLD;
  const probability = 1 / (1 + Math.exp(-(score - (THRESHOLD - 0.25)) / 1.2));
  const confidence = Math.round((isOneOnOne ? probability : 1 - probability) * 100) / 100;
  const reasons = scored
    .slice()
    .sort((a, b) => Math.abs(b[0]) - Math.abs(a[0]))
    .map(([, reason]) => reason);
  return { isOneOnOne, confidence, reasons };
}

type PeopleCount =
  | { kind: 'listed'; count: number; other?: Attendee }
  | { kind: 'counted'; count: number }
  | { kind: 'hidden' };

/** How many people the meeting has, from the list when shown, else from a count, else unknown. */
export function countPeople(event: CalendarEvent): PeopleCount {
  const listed = uniquePeople(event.guests);
  if (event.guestCount !== undefined && event.guestCount > listed.length) {
    return { kind: 'counted', count: event.guestCount };
  }
  if (listed.length === 0) return { kind: 'hidden' };
  const userKnown = !!(event.user?.email || event.user?.name) || listed.some((guest) => guest.self);
  if (userKnown) {
    const others = listed.filter((guest) => !isUser(guest, event.user));
    return { kind: 'listed', count: others.length + 1, other: others.length === 1 ? others[0] : undefined };
  }
  // The user could not be identified: a single listed person is the other one (you are implied).
  if (listed.length === 1) return { kind: 'listed', count: 2, other: listed[0] };
  return { kind: 'listed', count: listed.length };
}

function uniquePeople(guests: Attendee[]): Attendee[] {
  const seen = new Set<string>();
  return guests.filter((guest) => {
    const key = guest.email?.toLowerCase() || normaliseName(guest.name);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function displayName(attendee: Attendee): string {
  return attendee.name || attendee.email || 'one other person';
}

function sameFirstName(a: string | undefined, b: string | undefined): boolean {
  return !!firstNameOf(a) && firstNameOf(a) === firstNameOf(b);
}

/** Shared calendars, mailing lists and resources organize group events, not 1:1s. */
function looksLikeGroup(attendee: Attendee): boolean {
  const email = attendee.email?.toLowerCase() ?? '';
  return (
    /@(group\.calendar\.google\.com|resource\.calendar\.google\.com)$/.test(email) ||
    /^(team|all|everyone|eng|engineering|staff|noreply|no-reply|calendar|events?)[-_.@]/.test(email)
  );
}
