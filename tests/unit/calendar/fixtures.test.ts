import { CALENDAR_FIXTURES, DEMO_PEOPLE, DEMO_USER } from '../../fixtures/calendar';
import { readCalendarEvent, findOpenEventRoots } from './read-any-calendar';
import { classifyOneOnOne } from '../../../utils/calendar/classify';
import { findCounterpart, relationshipFor, tipContextsForEvent } from '../../../utils/calendar/counterpart';
import { fixtureDocument, localIso } from './helpers';

describe.each(CALENDAR_FIXTURES)('$file', (fixture) => {
  const url = new URL(fixture.url);
  const doc = fixtureDocument(fixture.file);
  const event = readCalendarEvent(doc, url);
  const { expected } = fixture;

  it('reads the event', () => {
    expect(event).toBeDefined();
    expect(event!.site).toBe(fixture.site);
    expect(event!.title).toBe(expected.title);
    expect(event!.recurring).toBe(expected.recurring);
    expect(event!.allDay).toBe(expected.allDay);
    expect(localIso(event!.start)).toBe(expected.start);
    expect(localIso(event!.end)).toBe(expected.end);
    if (expected.key) expect(event!.key).toBe(expected.key);
    if (expected.seriesKey) expect(event!.seriesKey).toBe(expected.seriesKey);
    expect(event!.guests).toHaveLength(expected.peopleListed);
    expect(event!.guestCount).toBe(expected.guestCount);
    expect(event!.organizer?.name).toBe(expected.organizerName);
  });

  it('knows the signed-in user', () => {
    expect(event!.user?.name).toBe(DEMO_USER.name);
    if (event!.user?.email !== undefined) expect(event!.user.email).toBe(DEMO_USER.email);
    const self = event!.guests.filter((guest) => guest.self);
    expect(self.length).toBe(event!.guests.some((guest) => guest.email === DEMO_USER.email) ? 1 : 0);
  });

  it('classifies it', () => {
    const verdict = classifyOneOnOne(event!);
    expect(verdict.isOneOnOne, verdict.reasons.join('; ')).toBe(expected.isOneOnOne);
    expect(verdict.confidence).toBeGreaterThan(0.5);
    expect(verdict.reasons.length).toBeGreaterThan(0);
  });

  it('finds the counterpart and relationship', () => {
    const counterpart = findCounterpart(event!);
    expect(counterpart?.email).toBe(expected.counterpartEmail);
    expect(counterpart?.name).toBe(expected.counterpartName);
    expect(relationshipFor(counterpart, DEMO_PEOPLE)).toBe(expected.relationshipWithPeople);
    if (expected.tipContext) expect(tipContextsForEvent(event!, DEMO_PEOPLE)).toEqual([expected.tipContext]);
  });

  it('finds the element to anchor a panel in', () => {
    const roots = findOpenEventRoots(doc, url);
    expect(roots[0]?.kind).toBe(fixture.root);
    expect(roots[0]?.site).toBe(fixture.site);
    const element = roots[0]!.element;
    const inputs = Array.from(element.querySelectorAll('input')).map((input) => input.value);
    expect([element.textContent ?? '', ...inputs].some((text) => text.includes(expected.title))).toBe(true);
  });
});
