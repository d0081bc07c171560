/** The popup's line on a pull request by someone the user meets soon. */
export const UPCOMING_WINDOW_DAYS = 7;
const DAY_MS = 86_400_000;

function localDay(ms: number): number {
  const date = new Date(ms);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Whether a meeting at `start` falls in the next seven days (and has not started yet). */
export function isUpcoming(start: number, now: number): boolean {
  return Number.isFinite(start) && start > now && start - now <= UPCOMING_WINDOW_DAYS * DAY_MS;
}

/** "You meet Sam today", "… tomorrow", "… on Thursday" (the weekday in the user's language). */
export function upcomingMeetingLine(name: string, start: number, now: number, locale?: string): string {
  const days = Math.round((localDay(start) - localDay(now)) / DAY_MS);
  if (days <= 0) return `You meet ${name} today`;
  if (days === 1) return `You meet ${name} tomorrow`;
  return `You meet ${name} on ${new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(start)}`;
}
