/** The calendar module's public surface, for content scripts and UI. */
export type { Attendee, AttendeeResponse, CalendarEvent, CalendarSite, EventRoot, EventRootKind } from './types';
export { calendarSiteFor, findOpenEventRoots, readCalendarEvent } from './read';
export { readGoogleEvent, readGoogleUser, findGoogleEventRoots, isGoogleCalendarUrl } from './google';
export { decodeGoogleEventId, encodeGoogleEventId, type GoogleEventId } from './google-id';
export { readOutlookEvent, readOutlookUser, readOutlookTiles, findOutlookEventRoots, isOutlookUrl } from './outlook';
export { parseOutlookItemLabel, type OutlookItemLabel } from './outlook-label';
export { parseEventTime, type ParsedEventTime } from './time';
export { classifyOneOnOne, type OneOnOneVerdict, type ClassifyOptions } from './classify';
export {
  findCounterpart,
  personFor,
  personKey,
  relationshipFor,
  oneOnOneTipContexts,
  tipContextsForEvent,
} from './counterpart';
export { isSkipLevelTitle, namesFromTitle, readTitle } from './title-patterns';
