/**
 * Outlook on the web announces each calendar tile with one accessible label:
 * "SUBJECT, START to END, WEEKDAY, MONTH DAY, YEAR[, LOCATION], By ORGANIZER, SHOWAS[, Recurring event]",
 * e.g. "Weekly check-in, 11:00 to 11:30, Monday, January 26, 2026, By Chen, Morgan, Busy, Recurring event".
 * All-day events say "all day event" in place of the times. English labels only.
 */
import { parseEventTime } from './time';
import { cleanText, MAX_TEXT } from './text';

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

const CLOCK = '\\d{1,2}:\\d{2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DATE = `${WEEKDAY},? [A-Z][a-z]+\\.? \\d{1,2},? \\d{4}`;
const SHOW_AS = '(?:Busy|Free|Tentative|Out of office|Working elsewhere|Away)';

const TIMED = new RegExp(`^(.*?), (${CLOCK}) to (${CLOCK}), (${DATE})(?: to (${DATE}))?(.*)$`);
const ALL_DAY = new RegExp(`^(.*?), all[ -]day(?: event)?, (${DATE})(?: to (${DATE}))?(.*)$`, 'i');

export function parseOutlookItemLabel(label: string | null | undefined, reference?: number): OutlookItemLabel | undefined {
  try {
    const text = cleanText(label?.slice(0, MAX_TEXT));
    if (!text) return undefined;
    const timed = TIMED.exec(text);
    const allDay = timed ? undefined : ALL_DAY.exec(text);
    if (!timed && !allDay) return undefined;

    let title = cleanText(timed ? timed[1] : allDay![1]);
    const canceled = /^(canceled|cancelled):\s*/i.test(title);
    title = title.replace(/^(canceled|cancelled):\s*/i, '');
    const rest = (timed ? timed[6] : allDay![4]) ?? '';

    const result: OutlookItemLabel = { title, allDay: !timed, recurring: false, canceled };
    const time = timed
      ? parseEventTime(
          timed[5] ? `${timed[4]}, ${timed[2]} – ${timed[5]}, ${timed[3]}` : `${timed[4]}, ${timed[2]} – ${timed[3]}`,
          { reference },
        )
      : parseEventTime(allDay![3] ? `${allDay![2]} – ${allDay![3]}` : allDay![2], { reference });
    if (time?.start !== undefined) result.start = time.start;
    if (time?.end !== undefined) result.end = time.end;
    if (!timed && allDay![3] && time) {
      // "Tuesday, November 24, 2026 to Thursday, November 26, 2026": the end is exclusive midnight after the last day.
      const last = parseEventTime(allDay![3], { reference });
      if (last?.end !== undefined) result.end = last.end;
    }

    result.recurring = /(^|, )(Recurring event|Exception to recurring event|Occurrence of a recurring event)(?=,|$)/i.test(rest);
    const showAs = new RegExp(`(?:^|, )(${SHOW_AS})(?=,|$)`).exec(rest);
    if (showAs) result.showAs = showAs[1];
    const organizer = new RegExp(`(?:^|, )By (.+?)(?=, ${SHOW_AS}(?:,|$)|, Recurring event|$)`).exec(rest);
    if (organizer) result.organizerName = cleanText(organizer[1]);
    const beforeOrganizer = cleanText(rest.split(/(?:^|, )By /)[0]?.replace(/^,\s*/, ''));
    const location = organizer ? beforeOrganizer : '';
    if (location && !new RegExp(`^${SHOW_AS}$`).test(location)) result.location = location;
    return result;
  } catch {
    return undefined;
  }
}
