import { privateKey } from '../../../utils/calendar/private-key';
import { parseOutlookItemLabel } from '../../../utils/calendar/outlook-label';
import { OUTLOOK_MATCHES } from '../../../utils/calendar/hosts';
import {
  findOutlookEventRoots,
  isOutlookUrl,
  itemIdFromOutlookUrl,
  readOutlookEvent,
  readOutlookTiles,
  readOutlookUser,
} from '../../../utils/calendar/outlook';
import { fixtureDocument, localIso } from './helpers';

const WEEK = new URL('https://outlook.office.com/calendar/view/week');
const REFERENCE = new Date(2026, 10, 20).getTime();

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

describe('parseOutlookItemLabel', () => {
  it('reads a timed, recurring tile with location', () => {
    const label = parseOutlookItemLabel(
      'Morgan / Dana 1:1, 10:00 AM to 10:30 AM, Tuesday, November 24, 2026, Microsoft Teams Meeting, By Morgan Chen, Busy, Recurring event',
    )!;
    expect({ ...label, start: localIso(label.start), end: localIso(label.end) }).toEqual({
      title: 'Morgan / Dana 1:1',
      start: '2026-11-24T10:00',
      end: '2026-11-24T10:30',
      allDay: false,
      location: 'Microsoft Teams Meeting',
      organizerName: 'Morgan Chen',
      showAs: 'Busy',
      recurring: true,
      canceled: false,
    });
  });

  it('keeps commas in subjects, locations and "Last, First" organizers', () => {
    const label = parseOutlookItemLabel(
      'Budget, headcount, and hiring, 11:00 to 11:30, Monday, January 26, 2026, Room 4, Kestrel, By Chen, Morgan (Platform), Tentative, Recurring event',
    )!;
    expect(label.title).toBe('Budget, headcount, and hiring');
    expect(label.location).toBe('Room 4, Kestrel');
    expect(label.organizerName).toBe('Chen, Morgan (Platform)');
    expect(label.showAs).toBe('Tentative');
    expect(localIso(label.start)).toBe('2026-01-26T11:00');
  });

  it('reads all-day and multi-day all-day tiles', () => {
    const one = parseOutlookItemLabel('Offsite, all day event, Thursday, November 26, 2026, By Dana Reyes, Free')!;
    expect([one.allDay, localIso(one.start), localIso(one.end), one.location]).toEqual([true, '2026-11-26T00:00', '2026-11-27T00:00', undefined]);
    const many = parseOutlookItemLabel('Conference, all day event, Tuesday, November 24, 2026 to Thursday, November 26, 2026, By Lee Wong, Out of office')!;
    expect([localIso(many.start), localIso(many.end), many.showAs]).toEqual(['2026-11-24T00:00', '2026-11-27T00:00', 'Out of office']);
  });

  it('marks canceled events and strips the prefix', () => {
    const label = parseOutlookItemLabel('Canceled: Design review, 3:00 PM to 4:00 PM, Friday, November 27, 2026, By Sam Okafor, Free')!;
    expect([label.title, label.canceled, label.recurring]).toEqual(['Design review', true, false]);
  });

  it('returns undefined for labels in another shape', () => {
    for (const label of ['', 'Calendar', 'New event', 'Dienstag, 24. November 2026, 10:00 bis 10:30', null]) {
      expect(parseOutlookItemLabel(label as string, REFERENCE)).toBeUndefined();
    }
  });
});

