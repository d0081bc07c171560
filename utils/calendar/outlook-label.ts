/**
 * Outlook on the web announces each calendar tile with one accessible label:
 * "SUBJECT, START to END, WEEKDAY, MONTH DAY, YEAR[, LOCATION], By ORGANIZER, SHOWAS[, Recurring event]",
 * e.g. "Weekly check-in, 11:00 to 11:30, Monday, January 26, 2026, By Chen, Morgan, Busy, Recurring event".
 * All-day events say "all day event" in place of the times. Other display languages keep the order and the commas
 * and translate the words ("10:00 bis 10:30, Dienstag, 24. November 2026, …, Von Morgan Chen, Gebucht"); those
 * words are in locale-words.ts. The parts are found by shape (a clock range, then a date) rather than by the words.
 */
import { parseEventTime } from './time';
import { cleanText, MAX_TEXT } from './text';
import { allWords, weekdayNames, wordAlternation } from './locale-words';

export interface OutlookItemLabel {
  title: string;
  start?: number;
  end?: number;
  allDay: boolean;
  location?: string;
  organizerName?: string;
  showAs?: string;
  recurring: boolean;
  canceled: boolean;
}

const CLOCK = '(?:午前|午後)?\\d{1,2}:\\d{2}(?:\\s?[AaPp]\\.?\\s?[Mm]\\.?)?';

interface LabelPatterns {
  timed: RegExp;
  allDay: RegExp;
  canceled: RegExp;
  by: RegExp;
  showAs: string[];
  recurring: string[];
  rangeWord: RegExp;
  weekday: RegExp;
}
let cached: LabelPatterns | undefined;

function labelPatterns(): LabelPatterns {
  if (cached) return cached;
  const range = `\\s*(?:${wordAlternation(allWords('rangeWords'))}|[-\\u2010-\\u2015])\\s*`;
  const allDay = wordAlternation(allWords('allDay'));
  cached = {
    timed: new RegExp(`^(.*?), (${CLOCK})${range}(${CLOCK}), (.*)$`, 'u'),
    allDay: new RegExp(`^(.*?), ${allDay}, (.*)$`, 'iu'),
    canceled: new RegExp(`^${wordAlternation(allWords('outlookCanceled'))}\\s*`, 'iu'),
    // "By NAME", "Von NAME", "Par NAME", "Por NAME", "開催者: NAME"
    by: new RegExp(`^${wordAlternation(allWords('outlookBy'))}(?:\\s+|(?<=[:：])\\s*)(.+)$`, 'iu'),
    showAs: allWords('outlookShowAs'),
    recurring: allWords('outlookRecurring'),
    // Between two dates of a multi-day event: "… 2026 to Tuesday, …", "… 2026 bis Dienstag, …"
    rangeWord: new RegExp(`\\s+${wordAlternation(allWords('rangeWords'))}\\s+`, 'iu'),
    weekday: new RegExp(`^(?:${wordAlternation([...weekdayNames().keys()])})\\.?$|^[(（][^)）]{1,4}[)）]$`, 'iu'),
  };
  return cached;
}

export function parseOutlookItemLabel(label: string | null | undefined, reference?: number): OutlookItemLabel | undefined {
  try {
    const text = cleanText(label?.slice(0, MAX_TEXT));
    if (!text) return undefined;
    const p = labelPatterns();
    const timed = p.timed.exec(text);
    const allDay = timed ? undefined : p.allDay.exec(text);
    if (!timed && !allDay) return undefined;

    let title = cleanText(timed ? timed[1] : allDay![1]);
    const canceled = p.canceled.test(title);
    title = cleanText(title.replace(p.canceled, ''));
    const segments = (timed ? timed[4]! : allDay![2]!).split(', ');

    // The date: the leading segments that read as a date, a weekday, a year, or a "to" between two dates.
    let dateCount = 0;
    while (dateCount < segments.length && dateCount < 8 && isDatePart(segments[dateCount]!, p, reference)) dateCount++;
    if (dateCount === 0) return undefined;
    const dateText = segments.slice(0, dateCount).join(', ');
    const [firstDate, lastDate] = splitDates(dateText, p, reference);
    const rest = segments.slice(dateCount);

    const result: OutlookItemLabel = { title, allDay: !timed, recurring: false, canceled };
    const time = timed
      ? parseEventTime(lastDate ? `${firstDate}, ${timed[2]} – ${lastDate}, ${timed[3]}` : `${firstDate}, ${timed[2]} – ${timed[3]}`, { reference })
      : parseEventTime(lastDate ? `${firstDate} – ${lastDate}` : firstDate, { reference });
    if (time?.start === undefined) return undefined;
    result.start = time.start;
    if (time.end !== undefined) result.end = time.end;
    if (!timed && lastDate) {
      // "Tuesday, November 24, 2026 to Thursday, November 26, 2026": the end is exclusive midnight after the last day.
      const last = parseEventTime(lastDate, { reference });
      if (last?.end !== undefined) result.end = last.end;
    }

    // After the date: [location…], By ORGANIZER…, SHOWAS, [Recurring event]. Names may hold commas ("Chen, Morgan").
    const isShowAs = (segment: string) => p.showAs.includes(segment.toLowerCase());
    const isRecurring = (segment: string) => p.recurring.includes(segment.toLowerCase());
    result.recurring = rest.some(isRecurring);
    const showAs = rest.find(isShowAs);
    if (showAs) result.showAs = showAs;
    const byAt = rest.findIndex((segment) => p.by.test(segment));
    if (byAt >= 0) {
      const nameParts = [p.by.exec(rest[byAt]!)![1]!];
      for (const segment of rest.slice(byAt + 1)) {
        if (isShowAs(segment) || isRecurring(segment)) break;
        nameParts.push(segment);
      }
      result.organizerName = cleanText(nameParts.join(', '));
      const location = cleanText(rest.slice(0, byAt).join(', '));
      if (location && !isShowAs(location)) result.location = location;
    }
    return result;
  } catch {
    return undefined;
  }
}

/** One comma-separated piece of the date part: "Tuesday", "November 24", "2026", "24. November 2026", "2026 to Thursday". */
function isDatePart(segment: string, p: LabelPatterns, reference: number | undefined): boolean {
  const pieces = segment.split(p.rangeWord);
  return pieces.every((piece) => {
    const t = piece.trim();
    if (!t) return false;
    if (/^\d{4}$/.test(t) || /^\d{4}年$/.test(t)) return true;
    if (p.weekday.test(t)) return true;
    // "2026年11月24日 火曜日", "24. November 2026", "November 24"
    const words = t.split(/\s+/);
    const withoutWeekday = words.filter((word) => !p.weekday.test(word)).join(' ');
    return parseEventTime(withoutWeekday, { reference })?.start !== undefined && !/\d{1,2}:\d{2}/.test(t);
  });
}

/** The one date, or the first and last of a multi-day event ("… 2026 to Thursday, November 26, 2026"). */
function splitDates(text: string, p: LabelPatterns, reference: number | undefined): [string, string | undefined] {
  const parts = text.split(p.rangeWord);
  if (parts.length === 2 && parseEventTime(parts[0], { reference })?.start !== undefined && parseEventTime(parts[1], { reference })?.start !== undefined) {
    return [parts[0]!.trim(), parts[1]!.trim()];
  }
  return [text, undefined];
}
