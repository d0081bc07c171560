/** Local midnight at the start of the day `time` falls in (the user's day, not UTC's). */
export function startOfLocalDay(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/**
 * "Starts later today": after `now`, on the same local day. The 1:1 panel notes such meetings for the reminder
 * and the background plans reminders for them; both ask this.
 */
export function startsLaterToday(start: number, now: number): boolean {
  return Number.isFinite(start) && start > now && startOfLocalDay(start) === startOfLocalDay(now);
}
