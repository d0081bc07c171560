/**
 * Reading an event's date and time from the text a calendar shows, e.g.
 * "Tuesday, November 24 ⋅ 10:00 – 10:30am", "Nov 24, 2026, 10:00 – 10:30", "Tue 11/24/2026 10:00 AM - 10:30 AM",
 * "10:00 AM to 10:30 AM, Tuesday, November 24, 2026", "Tuesday, November 24" (all day).
 * English month names only; anything else comes back undefined rather than guessed.
 */
import { cleanText, MAX_TEXT } from './text';

export interface ParsedEventTime {
  /** Epoch ms of the local start; for all-day events, local midnight of the first day. */
  start?: number;
  /** Epoch ms of the local end; for all-day events, local midnight after the last day (exclusive). */
  end?: number;
  allDay: boolean;
}

export interface TimeParseOptions {
  /** Epoch ms near the event, used to pick the year when the text leaves it out. Defaults to now. */
  reference?: number;
  /** Read "03/04" as 3 April rather than March 4. */
  dayFirst?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10, november: 10,
  dec: 11, december: 11,
};
const WEEKDAYS: Record<string, number> = {
  sun: 0, sunday: 0, mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3, thu: 4, thur: 4,
  thurs: 4, thursday: 4, fri: 5, friday: 5, sat: 6, saturday: 6,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';
const TIME = '(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?';
const DASH = '\\s*(?:[-\\u2010-\\u2015]|\\bto\\b|\\buntil\\b)\\s*';

interface DateParts {
  year?: number;
  month: number;
  day: number;
  weekday?: number;
}
interface TimeParts {
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
  explicit: boolean; // had minutes or a meridiem, i.e. cannot be a day number
}

export function parseEventTime(text: string | null | undefined, options: TimeParseOptions = {}): ParsedEventTime | undefined {
  try {
    return parse(cleanText(text?.slice(0, MAX_TEXT)), options);
  } catch {
    return undefined;
  }
}

function parse(text: string, options: TimeParseOptions): ParsedEventTime | undefined {
  if (!text) return undefined;
  const says = text.toLowerCase();
  const sayAllDay = /\ball[\s-]?day\b/.test(says);
  const { dates, rest } = findDates(says, options.dayFirst ?? false);
  if (dates.length === 0) return sayAllDay ? { allDay: true } : undefined;

  const reference = options.reference ?? Date.now();
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  const startYear = first.year ?? inferYear(first, reference);
  // A later date without a year sits in the same year as the first, or the next one when it wraps.
  const endYear = last.year ?? (last.month < first.month ? startYear + 1 : startYear);
  const times = sayAllDay ? [] : findTimes(rest);

  if (times.length === 0) {
    const start = new Date(startYear, first.month, first.day).getTime();
    const end = new Date(endYear, last.month, last.day + 1).getTime();
    return { start, end: end > start ? end : undefined, allDay: true };
  }

  const [startTime, endTime] = resolveMeridiems(times[0]!, times[1]);
  const start = new Date(startYear, first.month, first.day, startTime.hour, startTime.minute).getTime();
  if (!endTime) return { start, allDay: false };
  let end = new Date(endYear, last.month, last.day, endTime.hour, endTime.minute).getTime();
  // "11:00pm – 1:00am" on one date ends the next day.
  if (end <= start && dates.length === 1) end = dayLater(startYear, last.month, last.day, endTime);
  return { start, end: end > start ? end : undefined, allDay: false };
}

function dayLater(year: number, month: number, day: number, time: TimeParts): number {
  return new Date(year, month, day + 1, time.hour, time.minute).getTime();
}

/** Every date in the text, in order, and the text with those dates blanked out (so days are not read as hours). */
function findDates(text: string, dayFirst: boolean): { dates: DateParts[]; rest: string } {
  const found: Array<{ at: number; parts: DateParts }> = [];
  let rest = text;
  const take = (pattern: RegExp, read: (match: RegExpExecArray) => DateParts[] | undefined) => {
    for (const match of rest.matchAll(pattern)) {
      const parts = read(match);
      if (!parts) continue;
      const at = match.index ?? 0;
      parts.forEach((part, index) => found.push({ at: at + index, parts: part }));
      rest = rest.slice(0, at) + ' '.repeat(match[0].length) + rest.slice(at + match[0].length);
    }
  };
  const weekdayBefore = (at: number): number | undefined => {
    const before = /\b([a-z]{3,9})\.?,?\s*$/.exec(text.slice(Math.max(0, at - 12), at));
    return before ? WEEKDAYS[before[1]!] : undefined;
  };
  const year = (value: string | undefined): number | undefined => {
    if (!value) return undefined;
    const number = Number(value);
    return value.length === 2 ? 2000 + number : number;
  };
  const valid = (parts: DateParts): boolean => parts.month >= 0 && parts.month <= 11 && parts.day >= 1 && parts.day <= 31;

  // ISO: 2026-11-24
  take(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => {
    const parts = { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) };
    return valid(parts) ? [parts] : undefined;
  });
  // A range inside one month: "November 24 – 26, 2026"
  take(new RegExp(`\\b${MONTH}\\s+${DAY}${DASH}${DAY}${YEAR}(?![:\\d])`, 'g'), (m) => {
    const month = MONTHS[m[1]!];
    if (month === undefined) return undefined;
    const y = year(m[4]);
    const weekday = weekdayBefore(m.index ?? 0);
    return [
      { year: y, month, day: Number(m[2]), weekday },
      { year: y, month, day: Number(m[3]) },
    ];
  });
  // "November 24, 2026" / "Nov 24"
  take(new RegExp(`\\b${MONTH}\\s+${DAY}${YEAR}(?![:\\d])`, 'g'), (m) => {
    const month = MONTHS[m[1]!];
    if (month === undefined) return undefined;
    return [{ year: year(m[3]), month, day: Number(m[2]), weekday: weekdayBefore(m.index ?? 0) }];
  });
  // "24 November 2026"
  take(new RegExp(`\\b${DAY}\\s+${MONTH}${YEAR}(?![:\\d])`, 'g'), (m) => {
    const month = MONTHS[m[2]!];
    if (month === undefined) return undefined;
    return [{ year: year(m[3]), month, day: Number(m[1]), weekday: weekdayBefore(m.index ?? 0) }];
  });
  // "11/24/2026", "11/24", "24/11/2026"
  take(/\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?\b/g, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const swap = dayFirst || a > 12;
    const parts = { year: year(m[3]), month: (swap ? b : a) - 1, day: swap ? a : b, weekday: weekdayBefore(m.index ?? 0) };
    return valid(parts) ? [parts] : undefined;
  });
  found.sort((x, y) => x.at - y.at);
  return { dates: found.map((entry) => entry.parts), rest };
}

