import type { Attendee, CalendarEvent } from '../../../utils/calendar/types';
import { classifyOneOnOne, countPeople } from '../../../utils/calendar/classify';
import { readTitle } from '../../../utils/calendar/title-patterns';

const USER = { name: 'Dana Reyes', email: 'dana@example.com' };
const DANA: Attendee = { ...USER, self: true };
const MORGAN: Attendee = { name: 'Morgan Chen', email: 'morgan.chen@example.com' };
const PRIYA: Attendee = { name: 'Priya Nair', email: 'priya.nair@example.com' };
const SAM: Attendee = { name: 'Sam Okafor', email: 'sam.okafor@example.com' };

function event(patch: Partial<CalendarEvent>): CalendarEvent {
  return { site: 'google-calendar', key: 'k1', seriesKey: 's1', title: 'Project Phoenix', allDay: false, recurring: false, guests: [], user: USER, ...patch };
}

describe('classifyOneOnOne', () => {
  it('calls two people a 1:1 whatever the title, and says who', () => {
    const verdict = classifyOneOnOne(event({ guests: [DANA, MORGAN] }));
    expect(verdict.isOneOnOne).toBe(true);
    expect(verdict.reasons[0]).toBe('Just you and Morgan Chen');
  });

  it('is surer with a 1:1 title on top', () => {
    const plain = classifyOneOnOne(event({ guests: [DANA, MORGAN] }));
    const titled = classifyOneOnOne(event({ title: '1:1 Dana / Morgan', guests: [DANA, MORGAN] }));
    expect(titled.confidence).toBeGreaterThan(plain.confidence);
    expect(titled.confidence).toBeGreaterThanOrEqual(0.95);
    expect(titled.reasons).toContain('Title says "1:1"');
    expect(titled.reasons).toContain('Title pairs two names (Dana and Morgan)');
    expect(titled.reasons).toContain('One of the names is yours');
  });

  it('says no to more than two people, even with a 1:1 title', () => {
    const verdict = classifyOneOnOne(event({ title: '1:1', guests: [DANA, MORGAN, PRIYA] }));
    expect(verdict.isOneOnOne).toBe(false);
    expect(verdict.reasons[0]).toBe('3 people invited');
  });

  it('says no to all-day events', () => {
    const verdict = classifyOneOnOne(event({ title: 'Dana / Morgan 1:1', allDay: true, guests: [DANA, MORGAN] }));
    expect(verdict.isOneOnOne).toBe(false);
    expect(verdict.reasons[0]).toBe('All-day event');
  });

  it('says no to two-person interviews and planning sessions', () => {
    expect(classifyOneOnOne(event({ title: 'Interview: Alex Kim', guests: [DANA, { name: 'Alex Kim', email: 'alex@example.net' }] })).isOneOnOne).toBe(false);
    expect(classifyOneOnOne(event({ title: 'Sprint planning', guests: [DANA, SAM] })).isOneOnOne).toBe(false);
  });

  it('lets an explicit 1:1 marker outweigh group words', () => {
    const verdict = classifyOneOnOne(event({ title: '1:1 – sprint planning follow-up', guests: [DANA, PRIYA] }));
    expect(verdict.isOneOnOne).toBe(true);
  });

  it('says no to events with only the user', () => {
    const verdict = classifyOneOnOne(event({ title: '1:1 prep', guests: [DANA] }));
    expect(verdict.isOneOnOne).toBe(false);
    expect(verdict.reasons).toContain('Nobody else is invited');
  });

  it('uses a shown count when the list is not shown', () => {
    expect(classifyOneOnOne(event({ guestCount: 2 })).isOneOnOne).toBe(true);
    expect(classifyOneOnOne(event({ guestCount: 2 })).reasons[0]).toBe('Two people invited');
    const many = classifyOneOnOne(event({ title: 'Catch-up', guestCount: 9 }));
    expect(many.isOneOnOne).toBe(false);
    expect(many.reasons[0]).toBe('9 people invited');
  });

  it('goes by title and organizer when nothing about guests is visible', () => {
    const titled = classifyOneOnOne(event({ title: 'Morgan / Dana', organizer: { ...MORGAN, organizer: true } }));
    expect(titled.isOneOnOne).toBe(true);
    expect(titled.reasons).toContain('Organized by Morgan Chen');
    expect(titled.reasons.at(-1)).toBe('Guest list not visible: going by title and organizer');

    const neutral = classifyOneOnOne(event({ organizer: { ...MORGAN, organizer: true } }));
    expect(neutral.isOneOnOne).toBe(false);

    const nothing = classifyOneOnOne(event({ title: 'Busy' }));
    expect(nothing).toEqual({ isOneOnOne: false, confidence: 0.91, reasons: ['Guest list not visible and the title says nothing either way'] });
  });

  it('counts a group calendar as organizer against a 1:1', () => {
    const verdict = classifyOneOnOne(event({ title: 'Dana / Priya', organizer: { name: 'Eng team', email: 'team-eng@group.calendar.google.com' } }));
    expect(verdict.reasons).toContain('Organized by a group or shared calendar');
    expect(verdict.isOneOnOne).toBe(false);
  });

  it('obeys the "not a 1:1" override for the series', () => {
    const verdict = classifyOneOnOne(event({ title: '1:1', guests: [DANA, MORGAN] }), { notOneOnOne: ['other', 's1'] });
    expect(verdict).toEqual({ isOneOnOne: false, confidence: 1, reasons: ['You marked this series as not a 1:1'] });
    expect(classifyOneOnOne(event({ title: '1:1', guests: [DANA, MORGAN] }), { notOneOnOne: ['k1'] }).isOneOnOne).toBe(true);
  });

  it('keeps confidence in 0..1 and above one half for the verdict it gives', () => {
    const cases: CalendarEvent[] = [
      event({}),
      event({ guests: [DANA, MORGAN] }),
      event({ title: 'All hands', guests: [DANA, MORGAN, PRIYA, SAM] }),
      event({ title: '1:1', allDay: true }),
      event({ title: 'Sync w/ Morgan', organizer: MORGAN }),
    ];
    for (const entry of cases) {
      const { confidence } = classifyOneOnOne(entry);
      expect(confidence).toBeGreaterThan(0.5);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('countPeople', () => {
  it('counts the user once, listed or not', () => {
    expect(countPeople(event({ guests: [DANA, MORGAN] }))).toEqual({ kind: 'listed', count: 2, other: MORGAN });
    expect(countPeople(event({ guests: [MORGAN] }))).toEqual({ kind: 'listed', count: 2, other: MORGAN });
    expect(countPeople(event({ guests: [DANA, MORGAN, { ...MORGAN, email: 'MORGAN.CHEN@example.com' }] }))).toMatchObject({ count: 2 });
  });

  it('assumes a lone listed person is the other one when the user is unknown', () => {
    expect(countPeople(event({ user: undefined, guests: [MORGAN] }))).toEqual({ kind: 'listed', count: 2, other: MORGAN });
    expect(countPeople(event({ user: undefined, guests: [MORGAN, PRIYA] }))).toEqual({ kind: 'listed', count: 2 });
  });

  it('reports a hidden list and a count', () => {
    expect(countPeople(event({}))).toEqual({ kind: 'hidden' });
    expect(countPeople(event({ guestCount: 12, guests: [DANA, MORGAN] }))).toEqual({ kind: 'counted', count: 12 });
  });
});

describe('readTitle', () => {
  it.each([
    ['1:1', '1:1'],
    ['1-1 with Priya', '1:1'],
    ['1:1s', '1:1'],
    ['1on1', '1 on 1'],
    ['Weekly 1 on 1', '1 on 1'],
    ['One-on-one', 'one-on-one'],
    ['one on one', 'one-on-one'],
    ['121 Morgan', '121'],
    ['Skip level', 'skip-level'],
    ['Skip-level: Jordan', 'skip-level'],
  ])('finds the marker in %s', (title, marker) => {
    expect(readTitle(title).marker).toBe(marker);
  });

  it.each(['11:15 standup', 'Room 121', 'Q1-1 planning', '2021-11-24', 'Version 1.1 launch', '10:1 ratio', '1:15pm'])('finds no marker in %s', (title) => {
    expect(readTitle(title).marker).toBeUndefined();
  });

  it('finds pairs of names around separators, not around team words', () => {
    expect(readTitle('Dana / Morgan').names).toEqual(['Dana', 'Morgan']);
    expect(readTitle('Dana<>Morgan').names).toEqual(['Dana', 'Morgan']);
    expect(readTitle('Coffee chat – Dana + Sam').names).toEqual(['Dana', 'Sam']);
    expect(readTitle('Morgan Chen x Dana Reyes').names).toEqual(['Morgan Chen', 'Dana Reyes']);
    expect(readTitle('Design / Eng sync').namePair).toBe(false);
    expect(readTitle('Frontend x Backend').namePair).toBe(false);
    expect(readTitle('R&D review').namePair).toBe(false);
  });

  it('finds the group vocabulary', () => {
    expect(readTitle('Sprint planning').groupWords).toContain('sprint planning');
    expect(readTitle('All-hands').groupWords).toEqual(['all hands']);
    expect(readTitle('Daily stand-up').groupWords).toEqual(['standup']);
    expect(readTitle('Team sync').groupWords).toEqual(['team sync']);
    expect(readTitle('Town hall Q4').groupWords).toEqual(['town hall']);
    expect(readTitle('Interview: Alex').groupWords).toEqual(['interview']);
    expect(readTitle('Performance review: Priya').groupWords).toEqual([]);
  });
});

describe('readTitle in other languages', () => {
  it('finds the 1:1 markers, named as the title writes them', () => {
    expect(readTitle('Jour fixe Dana / Morgan').marker).toBe('Jour fixe');
    expect(readTitle('Einzelgespräch mit Priya').marker).toBe('Einzelgespräch');
    expect(readTitle('Point individuel').marker).toBe('Point individuel');
    expect(readTitle('Tête-à-tête – Dana + Sam').marker).toBe('Tête-à-tête');
    expect(readTitle('Reunión individual').marker).toBe('Reunión individual');
    expect(readTitle('Reunião 1:1').marker).toBe('1:1');
    expect(readTitle('1on1ミーティング').marker).toBe('1 on 1');
    expect(readTitle('個人面談').marker).toBe('個人面談');
  });

  it('knows skip-levels and names beside the markers', () => {
    expect(readTitle('スキップレベル面談: Jordan / Dana')).toMatchObject({ skipLevel: true, names: ['Jordan', 'Dana'], namePair: true });
    expect(readTitle('Entretien N+2 avec Jordan')).toMatchObject({ skipLevel: true, names: ['Jordan'] });
    expect(readTitle('Skip-Level-Gespräch').skipLevel).toBe(true);
    expect(readTitle('Kaffee mit Morgan').names).toEqual(['Morgan']);
    expect(readTitle('Reunión Dana / Morgan').names).toEqual(['Dana', 'Morgan']);
  });

  it('finds the group vocabulary', () => {
    expect(readTitle('Jour fixe Team').groupWords).toEqual(['team meeting']);
    expect(readTitle('Sprint-Planung').groupWords).toEqual(['planning']);
    expect(readTitle('Réunion d’équipe').groupWords).toEqual(['team meeting']);
    expect(readTitle('Reunión de equipo').groupWords).toEqual(['team meeting']);
    expect(readTitle('Reunião de time').groupWords).toEqual(['team meeting']);
    expect(readTitle('チーム定例').groupWords).toEqual(['team meeting']);
    expect(readTitle('面接').groupWords).toEqual(['interview, training or time block']);
    // A 1:1 word is not a group word, and "Gespräch" alone is neither.
    expect(readTitle('Einzelgespräch').groupWords).toEqual([]);
    expect(readTitle('Gespräch').marker).toBeUndefined();
  });
});
