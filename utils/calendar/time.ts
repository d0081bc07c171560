/**
 * Reading an event's date and time from the text a calendar shows, in the display languages Leadway reads, e.g.
 * "Tuesday, November 24 ⋅ 10:00 – 10:30am", "Donnerstag, 26. November⋅10:00–10:30", "jeudi 26 novembre⋅10:00 – 10:30",
 * "jueves, 26 de noviembre⋅10:00 – 10:30", "quinta-feira, 26 de novembro⋅10:00 – 10:30", "11月26日 (木曜日)⋅10:00～10:30",
 * "Tue 11/24/2026 10:00 AM - 10:30 AM", "Di 24.11.2026 10:00 - 10:30", "2026/11/24 (火) 10:00 - 10:30",
 * "Tuesday, November 24" (all day). Month and weekday names come from locale-words.ts (Intl's CLDR names);
 * anything else comes back undefined rather than guessed.
 */
import { cleanText, MAX_TEXT } from './text';
import { allWords, monthNames, weekdayNames, wordAlternation } from './locale-words';

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
  /** Read "03/04" as 3 April rather than March 4 (the page's language says so: see dayFirstFor). */
  dayFirst?: boolean;
}

/** Built once, on first use: the names come from Intl. */
interface Patterns {
  month: string;
  allDay: RegExp;
  dash: string;
  weekdayBefore: RegExp;
}
let patterns: Patterns | undefined;

function getPatterns(): Patterns {
  if (patterns) return patterns;
  const names = [...monthNames().keys()];
  // A month name, with an optional final dot, not glued to other letters.
  const month = `(?<!\\p{L})(${wordAlternation(names)})\\.?(?!\\p{L})`;
  const allDay = new RegExp(`(?<!\\p{L})${wordAlternation(allWords('allDay'))}(?!\\p{L})`, 'u');
  const words = allWords('rangeWords').filter((word) => /\p{L}/u.test(word) && !/[～〜~]/.test(word));
  // Dashes, tildes, and the range words of each language as whole words ("to", "bis", "à", "a", "até", "から").
  const dash = `\\s*(?:[-\\u2010-\\u2015～〜~]|(?<!\\p{L})${wordAlternation(words)}(?!\\p{L}))\\s*`;
  const weekdays = wordAlternation([...weekdayNames().keys()]);
  const weekdayBefore = new RegExp(`(?<!\\p{L})(${weekdays})\\.?,?\\s*$`, 'u');
  patterns = { month, allDay, dash, weekdayBefore };
  return patterns;
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th|\\.)?';
const YEAR = '(?:,?\\s+(?:de\\s+)?(\\d{4}))?';
/** An hour: Japanese 午前/午後 before it, minutes after ":", "." or French "h", am/pm after. */
const TIME = '(午前|午後)?\\s*(\\d{1,2})(?:(?:[:.]|\\s?h\\s?)(\\d{2}))?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?';

interface DateParts {
  year?: number;
  month: number;
  day: number;
  weekday?: number;
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
  const sayAllDay = getPatterns().allDay.test(says);
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
  const { month: MONTH, dash: DASH, weekdayBefore: WEEKDAY_BEFORE } = getPatterns();
  const months = monthNames();
  const weekdays = weekdayNames();
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
  const monthOf = (name: string | undefined): number | undefined => (name === undefined ? undefined : months.get(name.replace(/\.$/, '')));
  const weekdayBefore = (at: number): number | undefined => {
    const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
    return before ? weekdays.get(before[1]!) : undefined;
  };
  const year = (value: string | undefined): number | undefined => {
    if (!value) return undefined;
    const number = Number(value);
    return value.length === 2 ? 2000 + number : number;
  };
  const valid = (parts: DateParts): boolean => parts.month >= 0 && parts.month <= 11 && parts.day >= 1 && parts.day <= 31;
  const checked = (parts: DateParts): DateParts[] | undefined => (valid(parts) ? [parts] : undefined);

