import { classifyOneOnOne } from '../../utils/calendar/classify';
import { findCounterpart, personFor, tipContextsForEvent } from '../../utils/calendar/counterpart';
import { isSkipLevelTitle } from '../../utils/calendar/title-patterns';
import { nameFromEmail } from '../../utils/calendar/text';
import type { Attendee, CalendarEvent, CalendarReader, EventRoot } from '../../utils/calendar/types';
import type { Person, Relationship, Settings } from '../../utils/settings';
import { startsLaterToday as laterToday } from '../../utils/local-day';
import type { TipContext } from '../../utils/tips/types';
import { oneOnOneContextLabel } from './words';

/** Everything the 1:1 surface needs about the event on screen, as plain data. */
export interface OneOnOneView {
  event: CalendarEvent;
  /** Where the panel goes: the most specific open event surface (popup, peek card, event page). */
  root: EventRoot;
  counterpart?: Attendee;
  /** The other person's name for display, from the page (text only). */
  counterpartName?: string;
  /** The person from the user's list this is, when known. */
  person?: Person;
  relationship?: Relationship;
  contexts: TipContext[];
  /**
   * The key tips are asked for and recorded under. The event key, so re-opening the event shows the same tips;
   * once the user says who the other person is, the relationship joins it, because tips picked for "someone
   * unknown" are no longer the right ones for "your manager" (the selection is sticky per key per day).
   */
  tipKey: string;
  /** For the popup: "1:1 with your manager". */
  label: string;
}

export const PERSON_NAME_MAX = 200;

/** The 1:1 open on the page, or undefined when no event is open, it cannot be read, or it is not a 1:1. */
export function readOneOnOneView(
  reader: CalendarReader,
  doc: Document,
  url: URL,
  settings: Pick<Settings, 'people' | 'notOneOnOne'>,
): OneOnOneView | undefined {
  if (!reader.matches(url)) return undefined;
  const root = reader.roots(doc, url)[0];
  if (!root) return undefined;
  const event = reader.read(doc, url);
  if (!event) return undefined;
  return oneOnOneView(event, root, settings);
}

export function oneOnOneView(event: CalendarEvent, root: EventRoot, settings: Pick<Settings, 'people' | 'notOneOnOne'>): OneOnOneView | undefined {
  const verdict = classifyOneOnOne(event, { notOneOnOne: settings.notOneOnOne });
  if (!verdict.isOneOnOne) return undefined;
  const counterpart = findCounterpart(event);
  const person = personFor(counterpart, settings.people);
  const relationship = person?.relationship;
  const counterpartName = displayName(counterpart);
  return {
    event,
    root,
    counterpart,
    counterpartName,
    ...(person ? { person } : {}),
    relationship,
    contexts: tipContextsForEvent(event, settings.people),
    tipKey: relationship ? `${event.key}|${relationship}` : event.key,
    label: oneOnOneContextLabel(relationship, counterpartName, isSkipLevelTitle(event.title)),
  };
}

function displayName(attendee: Attendee | undefined): string | undefined {
  const name = attendee?.name?.trim() || (attendee?.email ? nameFromEmail(attendee.email) : '');
  return name ? name.slice(0, PERSON_NAME_MAX) : undefined;
}

/** A 1:1 worth a reminder: it has a start time, starts later today, and is not an all-day event. */
export function startsLaterToday(event: CalendarEvent, now: number): event is CalendarEvent & { start: number } {
  return event.start !== undefined && !event.allDay && laterToday(event.start, now);
}