function findTimes(text: string): TimeParts[] {
  const range = new RegExp(`\\b${TIME}${DASH}${TIME}(?![\\w:])`, 'i').exec(text);
  if (range) {
    const start = timeParts(range[1], range[2], range[3]);
    const end = timeParts(range[4], range[5], range[6]);
    if (start && end && (start.explicit || end.explicit)) return [start, end];
  }
  // Start and end split by dates ("November 30, 11:00pm – December 1, 1:00am"): the first two times.
  const singles: TimeParts[] = [];
  for (const match of text.matchAll(new RegExp(`\\b${TIME}(?![\\w:])`, 'gi'))) {
    const single = timeParts(match[1], match[2], match[3]);
    if (single?.explicit) singles.push(single);
    if (singles.length === 2) break;
  }
  return singles;
}

function timeParts(hour?: string, minute?: string, meridiem?: string): TimeParts | undefined {
  if (hour === undefined) return undefined;
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  const mer = meridiem ? (meridiem.startsWith('a') ? 'am' : 'pm') : undefined;
  if (m > 59 || h > 24 || (mer && (h < 1 || h > 12))) return undefined;
  return { hour: h, minute: m, meridiem: mer, explicit: minute !== undefined || mer !== undefined };
}

/** "10:00 – 10:30am": the start borrows the end's am/pm unless that would put it after the end. */
function resolveMeridiems(start: TimeParts, end: TimeParts | undefined): [TimeParts, TimeParts | undefined] {
  if (!end) return [to24(start, start.meridiem), undefined];
  if (start.meridiem && end.meridiem) return [to24(start, start.meridiem), to24(end, end.meridiem)];
  if (end.meridiem && !start.meridiem) {
    const e = to24(end, end.meridiem);
    let s = to24(start, end.meridiem);
    if (minutes(s) > minutes(e)) s = to24(start, end.meridiem === 'am' ? 'pm' : 'am');
    return [s, e];
  }
  if (start.meridiem && !end.meridiem) {
    const s = to24(start, start.meridiem);
    let e = to24(end, start.meridiem);
    if (minutes(e) <= minutes(s)) e = to24(end, start.meridiem === 'am' ? 'pm' : 'am');
    return [s, e];
  }
  return [start, end];
}

function to24(time: TimeParts, meridiem: 'am' | 'pm' | undefined): TimeParts {
  if (!meridiem || time.hour > 12) return time;
  const hour = (time.hour % 12) + (meridiem === 'pm' ? 12 : 0);
  return { ...time, hour, meridiem };
}

function minutes(time: TimeParts): number {
  return time.hour * 60 + time.minute;
}

/** The year (around the reference) in which the date falls nearest, preferring years where the weekday fits. */
function inferYear(date: DateParts, reference: number): number {
  const base = new Date(reference).getFullYear();
  const candidates = [base - 1, base, base + 1];
  const fitting =
    date.weekday === undefined
      ? candidates
      : candidates.filter((year) => new Date(year, date.month, date.day).getDay() === date.weekday);
  const pool = fitting.length > 0 ? fitting : candidates;
  let best = pool[0]!;
  for (const year of pool) {
    const distance = Math.abs(new Date(year, date.month, date.day).getTime() - reference);
    if (distance < Math.abs(new Date(best, date.month, date.day).getTime() - reference)) best = year;
  }
  return best;
}
