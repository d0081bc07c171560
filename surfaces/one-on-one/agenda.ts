import { agendaPrompts } from '../../utils/tips/catalogue/agenda';
import type { Relationship } from '../../utils/settings';
import { oneOnOneHeading } from './words';

export interface AgendaInput {
  /** The event's title as the calendar shows it. */
  title: string;
  /** Epoch milliseconds, when the page showed a time. */
  start?: number;
  counterpartName?: string;
  relationship?: Relationship;
  /** Prompts from what happened on GitHub since the last 1:1 (utils/reviews/summary.ts), asked first. */
  reviewPrompts?: readonly string[];
}

/** "Tuesday, November 24, 10:00 AM" in the user's own locale; the time zone is the browser's, as on the page. */
export function formatMeetingTime(start: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(start);
}

/**
 * The plain-text agenda the "Prepare" button copies: a heading, the event, then the prompts as a bulleted list.
 * Plain text pastes cleanly into a doc, a chat or the event's own description.
 */
export function agendaText(input: AgendaInput, locale?: string): string {
  const heading = oneOnOneHeading(input.counterpartName);
  const when = input.start !== undefined && Number.isFinite(input.start) ? ` (${formatMeetingTime(input.start, locale)})` : '';
  const lines = [
    `${heading}: ${input.title || 'untitled event'}${when}`,
    '',
    'To prepare:',
    ...[...(input.reviewPrompts ?? []), ...agendaPrompts(input.relationship)].map((prompt) => `- ${prompt}`),
    '',
    'Notes:',
    '- ',
  ];
  return lines.join('\n');
}
