import { privateKey } from '../../../utils/calendar/private-key';
import {
  dateFromGoogleUrl,
  eventIdFromGoogleUrl,
  findGoogleEventRoots,
  isGoogleCalendarUrl,
  isRecurrenceText,
  readGoogleEvent,
  readGoogleUser,
} from '../../../utils/calendar/google';
import { encodeGoogleEventId } from '../../../utils/calendar/google-id';
import { findOpenEventRoots } from './read-any-calendar';
import { fixtureDocument, localIso } from './helpers';

const WEEK = new URL('https://calendar.google.com/calendar/u/0/r/week/2026/11/24');

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

const ACCOUNT = '<a aria-label="Google Account: Dana Reyes&#10;(dana@example.com)" href="#">DR</a>';

function popup(inner: string, attributes = ''): string {
  return `<div role="dialog" aria-label="Event details"${attributes}><div id="xDetDlg" data-eventid="${encodeGoogleEventId('abcdef123', 'dana@example.com')}">${inner}</div></div>`;
}

describe('Google Calendar URLs', () => {
  it('recognises calendar pages', () => {
    expect(isGoogleCalendarUrl(WEEK)).toBe(true);
    expect(isGoogleCalendarUrl(new URL('https://www.google.com/calendar/render'))).toBe(true);
    expect(isGoogleCalendarUrl(new URL('https://mail.google.com/mail/u/0/'))).toBe(false);
    expect(isGoogleCalendarUrl(new URL('https://calendar.example.com/r/week'))).toBe(false);
  });

  it('reads the date of a view and the id of an event page', () => {
    expect(localIso(dateFromGoogleUrl(WEEK))).toBe('2026-11-24T00:00');
    expect(dateFromGoogleUrl(new URL('https://calendar.google.com/calendar/u/0/r'))).toBeUndefined();
    expect(eventIdFromGoogleUrl(new URL('https://calendar.google.com/calendar/u/0/r/eventedit/QUJDREVGRzEyMyB4QGV4YW1wbGUuY29t?sf=true'))).toBe(
      'QUJDREVGRzEyMyB4QGV4YW1wbGUuY29t',
    );
    expect(eventIdFromGoogleUrl(new URL('https://calendar.google.com/calendar/event?eid=QUJDREVGRzEyMw'))).toBe('QUJDREVGRzEyMw');
    expect(eventIdFromGoogleUrl(WEEK)).toBeUndefined();
  });
});

describe('readGoogleUser', () => {
  it('reads name and address from the account button, across a line break', () => {
    expect(readGoogleUser(doc(ACCOUNT))).toEqual({ name: 'Dana Reyes', email: 'dana@example.com' });
    expect(readGoogleUser(doc('<a aria-label="Google Account: Zoë Ödegaard (zoe@example.com)"></a>'))).toEqual({
      name: 'Zoë Ödegaard',
      email: 'zoe@example.com',
    });
  });

  it('is undefined without an account button', () => {
    expect(readGoogleUser(doc('<a aria-label="Main menu"></a>'))).toBeUndefined();
  });
});

