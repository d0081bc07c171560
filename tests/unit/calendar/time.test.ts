import { parseEventTime } from '../../../utils/calendar/time';
import { localIso } from './helpers';

const REFERENCE = new Date(2026, 10, 20).getTime(); // November 20, 2026

function read(text: string, options: { reference?: number; dayFirst?: boolean } = {}) {
  const parsed = parseEventTime(text, { reference: REFERENCE, ...options });
  return parsed && { start: localIso(parsed.start), end: localIso(parsed.end), allDay: parsed.allDay };
}

describe('parseEventTime', () => {
  it.each([
    ['Tuesday, November 24 · 10:00 – 10:30am', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['Tuesday, November 24 ⋅ 10:00 – 10:30am', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['Tuesday, November 24⋅10:00\u2009–\u200910:30am', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['Nov 24, 2026, 10:00 – 10:30', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['Tue 11/24/2026 10:00 AM - 10:30 AM', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['Tue 11/24/2026 10:00\u202fAM - 10:30\u202fAM', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['10:00 AM to 10:30 AM, Tuesday, November 24, 2026', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['Wednesday, November 25 ⋅ 2:00 – 2:30pm', '2026-11-25T14:00', '2026-11-25T14:30'],
    ['Thursday, November 26 ⋅ 11:30 – 12:30pm', '2026-11-26T11:30', '2026-11-26T12:30'],
    ['Thursday, November 26 ⋅ 11 – 1pm', '2026-11-26T11:00', '2026-11-26T13:00'],
    ['Friday, November 27 ⋅ 11:00am – 12:00pm', '2026-11-27T11:00', '2026-11-27T12:00'],
    ['Friday, November 27 ⋅ 10am – 11am', '2026-11-27T10:00', '2026-11-27T11:00'],
    ['Friday, November 27 ⋅ 4:00pm – 1:00', '2026-11-27T16:00', '2026-11-28T01:00'],
    ['Friday, 27 November ⋅ 14:00 – 14:45', '2026-11-27T14:00', '2026-11-27T14:45'],
    ['2026-11-27 09:15 – 09:45', '2026-11-27T09:15', '2026-11-27T09:45'],
    ['Monday, November 30, 2026, 11:00pm – Tuesday, December 1, 2026, 1:00am', '2026-11-30T23:00', '2026-12-01T01:00'],
    ['Monday, November 30 ⋅ 11:00pm – 1:00am', '2026-11-30T23:00', '2026-12-01T01:00'],
    ['Mon, Nov. 30, 3:05 p.m. – 3:35 p.m.', '2026-11-30T15:05', '2026-11-30T15:35'],
  ])('%s', (text, start, end) => {
    expect(read(text)).toEqual({ start, end, allDay: false });
  });

  it('reads all-day days and ranges, with an exclusive end', () => {
    expect(read('Tuesday, November 24')).toEqual({ start: '2026-11-24T00:00', end: '2026-11-25T00:00', allDay: true });
    expect(read('November 24 – 26, 2026')).toEqual({ start: '2026-11-24T00:00', end: '2026-11-27T00:00', allDay: true });
    expect(read('Thu 11/26/2026 All day')).toEqual({ start: '2026-11-26T00:00', end: '2026-11-27T00:00', allDay: true });
    expect(read('December 30 – January 2')).toEqual({ start: '2026-12-30T00:00', end: '2027-01-03T00:00', allDay: true });
    expect(parseEventTime('All day')).toEqual({ allDay: true });
  });

  it('picks the year from the weekday, else the nearest year', () => {
    // November 24 is a Tuesday in 2026 and a Wednesday in 2027.
    expect(read('Wednesday, November 24 ⋅ 9:00 – 9:30am')?.start).toBe('2027-11-24T09:00');
    expect(read('Tuesday, November 24 ⋅ 9:00 – 9:30am')?.start).toBe('2026-11-24T09:00');
    // In late December, "January 4" is next year.
    expect(read('January 4 ⋅ 9:00 – 9:30am', { reference: new Date(2026, 11, 28).getTime() })?.start).toBe('2027-01-04T09:00');
    expect(read('11/24 10:00 AM - 10:30 AM')?.start).toBe('2026-11-24T10:00');
  });

  it('reads day-first numeric dates when asked, and when the first number cannot be a month', () => {
    expect(read('03/04/2026 10:00 - 11:00', { dayFirst: true })?.start).toBe('2026-04-03T10:00');
    expect(read('03/04/2026 10:00 - 11:00')?.start).toBe('2026-03-04T10:00');
    expect(read('24/11/2026 10:00 - 11:00')?.start).toBe('2026-11-24T10:00');
  });

  it('keeps a start without an end', () => {
    expect(read('Tuesday, November 24 at 10:00am')).toEqual({ start: '2026-11-24T10:00', end: undefined, allDay: false });
  });

  it('returns undefined when there is no date to read', () => {
    for (const text of ['', '   ', '10:00 – 10:30am', 'Weekly on Tuesday', 'Room 121', 'Q4 2026 planning', 'Mardi à 10:00', 'Raum 4, 10:00 bis 10:30', null, undefined]) {
      expect(parseEventTime(text as string, { reference: REFERENCE })).toBeUndefined();
    }
  });

  it('does not read "1:1" or "1-1" in a title as times', () => {
    expect(read('1:1 Dana / Morgan, Tuesday, November 24')).toEqual({ start: '2026-11-24T00:00', end: '2026-11-25T00:00', allDay: true });
  });
});

describe('parseEventTime in other display languages', () => {
  it.each([
    // Google Calendar's popup line, as each language writes it
    ['Dienstag, 24. November⋅10:00–10:30', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['Freitag, 27. November 2026 ⋅ 11:00 – 11:45', '2026-11-27T11:00', '2026-11-27T11:45'],
    ['mardi 24 novembre⋅10:00 – 10:30', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['mardi 24 novembre ⋅ 10 h 00 – 10 h 30', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['martes, 24 de noviembre⋅10:00 – 10:30', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['viernes, 27 de noviembre de 2026 ⋅ 11:00 – 11:45', '2026-11-27T11:00', '2026-11-27T11:45'],
    ['martes, 24 de noviembre⋅2:00 – 2:30 p. m.', '2026-11-24T14:00', '2026-11-24T14:30'],
    ['terça-feira, 24 de novembro⋅10:00 – 10:30', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['sexta-feira, 27 de nov. de 2026 ⋅ 11:00 – 11:45', '2026-11-27T11:00', '2026-11-27T11:45'],
    ['11月24日 (火曜日)⋅10:00～10:30', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['2026年11月27日(金曜日)⋅11:00～11:45', '2026-11-27T11:00', '2026-11-27T11:45'],
    ['11月25日 (水曜日)⋅午後2:00～2:30', '2026-11-25T14:00', '2026-11-25T14:30'],
    // Google's edit page inputs (date and time fields joined)
    ['26. Nov. 2026 15:30 – 26. Nov. 2026 16:00', '2026-11-26T15:30', '2026-11-26T16:00'],
    ['26 nov. 2026 15:30 – 26 nov. 2026 16:00', '2026-11-26T15:30', '2026-11-26T16:00'],
    ['26 de nov. de 2026 15:30 – 26 de nov. de 2026 16:00', '2026-11-26T15:30', '2026-11-26T16:00'],
    // Outlook's peek card and full event
    ['Di 24.11.2026 10:00 - 10:30', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['mar. 24/11/2026 10:00 - 10:30', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['2026/11/24 (火) 10:00 - 10:30', '2026-11-24T10:00', '2026-11-24T10:30'],
    // Outlook's tile labels put the times first
    ['10:00 bis 10:30, Dienstag, 24. November 2026', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['10:00 à 10:30, mardi 24 novembre 2026', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['10:00 a 10:30, martes, 24 de noviembre de 2026', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['10:00 até 10:30, terça-feira, 24 de novembro de 2026', '2026-11-24T10:00', '2026-11-24T10:30'],
    ['10:00 から 10:30, 2026年11月24日 火曜日', '2026-11-24T10:00', '2026-11-24T10:30'],
  ])('%s', (text, start, end) => {
    expect(read(text, { dayFirst: true })).toEqual({ start, end, allDay: false });
  });

  it('reads all-day days and ranges in each language', () => {
    const day = { start: '2026-11-26T00:00', end: '2026-11-27T00:00', allDay: true };
    for (const text of ['Donnerstag, 26. November', 'jeudi 26 novembre', 'jueves, 26 de noviembre', 'quinta-feira, 26 de novembro', '11月26日 (木曜日)', 'Do 26.11.2026 ganztägig', 'jeu. 26/11/2026 Toute la journée', 'jue 26/11/2026 Todo el día', 'qui 26/11/2026 Dia inteiro', '2026/11/26 (木) 終日']) {
      expect(read(text, { dayFirst: true }), text).toEqual(day);
    }
    expect(read('24. – 26. November 2026')).toEqual({ start: '2026-11-24T00:00', end: '2026-11-27T00:00', allDay: true });
    expect(read('24 – 26 novembre 2026')).toEqual({ start: '2026-11-24T00:00', end: '2026-11-27T00:00', allDay: true });
    expect(parseEventTime('Ganztägig')).toEqual({ allDay: true });
    expect(parseEventTime('終日')).toEqual({ allDay: true });
  });

  it('reads the year from a weekday in another language', () => {
    // November 24 is a Tuesday in 2026 and a Wednesday in 2027.
    expect(read('Mittwoch, 24. November⋅9:00–9:30')?.start).toBe('2027-11-24T09:00');
    expect(read('mercredi 24 novembre⋅9:00 – 9:30')?.start).toBe('2027-11-24T09:00');
    expect(read('Dienstag, 24. November⋅9:00–9:30')?.start).toBe('2026-11-24T09:00');
  });

  it('does not take a French or Spanish weekday abbreviation ("mar." = Tuesday) for March', () => {
    expect(read('mar. 03/11/2026 10:00 - 10:30', { dayFirst: true })?.start).toBe('2026-11-03T10:00');
  });
});
