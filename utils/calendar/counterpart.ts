/**
 * Who the 1:1 is with, and what they are to the user. The user tells Leadway who their manager, reports,
 * mentors… are (settings.people); guests are matched to those people by email first, then by name.
 */
import type { Attendee, CalendarEvent } from './types';
import type { Person, Relationship } from '../settings';
import type { TipContext } from '../tips/types';
import { isUser } from './attendees';
import { countPeople } from './classify';
import { isSkipLevelTitle, namesFromTitle } from './title-patterns';
import { normaliseName } from './text';

/**
 * The one person in the meeting who is not the user. From the guest list when it is shown; else the organizer
 * when that is someone else; else a name in the title ("Dana / Morgan", "Sync w/ Morgan") other than the user's.
 */
export function findCounterpart(event: CalendarEvent): Attendee | undefined {
  try {
    const people = countPeople(event);
    if (people.kind === 'listed') return people.count === 2 && people.other ? { ...people.other } : undefined;
    if (people.kind === 'counted' && people.count > 2) return undefined;

    const userKnown = !!(event.user?.name || event.user?.email);
    const organizer = event.organizer;
    if (organizer && userKnown && !isUser(organizer, event.user) && (organizer.name || organizer.email)) {
      return { ...organizer };
    }
    const titleNames = namesFromTitle(event.title).filter((name) => !isUsersName(name, event.user?.name));
    if (titleNames.length === 1) return { name: titleNames[0] };
    // The user is unknown: an organizer is the best remaining guess only when the title does not contradict it.
    if (organizer && !userKnown && !organizer.self && titleNames.length === 0) return { ...organizer };
    return undefined;
  } catch {
    return undefined;
  }
}

/** "Dana" or "Dana Reyes" in a title is the user called "Dana Reyes". */
function isUsersName(name: string, userName: string | undefined): boolean {
  const candidate = normaliseName(name);
  const user = normaliseName(userName);
  if (!candidate || !user) return false;
  if (candidate === user) return true;
  const candidateWords = candidate.split(' ');
  return candidateWords.length === 1 && candidateWords[0] === user.split(' ')[0];
}

/**
 * The Person a guest is: same email (any case); else same full name once normalised ("Chen, Morgan" =
 * "Morgan Chen", accents ignored); else the only person with that first name, when either side gives only a
 * first name (so "Morgan Smith" never matches "Morgan Chen"). A different email on both sides rules a match out.
 */
export function personFor(counterpart: Attendee | undefined, people: Person[]): Person | undefined {
  if (!counterpart || people.length === 0) return undefined;
  const email = counterpart.email?.trim().toLowerCase();
  if (email) {
    const byEmail = people.find((person) => person.email?.trim().toLowerCase() === email);
    if (byEmail) return byEmail;
  }
  // Someone whose stored address differs is someone else, whatever their name.
  const candidates = people.filter((person) => !(email && person.email && person.email.trim().toLowerCase() !== email));
  const name = normaliseName(counterpart.name);
  if (!name) return undefined;
  const byName = candidates.filter((person) => normaliseName(person.name) === name);
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) return undefined;

  const first = name.split(' ')[0]!;
  const nameIsFirstOnly = !name.includes(' ');
  const byFirst = candidates.filter((person) => {
    const personName = normaliseName(person.name);
    return personName.split(' ')[0] === first && (nameIsFirstOnly || !personName.includes(' '));
  });
  return byFirst.length === 1 ? byFirst[0] : undefined;
}

export function relationshipFor(counterpart: Attendee | undefined, people: Person[]): Relationship | undefined {
  return personFor(counterpart, people)?.relationship;
}

const CONTEXT_FOR: Record<Relationship, TipContext> = {
  manager: 'one-on-one-manager',
  report: 'one-on-one-report',
  'skip-level': 'one-on-one-skip-level',
  peer: 'one-on-one-peer',
  mentor: 'one-on-one-mentor',
  mentee: 'one-on-one-mentee',
};

/** The tip contexts for a 1:1 with someone of this relationship; a known relationship wins over the title. */
export function oneOnOneTipContexts(relationship: Relationship | undefined, isSkipLevelTitle?: boolean): TipContext[] {
  if (relationship) return [CONTEXT_FOR[relationship]];
  return [isSkipLevelTitle ? 'one-on-one-skip-level' : 'one-on-one'];
}

/** Convenience: the contexts for an event, reading the skip-level hint from its title. */
export function tipContextsForEvent(event: CalendarEvent, people: Person[]): TipContext[] {
  return oneOnOneTipContexts(relationshipFor(findCounterpart(event), people), isSkipLevelTitle(event.title));
}

/** What to remember a person by: their email in lower case, else their normalised name. */
export function personKey(attendee: Attendee | undefined): string | undefined {
  const email = attendee?.email?.trim().toLowerCase();
  if (email) return email;
  const name = normaliseName(attendee?.name);
  return name || undefined;
}