describe('readGoogleEvent', () => {
  it('reads nothing on a view with no popup open', () => {
    const d = fixtureDocument('google-popup-manager-1on1.html');
    d.querySelector('[role="dialog"]')!.setAttribute('hidden', '');
    expect(readGoogleEvent(d, WEEK)).toBeUndefined();
    expect(findGoogleEventRoots(d, WEEK)).toEqual([]);
  });

  it('ignores a popup hidden by an inline style', () => {
    const d = doc(ACCOUNT + popup('<span id="rAECCd" role="heading">Gone</span>', ' style="display: none"'));
    expect(readGoogleEvent(d, WEEK)).toBeUndefined();
  });

  it('reads guests, their responses and the organizer', () => {
    const event = readGoogleEvent(fixtureDocument('google-popup-group.html'), WEEK)!;
    expect(event.guests).toEqual([
      { name: 'Riley Park', email: 'riley.park@example.com', organizer: true, response: 'accepted' },
      { name: 'Dana Reyes', email: 'dana@example.com', self: true, response: 'accepted' },
      { name: 'Priya Nair', email: 'priya.nair@example.com', response: 'accepted' },
      { name: 'Sam Okafor', email: 'sam.okafor@example.com', response: 'tentative' },
      { name: 'Lee Wong', email: 'lee.wong@example.com', response: 'needs-action' },
      { name: 'Ana Silva', email: 'ana.silva@example.com', response: 'declined' },
    ]);
    expect(event.organizer).toEqual({ name: 'Riley Park', email: 'riley.park@example.com', organizer: true, response: 'accepted' });
    expect(event.user).toEqual({ name: 'Dana Reyes', email: 'dana@example.com' });
  });

  it('falls back to the chip with the same title when the popup carries no id', () => {
    const d = fixtureDocument('google-popup-manager-1on1.html');
    d.getElementById('xDetDlg')!.removeAttribute('data-eventid');
    expect(readGoogleEvent(d, WEEK)?.key).toBe('3k9v1q0t5m2h6r8c4p7n0s1d2f');
  });

  it('builds a key from title and start when no id is anywhere, hashed so it keeps neither', () => {
    const d = doc(`${ACCOUNT}<div role="dialog"><span id="rAECCd" role="heading">Ad hoc</span><div id="xDetDlgWhen"><div>Tuesday, November 24 ⋅ 4:00 – 4:30pm</div></div></div>`);
    const event = readGoogleEvent(d, WEEK)!;
    expect(event.key).toBe(privateKey('google', `ad hoc|${new Date(2026, 10, 24, 16).getTime()}`));
    expect(event.seriesKey).toBe(privateKey('google', 'ad hoc'));
    expect(event.guests).toEqual([]);
  });

  it('reads a hidden guest list as a count, and the organizer from the calendar line', () => {
    const d = doc(
      ACCOUNT +
        popup(`<span id="rAECCd" role="heading">Quarterly kickoff</span>
        <div id="xDetDlgWhen"><div>Tuesday, November 24 ⋅ 9:00 – 10:00am</div></div>
        <div id="xDetDlgAtt"><div><div>48 guests</div><div>30 yes, 18 awaiting</div></div><div>The guest list is hidden at the organizer's request</div></div>
        <div id="xDetDlgCal"><div>Dana Reyes</div><div>Organizer: Jordan Blake</div></div>`),
    );
    const event = readGoogleEvent(d, WEEK)!;
    expect(event.guests).toEqual([]);
    expect(event.guestCount).toBe(48);
    expect(event.organizer).toEqual({ name: 'Jordan Blake', organizer: true });
  });

  it('takes the user from the calendar id when the account button is missing', () => {
    const d = fixtureDocument('google-popup-report-recurring.html');
    d.querySelector('[aria-label^="Google Account"]')!.remove();
    const event = readGoogleEvent(d, WEEK)!;
    expect(event.user).toEqual({ name: 'Dana Reyes', email: 'dana@example.com' });
    expect(event.guests.find((guest) => guest.self)?.email).toBe('dana@example.com');
  });

  it('reads an all-day tick box on the edit page', () => {
    const d = fixtureDocument('google-eventedit-1on1.html');
    d.getElementById('xAlDaCh')!.setAttribute('checked', '');
    const url = new URL('https://calendar.google.com/calendar/u/0/r/eventedit/OGowbDJuNHA2cjh0MHYybDRuNmI4ZDBmMmggZGFuYUBleGFtcGxlLmNvbQ');
    const event = readGoogleEvent(d, url)!;
    expect(event.allDay).toBe(true);
    expect(localIso(event.start)).toBe('2026-11-26T00:00');
    expect(localIso(event.end)).toBe('2026-11-27T00:00');
  });

  it('reads a repeating event on the edit page from its recurrence control', () => {
    const d = fixtureDocument('google-eventedit-1on1.html');
    d.querySelector('[aria-label="Recurrence"] span')!.textContent = 'Weekly on Thursday';
    const url = new URL('https://calendar.google.com/calendar/u/0/r/eventedit/OGowbDJuNHA2cjh0MHYybDRuNmI4ZDBmMmggZGFuYUBleGFtcGxlLmNvbQ');
    expect(readGoogleEvent(d, url)?.recurring).toBe(true);
  });

  it('prefers an open popup over the page behind it', () => {
    const d = fixtureDocument('google-popup-manager-1on1.html');
    const url = new URL('https://calendar.google.com/calendar/u/0/r/eventedit/OGowbDJuNHA2cjh0MHYybDRuNmI4ZDBmMmggZGFuYUBleGFtcGxlLmNvbQ');
    expect(readGoogleEvent(d, url)?.title).toBe('1:1 Dana / Morgan');
    expect(findGoogleEventRoots(d, url).map((root) => root.kind)).toEqual(['popup', 'event-page']);
  });

  it('reads the recurrence rule under the date on the read-only page', () => {
    // An id without the instance suffix, so only the page text can say it repeats.
    const url = new URL(`https://calendar.google.com/calendar/u/0/r/eventedit/${encodeGoogleEventId('6h8j0l2n4p6r8t0v2l4n6b8d0f', 'dana@example.com')}`);
    const d = fixtureDocument('google-event-page-skip-level.html');
    expect(readGoogleEvent(d, url)?.recurring).toBe(true);
    d.querySelector('h1 + div > div + div')!.textContent = 'Google Meet';
    expect(readGoogleEvent(d, url)?.recurring).toBe(false);
  });

  it('finds the open popup without being told the URL', () => {
    const roots = findOpenEventRoots(fixtureDocument('google-popup-group.html'));
    expect(roots.map((root) => [root.site, root.kind])).toEqual([['google-calendar', 'popup']]);
  });

  it('uses the given "now" to place a date without a year', () => {
    const d = doc(`${ACCOUNT}<div role="dialog"><span id="rAECCd" role="heading">x</span><div id="xDetDlgWhen"><div>Monday, January 4 ⋅ 9:00 – 9:30am</div></div></div>`);
    const event = readGoogleEvent(d, new URL('https://calendar.google.com/calendar/u/0/r'), { now: new Date(2026, 11, 29).getTime() })!;
    expect(localIso(event.start)).toBe('2027-01-04T09:00');
  });
});