  // Numbers only, first: "mar. 24/11/2026" (French Tuesday) must not read "mar" as March.
  // ISO: 2026-11-24
  take(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, (m) => checked({ year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) }));
  // Year first (Japanese, Chinese, Korean pages): 2026/11/24, 2026年11月24日, 11月24日
  take(/(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/g, (m) => checked({ year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) }));
  take(/(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, (m) => checked({ year: year(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) }));
  // Dotted, day first (German): 24.11.2026
  take(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.])/g, (m) => checked({ year: year(m[3]), month: Number(m[2]) - 1, day: Number(m[1]), weekday: weekdayBefore(m.index ?? 0) }));
  // "11/24/2026", "11/24", "24/11/2026"
  take(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const swap = (dayFirst && b <= 12) || a > 12;
    return checked({ year: year(m[3]), month: (swap ? b : a) - 1, day: swap ? a : b, weekday: weekdayBefore(m.index ?? 0) });
  });
  // A range inside one month, month first: "November 24 – 26, 2026"
  take(new RegExp(`${MONTH}\\s+${DAY}${DASH}${DAY}${YEAR}(?![:\\d])`, 'gu'), (m) => {
    const month = monthOf(m[1]);
    if (month === undefined) return undefined;
    const y = year(m[4]);
    return [
      { year: y, month, day: Number(m[2]), weekday: weekdayBefore(m.index ?? 0) },
      { year: y, month, day: Number(m[3]) },
    ];
  });
  // A range inside one month, day first: "26. – 28. November 2026", "26 – 28 novembre", "26–28 de noviembre"
  take(new RegExp(`(?<![\\d.:])${DAY}${DASH}${DAY}\\s+(?:de\\s+)?${MONTH}${YEAR}(?![:\\d])`, 'gu'), (m) => {
    const month = monthOf(m[3]);
    if (month === undefined) return undefined;
    const y = year(m[4]);
    return [
      { year: y, month, day: Number(m[1]), weekday: weekdayBefore(m.index ?? 0) },
      { year: y, month, day: Number(m[2]) },
    ];
  });
  // "November 24, 2026" / "Nov 24"
  take(new RegExp(`${MONTH}\\s+${DAY}${YEAR}(?![:\\d])`, 'gu'), (m) => {
    const month = monthOf(m[1]);
    if (month === undefined) return undefined;
    return checked({ year: year(m[3]), month, day: Number(m[2]), weekday: weekdayBefore(m.index ?? 0) });
  });
  // "24 November 2026", "26. November", "26 novembre 2026", "26 de noviembre de 2026", "26 de nov. de 2026"
  take(new RegExp(`(?<![\\d.:])${DAY}\\s+(?:de\\s+)?${MONTH}${YEAR}(?![:\\d])`, 'gu'), (m) => {
    const month = monthOf(m[2]);
    if (month === undefined) return undefined;
    return checked({ year: year(m[3]), month, day: Number(m[1]), weekday: weekdayBefore(m.index ?? 0) });
  });
  found.sort((x, y) => x.at - y.at);
  return { dates: found.map((entry) => entry.parts), rest };
}

interface TimeParts {
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
  explicit: boolean; // had minutes or a meridiem, i.e. cannot be a day number
}

function findTimes(text: string): TimeParts[] {
  const { dash: DASH } = getPatterns();
  const range = new RegExp(`(?<![\\w:])${TIME}${DASH}${TIME}(?![\\w:])`, 'iu').exec(text);
  if (range) {
    const start = timeParts(range[1], range[2], range[3], range[4]);
    const end = timeParts(range[5], range[6], range[7], range[8]);
    if (start && end && (start.explicit || end.explicit)) return [start, end];
  }
  // Start and end split by dates ("November 30, 11:00pm – December 1, 1:00am"): the first two times.
  const singles: TimeParts[] = [];
  for (const match of text.matchAll(new RegExp(`(?<![\\w:])${TIME}(?![\\w:])`, 'giu'))) {
    const single = timeParts(match[1], match[2], match[3], match[4]);
    if (single?.explicit) singles.push(single);
    if (singles.length === 2) break;
  }
  return singles;
}

function timeParts(japaneseMeridiem?: string, hour?: string, minute?: string, meridiem?: string): TimeParts | undefined {
  if (hour === undefined) return undefined;
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  const mer = japaneseMeridiem ? (japaneseMeridiem === '午前' ? 'am' : 'pm') : meridiem ? (meridiem.startsWith('a') ? 'am' : 'pm') : undefined;
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