describe('parseOutlookItemLabel in other display languages', () => {
  const read = (label: string) => {
    const parsed = parseOutlookItemLabel(label, REFERENCE);
    return parsed && { ...parsed, start: localIso(parsed.start), end: localIso(parsed.end) };
  };

  it('German: times, date, location, organizer, free/busy and series', () => {
    expect(
      read('Morgan / Dana Einzelgespräch, 10:00 bis 10:30, Dienstag, 24. November 2026, Microsoft Teams-Besprechung, Von Morgan Chen, Gebucht, Wiederkehrendes Ereignis'),
    ).toEqual({
      title: 'Morgan / Dana Einzelgespräch',
      start: '2026-11-24T10:00',
      end: '2026-11-24T10:30',
      allDay: false,
      location: 'Microsoft Teams-Besprechung',
      organizerName: 'Morgan Chen',
      showAs: 'Gebucht',
      recurring: true,
      canceled: false,
    });
  });

  it('French: an all-day event', () => {
    expect(read('Dana / Priya : journée d’intégration, Toute la journée, jeudi 26 novembre 2026, Par Dana Reyes, Libre')).toMatchObject({
      title: 'Dana / Priya : journée d’intégration',
      start: '2026-11-26T00:00',
      end: '2026-11-27T00:00',
      allDay: true,
      organizerName: 'Dana Reyes',
      showAs: 'Libre',
      recurring: false,
    });
  });

  it('Spanish: a location and an organizer with commas in them', () => {
    expect(read('Sync, 9:30 a 10:30, lunes, 23 de noviembre de 2026, Sala 4, Kestrel, Por Park, Riley, Ocupado')).toMatchObject({
      title: 'Sync',
      start: '2026-11-23T09:30',
      end: '2026-11-23T10:30',
      location: 'Sala 4, Kestrel',
      organizerName: 'Park, Riley',
      showAs: 'Ocupado',
    });
  });

  it('Portuguese: an event over midnight into the next day', () => {
    expect(read('Plantão, 23:00 até 01:00, segunda-feira, 30 de novembro de 2026 até terça-feira, 1 de dezembro de 2026, Por Ana Silva, Ocupado')).toMatchObject({
      title: 'Plantão',
      start: '2026-11-30T23:00',
      end: '2026-12-01T01:00',
      organizerName: 'Ana Silva',
    });
  });

  it('Japanese: year-first date, "から", and the organizer after "開催者:"', () => {
    expect(read('Morgan / Dana 1on1, 10:00 から 10:30, 2026年11月24日 火曜日, Microsoft Teams 会議, 開催者: Morgan Chen, 予定あり, 定期的な予定')).toEqual({
      title: 'Morgan / Dana 1on1',
      start: '2026-11-24T10:00',
      end: '2026-11-24T10:30',
      allDay: false,
      location: 'Microsoft Teams 会議',
      organizerName: 'Morgan Chen',
      showAs: '予定あり',
      recurring: true,
      canceled: false,
    });
    expect(read('キャンセル済み: 定例, 終日, 2026年11月26日 木曜日, 開催者: Dana Reyes, 空き時間')).toMatchObject({ title: '定例', canceled: true, allDay: true, start: '2026-11-26T00:00' });
  });

  it('reads the account button in another language', () => {
    expect(readOutlookUser(doc('<button id="mectrl_main_trigger" aria-label="Kontoverwaltung für Sam Okafor"></button>'))).toEqual({ name: 'Sam Okafor' });
    expect(readOutlookUser(doc('<button id="mectrl_main_trigger" aria-label="Gestionnaire de comptes pour Sam Okafor"></button>'))).toEqual({ name: 'Sam Okafor' });
  });
});

describe('Outlook URLs and user', () => {
  it('recognises Outlook hosts and item URLs', () => {
    for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']) {
      expect(isOutlookUrl(new URL(`https://${host}/calendar/view/week`))).toBe(true);
    }
    expect(isOutlookUrl(new URL('https://outlook.example.com/calendar'))).toBe(false);
    expect(itemIdFromOutlookUrl(new URL('https://outlook.office.com/calendar/item/AAMkAD%2Bx%3D'))).toBe('AAMkAD+x=');
    expect(itemIdFromOutlookUrl(new URL('https://outlook.office.com/calendar/0/deeplink/read/AAMkQQ'))).toBe('AAMkQQ');
    expect(itemIdFromOutlookUrl(new URL('https://outlook.office.com/owa/?itemid=AAMkZZ&path=/calendar/item'))).toBe('AAMkZZ');
    expect(itemIdFromOutlookUrl(WEEK)).toBeUndefined();
  });

  it('the content script matches every host the reader knows, outlook.cloud.microsoft included, and nothing else', () => {
    expect(OUTLOOK_MATCHES).toContain('https://outlook.cloud.microsoft/*');
    expect(OUTLOOK_MATCHES).toHaveLength(4);
    for (const pattern of OUTLOOK_MATCHES) {
      expect(pattern).toMatch(/^https:\/\/[a-z0-9.]+\/\*$/);
      expect(isOutlookUrl(new URL(pattern.replace('/*', '/calendar/view/week')))).toBe(true);
    }
  });

  it('reads the account from the flyout, else from the account button', () => {
    expect(readOutlookUser(fixtureDocument('outlook-peek-group.html'))).toEqual({ name: 'Dana Reyes', email: 'dana@example.com' });
    expect(readOutlookUser(fixtureDocument('outlook-allday.html'))).toEqual({ name: 'Dana Reyes' });
    expect(readOutlookUser(doc('<button id="O365_MainLink_Me" aria-label="Account manager for Sam Okafor (sam.okafor@example.com)"></button>'))).toEqual({
      name: 'Sam Okafor',
      email: 'sam.okafor@example.com',
    });
    expect(readOutlookUser(doc('<div></div>'))).toBeUndefined();
  });
});

