/** Reading people from the labels calendars give them, shared by the Google and Outlook readers. */
import type { Attendee, AttendeeResponse } from './types';
import { cleanText, findEmail, isEmail, MAX_TEXT, normaliseName } from './text';
import { allWords, isOneOf, responseWords } from './locale-words';

/** Response words of every language Leadway reads (locale-words.ts), most specific first. */
const RESPONSES: Array<[string[], AttendeeResponse]> = [
  [responseWords('declined'), 'declined'],
  [responseWords('tentative'), 'tentative'],
  [responseWords('needs-action'), 'needs-action'],
  [responseWords('accepted'), 'accepted'],
];
const ORGANIZER = allWords('organizer');
const NOISE = /^(optional|required|you|\(you\)|guest|attendee|external|status:.*|response:.*)$/i;

export interface LabelFacts {
  name?: string;
  email?: string;
  organizer: boolean;
  response?: AttendeeResponse;
}

/**
 * "Morgan Chen, Organizer, Accepted" / "Priya Nair, Attending" / "Open Profile Card for Sam Lee, Required"
 * -> the name, whether this is the organizer, and the response. Words it does not know are ignored.
 */
export function readPersonLabel(label: string | null | undefined): LabelFacts {
  const facts: LabelFacts = { organizer: false };
  const text = cleanText(label?.slice(0, MAX_TEXT)).replace(/^open profile card for\s+/i, '');
  if (!text) return facts;
  facts.email = findEmail(text);
  const segments = text.split(/\s*,\s*/).filter(Boolean);
  for (const [index, raw] of segments.entries()) {
    const segment = raw.replace(/^response:\s*/i, '').replace(/^status:\s*/i, '');
    if (isOneOf(segment, ORGANIZER)) {
      facts.organizer = true;
      continue;
    }
    const response = RESPONSES.find(([words]) => isOneOf(segment, words))?.[1];
    if (response) {
      facts.response ??= response;
      continue;
    }
    if (index === 0 && !NOISE.test(segment)) {
      const withoutEmail = facts.email ? cleanText(segment.replace(facts.email, '').replace(/[<>()]/g, ' ')) : segment;
      if (withoutEmail && !isEmail(withoutEmail)) facts.name = withoutEmail;
    }
  }
  return facts;
}

/** The key that says two attendee entries are the same person: email, else normalised name. */
export function attendeeIdentity(attendee: Attendee): string | undefined {
  const email = attendee.email?.trim().toLowerCase();
  if (email) return email;
  const name = normaliseName(attendee.name);
  return name || undefined;
}

/** Merge duplicates (the organizer listed twice, the same person by email and by name). */
export function dedupeAttendees(attendees: Attendee[]): Attendee[] {
  const byKey = new Map<string, Attendee>();
  const result: Attendee[] = [];
  for (const attendee of attendees) {
    const key = attendeeIdentity(attendee);
    if (!key) continue;
    const nameKey = normaliseName(attendee.name);
    const existing = byKey.get(key) ?? (nameKey ? byKey.get(nameKey) : undefined);
    if (existing) {
      existing.name ??= attendee.name;
      existing.email ??= attendee.email;
      existing.organizer ||= attendee.organizer;
      existing.self ||= attendee.self;
      existing.response ??= attendee.response;
      if (existing.organizer === false) delete existing.organizer;
      if (existing.self === false) delete existing.self;
      continue;
    }
    const copy = { ...attendee };
    result.push(copy);
    byKey.set(key, copy);
    if (nameKey) byKey.set(nameKey, copy);
  }
  return result;
}

/** Whether an attendee is the signed-in user. */
export function isUser(attendee: Attendee | undefined, user: { name?: string; email?: string } | undefined): boolean {
  if (!attendee) return false;
  if (attendee.self) return true;
  if (!user) return false;
  if (attendee.email && user.email) return attendee.email.trim().toLowerCase() === user.email.trim().toLowerCase();
  const name = normaliseName(attendee.name);
  return !!name && name === normaliseName(user.name);
}

/** Set `self` on the user's own entry. */
export function markSelf(attendees: Attendee[], user: { name?: string; email?: string } | undefined): Attendee[] {
  return attendees.map((attendee) => (isUser(attendee, user) ? { ...attendee, self: true } : attendee));
}

/** Drop undefined and false fields so readers return tidy plain data. */
export function tidyAttendee(attendee: Attendee): Attendee {
  const tidy: Attendee = {};
  if (attendee.name) tidy.name = attendee.name;
  if (attendee.email) tidy.email = attendee.email;
  if (attendee.organizer) tidy.organizer = true;
  if (attendee.self) tidy.self = true;
  if (attendee.response) tidy.response = attendee.response;
  return tidy;
}
