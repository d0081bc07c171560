import type { Attendee, CalendarEvent } from '../../../utils/calendar/types';
import type { Person, Relationship } from '../../../utils/settings';
import { RELATIONSHIPS } from '../../../utils/settings';
import { TIP_CONTEXTS } from '../../../utils/tips/types';
import {
  findCounterpart,
  oneOnOneTipContexts,
  personFor,
  personKey,
  relationshipFor,
  tipContextsForEvent,
} from '../../../utils/calendar/counterpart';
import { namesFromTitle } from '../../../utils/calendar/title-patterns';
import { DEMO_PEOPLE } from '../../fixtures/calendar';

const USER = { name: 'Dana Reyes', email: 'dana@example.com' };
const DANA: Attendee = { ...USER, self: true };
const MORGAN: Attendee = { name: 'Morgan Chen', email: 'morgan.chen@example.com' };
const PRIYA: Attendee = { name: 'Priya Nair', email: 'priya.nair@example.com' };

function event(patch: Partial<CalendarEvent>): CalendarEvent {
  return { site: 'outlook', key: 'k', seriesKey: 's', title: '', allDay: false, recurring: false, guests: [], user: USER, ...patch };
}

describe('findCounterpart', () => {
  it('is the one listed person who is not the user', () => {
    expect(findCounterpart(event({ guests: [DANA, MORGAN] }))).toEqual(MORGAN);
    expect(findCounterpart(event({ guests: [{ ...USER }, MORGAN] }))).toEqual(MORGAN);
    expect(findCounterpart(event({ guests: [MORGAN] }))).toEqual(MORGAN);
  });

  it('is nobody in a group, or when only the user is listed', () => {
    expect(findCounterpart(event({ guests: [DANA, MORGAN, PRIYA] }))).toBeUndefined();
    expect(findCounterpart(event({ guests: [DANA] }))).toBeUndefined();
    expect(findCounterpart(event({ guestCount: 5, organizer: MORGAN }))).toBeUndefined();
  });

  it('is the organizer when the list is hidden and someone else organizes', () => {
    expect(findCounterpart(event({ title: 'Sync', organizer: { ...MORGAN, organizer: true }, guestCount: 2 }))).toEqual({ ...MORGAN, organizer: true });
  });

  it('is the other name in the title when the user organizes', () => {
    const organizer = { ...DANA, organizer: true };
    expect(findCounterpart(event({ title: 'Dana / Priya 1:1', organizer }))).toEqual({ name: 'Priya' });
    expect(findCounterpart(event({ title: 'Sync w/ Priya Nair', organizer }))).toEqual({ name: 'Priya Nair' });
    expect(findCounterpart(event({ title: 'Dana Reyes <> Morgan Chen', organizer }))).toEqual({ name: 'Morgan Chen' });
    expect(findCounterpart(event({ title: 'Weekly planning', organizer }))).toBeUndefined();
  });

  it('does not guess between two names when the user is unknown', () => {
    expect(findCounterpart(event({ user: undefined, title: 'Dana / Priya' }))).toBeUndefined();
    expect(findCounterpart(event({ user: undefined, title: 'Sync w/ Priya' }))).toEqual({ name: 'Priya' });
    expect(findCounterpart(event({ user: undefined, title: 'Catch-up', organizer: MORGAN }))).toEqual(MORGAN);
  });
});

describe('namesFromTitle', () => {
  it.each([
    ['1:1 Dana / Morgan', ['Dana', 'Morgan']],
    ['Morgan <> Dana – weekly', ['Morgan', 'Dana']],
    ['Sync w/ Morgan', ['Morgan']],
    ['Sync with Morgan Chen', ['Morgan Chen']],
    ['1:1 with Priya', ['Priya']],
    ['Morgan 1:1', ['Morgan']],
    ["Priya's 1:1", ['Priya']],
    ['Check in: Priya', ['Priya']],
    ['Skip-level: Jordan / Dana', ['Jordan', 'Dana']],
    ['Sprint planning', []],
    ['Dentist', []],
    ['Project Phoenix', []],
  ])('%s', (title, names) => expect(namesFromTitle(title)).toEqual(names));
});