describe('readOutlookTiles', () => {
  it('reads every tile of the week', () => {
    const tiles = readOutlookTiles(fixtureDocument('outlook-peek-group.html'), { now: REFERENCE });
    // Document order: the all-day row comes before the timed grid.
    expect(tiles.map((tile) => [tile.label.title, tile.label.recurring, tile.label.allDay])).toEqual([
      ['Dana / Priya: onboarding day', false, true],
      ['Sprint planning', true, false],
      ['Morgan / Dana 1:1', true, false],
      ['Priya / Dana weekly 1:1', true, false],
      ['Design review: importer v2', false, false],
    ]);
    expect(tiles.every((tile) => tile.itemId.startsWith('AAMk'))).toBe(true);
  });
});

describe('readOutlookEvent', () => {
  it('reads nothing when no event is open', () => {
    const d = fixtureDocument('outlook-peek-manager-1on1.html');
    d.getElementById('leadway-fixture-peek-layer')!.setAttribute('hidden', '');
    expect(readOutlookEvent(d, WEEK)).toBeUndefined();
    expect(findOutlookEventRoots(d)).toEqual([]);
  });

  it('falls back to the peek card alone when no tile matches it', () => {
    const d = fixtureDocument('outlook-peek-manager-1on1.html');
    for (const tile of Array.from(d.querySelectorAll('[data-calitemid]'))) tile.remove();
    const event = readOutlookEvent(d, WEEK)!;
    expect(event.title).toBe('Morgan / Dana 1:1');
    expect(localIso(event.start)).toBe('2026-11-24T10:00');
    expect(event.recurring).toBe(true);
    expect(event.organizer?.name).toBe('Morgan Chen');
    expect(event.seriesKey).toBe(privateKey('outlook', 'morgan dana 1 1|morgan chen'));
    expect(event.key).toBe(privateKey('outlook', `morgan dana 1 1|morgan chen|${new Date(2026, 10, 24, 10).getTime()}`));
  });

  it('picks the tile by start time when a title repeats in the week', () => {
    const d = fixtureDocument('outlook-peek-manager-1on1.html');
    const original = d.querySelector('[data-calitemid]:has([aria-label^="Morgan / Dana 1:1"])')!;
    const copy = original.cloneNode(true) as Element;
    copy.setAttribute('data-calitemid', 'AAMkOTHER');
    copy.firstElementChild!.setAttribute('aria-label', original.firstElementChild!.getAttribute('aria-label')!.replace('Tuesday, November 24', 'Thursday, November 26'));
    original.parentElement!.appendChild(copy);
    expect(readOutlookEvent(d, WEEK)?.key).toBe(original.getAttribute('data-calitemid'));
  });

  it('reads attendees with their responses from the full event', () => {
    const event = readOutlookEvent(fixtureDocument('outlook-event-report-1on1.html'), new URL('https://outlook.office.com/calendar/item/AAMkAD'))!;
    // The organizer sits in its own group, which says nothing about a response.
    expect(event.guests).toEqual([
      { name: 'Dana Reyes', email: 'dana@example.com', organizer: true, self: true },
      { name: 'Priya Nair', email: 'priya.nair@example.com', response: 'accepted' },
    ]);
    expect(event.key).toBe('AAMkAD');
  });

  it('counts "N attendees" or sums the response counts', () => {
    const peek = (attendees: string) =>
      doc(`<div data-app-section="CalendarItemPeek"><div role="heading">Chat</div><span aria-label="Time">Tue 11/24/2026 10:00 AM - 10:30 AM</span><div aria-label="Attendees">${attendees}</div></div>`);
    expect(readOutlookEvent(peek('<span>3 attendees</span>'), WEEK)?.guestCount).toBe(3);
    expect(readOutlookEvent(peek("<span>Accepted 4, Tentative 1, Didn't respond 2</span>"), WEEK)?.guestCount).toBe(7);
    expect(readOutlookEvent(peek('<span>1 accepted, 1 declined</span>'), WEEK)?.guestCount).toBe(2);
    expect(readOutlookEvent(peek('<span>Attendees</span>'), WEEK)?.guestCount).toBeUndefined();
  });

  it('reads the new-event form, with the user as organizer', () => {
    const d = doc(`<div id="mectrl_currentAccount_primary">Dana Reyes</div><div id="mectrl_currentAccount_secondary">dana@example.com</div>
      <div data-app-section="Form_Content"><input aria-label="Add a title" value="Dana / Sam sync">
      <div aria-label="Invite attendees"><div role="listitem" data-email="sam.okafor@example.com"><span>Sam Okafor</span></div></div></div>`);
    const event = readOutlookEvent(d, new URL('https://outlook.office.com/calendar/deeplink/compose?subject=x'))!;
    expect(event.title).toBe('Dana / Sam sync');
    expect(event.guests).toEqual([
      { name: 'Dana Reyes', email: 'dana@example.com', organizer: true, self: true },
      { name: 'Sam Okafor', email: 'sam.okafor@example.com' },
    ]);
    expect(findOutlookEventRoots(d).map((root) => root.kind)).toEqual(['compose']);
  });
});
