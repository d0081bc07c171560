/** The classifier over the title table and every fixture, reported as one figure. */
import type { Attendee, CalendarEvent } from '../../../utils/calendar/types';
import { classifyOneOnOne } from '../../../utils/calendar/classify';
import { readCalendarEvent } from './read-any-calendar';
import { CALENDAR_FIXTURES } from '../../fixtures/calendar';
import { OTHER_LANGUAGE_TITLE_CASES, TITLE_CASES, type TitleCase } from './titles';
import { fixtureDocument } from './helpers';

const USER = { name: 'Dana Reyes', email: 'dana@example.com' };
const OTHERS = ['Morgan Chen', 'Priya Nair', 'Sam Okafor', 'Riley Park', 'Lee Wong', 'Ana Silva', 'Alex Kim'];

/** An event as a reader would return it for a table row. */
export function eventFor(row: TitleCase, index = 0): CalendarEvent {
  const guests: Attendee[] = [];
  if (row.people !== null && row.people > 0) {
    guests.push({ ...USER, self: true, organizer: true, response: 'accepted' });
    for (let i = 1; i < row.people; i++) {
      const name = OTHERS[(i - 1) % OTHERS.length]!;
      guests.push({ name: i > OTHERS.length ? `${name} ${i}` : name, email: `person${i}@example.com`, response: 'accepted' });
    }
  }
  const organizer: Attendee = row.organizer === 'self' ? { ...USER, self: true, organizer: true } : { name: 'Morgan Chen', email: 'morgan.chen@example.com', organizer: true };
  return {
    site: 'google-calendar',
    key: `row-${index}`,
    seriesKey: `row-${index}`,
    title: row.title,
    allDay: row.allDay ?? false,
    recurring: false,
    organizer: row.people === null ? organizer : guests[0],
    guests,
    ...(row.guestCount !== undefined ? { guestCount: row.guestCount } : {}),
    user: USER,
  };
}

describe('classifier accuracy', () => {
  it('has a table of at least 40 real-world title shapes', () => {
    expect(TITLE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(TITLE_CASES.filter((row) => row.expected).length).toBeGreaterThanOrEqual(20);
    expect(TITLE_CASES.filter((row) => !row.expected).length).toBeGreaterThanOrEqual(20);
  });

  // Reading sixty-one fixture pages takes a few seconds on a busy machine.
  it('is right on at least 90% of the table and on every fixture', { timeout: 30_000 }, () => {
    const tableMisses = TITLE_CASES.map((row, index) => ({ row, verdict: classifyOneOnOne(eventFor(row, index)) })).filter(
      ({ row, verdict }) => verdict.isOneOnOne !== row.expected,
    );
    const fixtureMisses = CALENDAR_FIXTURES.filter((fixture) => {
      const event = readCalendarEvent(fixtureDocument(fixture.file), new URL(fixture.url));
      return !event || classifyOneOnOne(event).isOneOnOne !== fixture.expected.isOneOnOne;
    });
    const tableRight = TITLE_CASES.length - tableMisses.length;
    const fixturesRight = CALENDAR_FIXTURES.length - fixtureMisses.length;
    const total = TITLE_CASES.length + CALENDAR_FIXTURES.length;
    const percent = (right: number, of: number) => `${((100 * right) / of).toFixed(1)}%`;
    console.log(
      [
        `1:1 classifier accuracy: title table ${tableRight}/${TITLE_CASES.length} (${percent(tableRight, TITLE_CASES.length)}),`,
        `fixtures ${fixturesRight}/${CALENDAR_FIXTURES.length} (${percent(fixturesRight, CALENDAR_FIXTURES.length)}),`,
        `overall ${tableRight + fixturesRight}/${total} (${percent(tableRight + fixturesRight, total)})`,
        ...tableMisses.map(({ row, verdict }) => `  miss: "${row.title}" people=${row.people} expected ${row.expected} — ${verdict.reasons.join('; ')}`),
      ].join('\n'),
    );
    expect(fixtureMisses.map((fixture) => fixture.file)).toEqual([]);
    expect(tableRight / TITLE_CASES.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('titles in other languages', () => {
  it.each(OTHER_LANGUAGE_TITLE_CASES.map((row) => [row.title, row.people, row] as const))('%s (people: %s)', (_title, _people, row) => {
    const verdict = classifyOneOnOne(eventFor(row));
    expect(verdict.isOneOnOne, verdict.reasons.join('; ')).toBe(row.expected);
  });
});