describe('relationshipFor', () => {
  const people: Person[] = [
    ...DEMO_PEOPLE,
    { id: 'p3', name: 'José Álvarez', relationship: 'mentor' },
    { id: 'p4', name: 'Sam Okafor', email: 'sam@example.org', relationship: 'peer' },
    { id: 'p5', name: 'Alex Kim', relationship: 'mentee' },
    { id: 'p6', name: 'Alex Moreau', relationship: 'peer' },
    { id: 'p7', name: 'Jordan', relationship: 'skip-level' },
  ];

  it('matches by email, ignoring case', () => {
    expect(relationshipFor({ email: 'MORGAN.CHEN@Example.com' }, people)).toBe('manager');
    expect(relationshipFor({ name: 'Someone Else', email: 'priya.nair@example.com' }, people)).toBe('report');
  });

  it('matches by normalised full name: case, accents, "Last, First", parentheses', () => {
    expect(relationshipFor({ name: 'jose alvarez' }, people)).toBe('mentor');
    expect(relationshipFor({ name: 'Álvarez, José' }, people)).toBe('mentor');
    expect(relationshipFor({ name: 'Morgan Chen (she/her)' }, people)).toBe('manager');
    expect(relationshipFor({ name: 'Chen, Morgan' }, people)).toBe('manager');
  });

  it('matches a lone first name only when exactly one person has it', () => {
    expect(relationshipFor({ name: 'Priya' }, people)).toBe('report');
    expect(relationshipFor({ name: 'Alex' }, people)).toBeUndefined();
    expect(relationshipFor({ name: 'Jordan Blake', email: 'jordan.blake@example.com' }, people)).toBe('skip-level');
  });

  it('does not match a different full name or a different address', () => {
    expect(relationshipFor({ name: 'Morgan Smith' }, people)).toBeUndefined();
    expect(relationshipFor({ name: 'Sam Okafor', email: 'sam.okafor@example.com' }, people)).toBeUndefined();
    expect(relationshipFor({ name: 'Sam Okafor' }, people)).toBe('peer');
  });

  it('is undefined without a counterpart or people', () => {
    expect(relationshipFor(undefined, people)).toBeUndefined();
    expect(relationshipFor(MORGAN, [])).toBeUndefined();
    expect(relationshipFor({}, people)).toBeUndefined();
    expect(personFor({ name: '   ' }, people)).toBeUndefined();
  });
});

describe('oneOnOneTipContexts', () => {
  it('maps every relationship to its own tip context', () => {
    const expected: Record<Relationship, string> = {
      manager: 'one-on-one-manager',
      report: 'one-on-one-report',
      'skip-level': 'one-on-one-skip-level',
      peer: 'one-on-one-peer',
      mentor: 'one-on-one-mentor',
      mentee: 'one-on-one-mentee',
    };
    for (const relationship of RELATIONSHIPS) {
      const contexts = oneOnOneTipContexts(relationship);
      expect(contexts).toEqual([expected[relationship]]);
      expect(TIP_CONTEXTS).toContain(contexts[0]);
    }
  });

  it('falls back to the generic 1:1, or skip-level when the title says so', () => {
    expect(oneOnOneTipContexts(undefined)).toEqual(['one-on-one']);
    expect(oneOnOneTipContexts(undefined, true)).toEqual(['one-on-one-skip-level']);
    expect(oneOnOneTipContexts('manager', true)).toEqual(['one-on-one-manager']);
  });

  it('reads the skip-level hint from an event title', () => {
    expect(tipContextsForEvent(event({ title: 'Skip level w/ Jordan', guests: [DANA, { name: 'Jordan Blake' }] }), DEMO_PEOPLE)).toEqual(['one-on-one-skip-level']);
    expect(tipContextsForEvent(event({ title: 'Sync', guests: [DANA, MORGAN] }), DEMO_PEOPLE)).toEqual(['one-on-one-manager']);
  });
});

describe('personKey', () => {
  it('is the lower-case email, else the normalised name', () => {
    expect(personKey({ name: 'Morgan Chen', email: ' Morgan.Chen@Example.com ' })).toBe('morgan.chen@example.com');
    expect(personKey({ name: 'Chen, Morgan' })).toBe('morgan chen');
    expect(personKey({ name: 'Zoë  Ödegaard' })).toBe('zoe odegaard');
    expect(personKey({})).toBeUndefined();
    expect(personKey(undefined)).toBeUndefined();
  });
});