describe('isRecurrenceText', () => {
  it.each([
    ['Weekly on Tuesday', true],
    ['Every 2 weeks on Monday', true],
    ['Monthly on the fourth Friday', true],
    ['Daily', true],
    ['Every weekday (Monday to Friday)', true],
    ['Annually on November 24', true],
    ['Does not repeat', false],
    ['Google Meet', false],
    ['', false],
  ])('%s', (text, expected) => expect(isRecurrenceText(text)).toBe(expected));
});

describe('Google Calendar in other display languages', () => {
  it('reads the account button whatever its words', () => {
    for (const prefix of ['Google-Konto:', 'Compte Google :', 'Cuenta de Google:', 'Conta do Google:', 'Google アカウント:']) {
      const page = doc(`<a aria-label="${prefix} Dana Reyes&#10;(dana@example.com)" href="https://accounts.google.com/SignOutOptions?hl=de">DR</a>`);
      expect(readGoogleUser(page), prefix).toEqual({ name: 'Dana Reyes', email: 'dana@example.com' });
    }
  });

  it('tells a recurrence line from a "does not repeat" line', () => {
    for (const line of ['Wöchentlich am Mittwoch', 'Toutes les semaines le mercredi', 'Cada 2 semanas el lunes', 'Mensalmente na quarta sexta-feira', '毎週 水曜日', '毎週水曜日']) {
      expect(isRecurrenceText(line), line).toBe(true);
    }
    for (const line of ['Wird nicht wiederholt', 'Ne se répète pas', 'No se repite', 'Não se repete', '繰り返さない', 'Google Meet', 'Raum 4 (Kestrel)', 'a las once']) {
      expect(isRecurrenceText(line), line).toBe(false);
    }
  });

  it('reads the organizer and the guest count in German and Japanese', () => {
    const rows = (organizer: string) =>
      `<div role="tree"><div role="treeitem" data-email="morgan.chen@example.com" aria-label="Morgan Chen"><span class="SDqFWd"><span>Morgan Chen</span></span><div>${organizer}</div></div><div role="treeitem" data-email="dana@example.com" aria-label="Dana Reyes"><span class="SDqFWd"><span>Dana Reyes</span></span></div></div>`;
    for (const [organizer, header, count] of [
      ['Organisator', '9 Gäste', 9],
      ['主催者', 'ゲスト 9 人', 9],
      ['Organisateur', '9 invités', 9],
    ] as const) {
      const page = doc(
        ACCOUNT +
          popup(
            `<span id="rAECCd" role="heading" aria-level="1">Runde</span><div id="xDetDlgWhen"><div>Dienstag, 24. November · 10:00–10:30</div></div><div id="xDetDlgAtt"><div><div>${header}</div></div>${rows(organizer)}</div>`,
            ' data-chips-dialog="true"',
          ),
      );
      const event = readGoogleEvent(page, WEEK)!;
      expect(event.organizer?.name, organizer).toBe('Morgan Chen');
      expect(event.guestCount, header).toBe(count);
      expect(localIso(event.start)).toBe('2026-11-24T10:00');
    }
  });

  it('finds the full event page by its view family when the address does not say', () => {
    const page = new DOMParser().parseFromString(
      `<!doctype html><html lang="de"><body data-viewfamily="EVENT_EDIT"><div role="main"><input id="xTiIn" value="Jour fixe"></div></body></html>`,
      'text/html',
    );
    expect(findGoogleEventRoots(page, new URL('https://calendar.google.com/calendar/u/0/r'))[0]?.kind).toBe('edit-page');
    const week = new DOMParser().parseFromString(`<!doctype html><html><body data-viewfamily="EVENT"><div role="main"><input id="xTiIn" value="x"></div></body></html>`, 'text/html');
    expect(findGoogleEventRoots(week, new URL('https://calendar.google.com/calendar/u/0/r'))).toEqual([]);
  });
});
