import { isUpcoming } from './upcoming';

/** What Leadway keeps per person about 1:1s with them, when review memory is on. */
export interface OneOnOneMemory {
  personId: string;
  /** The 1:1 (one occurrence) the user opened last. */
  eventKey: string;
  /** When the user first opened that occurrence in Leadway. */
  openedAt: number;
  /** "Since your last 1:1" for that occurrence: when the user opened the one before it (absent: never). */
  previousOpenedAt?: number;
  /** The start of their next 1:1 seen on the calendar, for the popup. */
  nextStart?: number;
}

/**
 * The record after the user opened a 1:1 with this person. Re-opening the same occurrence keeps its "since", so
 * looking at the event twice does not empty the section; a new occurrence starts from the one before.
 */
export function afterOpening(existing: OneOnOneMemory | undefined, personId: string, eventKey: string, now: number, start: number | undefined): OneOnOneMemory {
  const same = existing?.eventKey === eventKey;
  const previousOpenedAt = same ? existing?.previousOpenedAt : existing?.openedAt;
  const keptNext = existing?.nextStart !== undefined && isUpcoming(existing.nextStart, now) ? existing.nextStart : undefined;
  const nextStart = start !== undefined && isUpcoming(start, now) ? Math.min(start, keptNext ?? start) : keptNext;
  return {
    personId,
    eventKey,
    openedAt: same && existing ? existing.openedAt : now,
    ...(previousOpenedAt !== undefined ? { previousOpenedAt } : {}),
    ...(nextStart !== undefined ? { nextStart } : {}),
  };
}
