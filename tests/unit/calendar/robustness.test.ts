/** Readers run inside other people's pages: whatever the DOM looks like, they must not throw. */
import { CALENDAR_FIXTURES, readCalendarFixture } from '../../fixtures/calendar';
import { findOpenEventRoots, readCalendarEvent } from './read-any-calendar';
import { classifyOneOnOne } from '../../../utils/calendar/classify';
import { findCounterpart, personKey, relationshipFor } from '../../../utils/calendar/counterpart';
import { parseEventTime } from '../../../utils/calendar/time';
import { decodeGoogleEventId } from '../../../utils/calendar/google-id';
import { parseOutlookItemLabel } from '../../../utils/calendar/outlook-label';
import { namesFromTitle, readTitle } from '../../../utils/calendar/title-patterns';
import { readPersonLabel } from '../../../utils/calendar/attendees';
import { normaliseName } from '../../../utils/calendar/text';
import type { CalendarEvent } from '../../../utils/calendar/types';
import { DEMO_PEOPLE } from '../../fixtures/calendar';
import { fixtureDocument, seededRandom } from './helpers';

const URLS = [...new Set(CALENDAR_FIXTURES.map((fixture) => fixture.url))].map((url) => new URL(url));

/** Everything a content script would do with a page, in one call that must not throw. */
function useEverything(doc: Document, url: URL): CalendarEvent | undefined {
  const roots = findOpenEventRoots(doc, url);
  expect(Array.isArray(roots)).toBe(true);
  const event = readCalendarEvent(doc, url);
  if (event) {
    expect(typeof event.title).toBe('string');
    expect(typeof event.key).toBe('string');
    expect(typeof event.seriesKey).toBe('string');
    expect(Array.isArray(event.guests)).toBe(true);
    const verdict = classifyOneOnOne(event, { notOneOnOne: ['x'] });
    expect(verdict.confidence).toBeGreaterThanOrEqual(0);
    expect(verdict.confidence).toBeLessThanOrEqual(1);
    const counterpart = findCounterpart(event);
    relationshipFor(counterpart, DEMO_PEOPLE);
    personKey(counterpart);
  }
  return event;
}

describe('empty and odd documents', () => {
  it('read nothing from an empty document', () => {
    const empty = document.implementation.createHTMLDocument('');
    const blank = new DOMParser().parseFromString('', 'text/html');
    for (const doc of [empty, blank]) {
      for (const url of URLS) {
        expect(useEverything(doc, url)).toBeUndefined();
        expect(findOpenEventRoots(doc, url)).toEqual([]);
      }
    }
  });

  it('read nothing on pages that are not calendars', () => {
    const doc = fixtureDocument('google-popup-manager-1on1.html');
    for (const url of ['https://github.com/acme/widget/pull/1', 'https://mail.google.com/mail/u/0/', 'https://outlook.office.com/mail/inbox']) {
      expect(readCalendarEvent(doc, new URL(url))).toBeUndefined();
      expect(findOpenEventRoots(doc, new URL(url))).toEqual([]);
    }
  });

  it('survive a document whose queries throw', () => {
    const real = fixtureDocument('outlook-peek-manager-1on1.html');
    const hostile = new Proxy(real, {
      get(target, property) {
        if (property === 'querySelector' || property === 'querySelectorAll' || property === 'getElementById') {
          return () => {
            throw new Error('boom');
          };
        }
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    for (const url of URLS) {
      expect(() => useEverything(hostile, url)).not.toThrow();
      expect(readCalendarEvent(hostile, url)).toBeUndefined();
    }
  });

  it('survive garbage markup', () => {
    const junk = '<div role="dialog"><div id="xDetDlg" data-eventid="%%%"><span id="rAECCd" role="heading"></span><div id="xDetDlgWhen"><div>99:99 – ??</div></div><div role="treeitem" data-email=""></div></div></div><div data-app-section="CalendarItemPeek"><div role="heading">x</div><div aria-label="Attendees">-1 attendees</div></div><div data-calitemid="" ><div aria-label=", to , , By , Busy"></div></div>';
    const doc = new DOMParser().parseFromString(junk, 'text/html');
    for (const url of URLS) expect(() => useEverything(doc, url)).not.toThrow();
  });
});

// Every English view, and in each other language the two views whose readers take the most language paths (a
// Google popup and an Outlook peek card): damaging all sixty pages would only repeat the same code at length.
const DAMAGED = CALENDAR_FIXTURES.filter((fixture) => fixture.language === 'en' || /^(google-popup|outlook-peek)-manager-1on1\./.test(fixture.file));

describe.each(DAMAGED)('$file with random damage', (fixture) => {
  const url = new URL(fixture.url);
  const html = readCalendarFixture(fixture.file);

  // Parsing a page forty times takes seconds on a busy machine; the reads themselves take a few milliseconds.
  it('never throws when elements are removed', { timeout: 30_000 }, () => {
    const random = seededRandom(fixture.file.length * 7919);
    for (let round = 0; round < 40; round++) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const removals = 1 + Math.floor(random() * 25);
      for (let i = 0; i < removals; i++) {
        const all = Array.from(doc.body?.querySelectorAll('*') ?? []);
        if (all.length === 0) break;
        all[Math.floor(random() * all.length)]!.remove();
      }
      expect(() => useEverything(doc, url)).not.toThrow();
    }
  });

  it('never throws when attributes and text are scrambled', { timeout: 30_000 }, () => {
    const random = seededRandom(fixture.file.length * 104729);
    const garbage = ['', ' ', '"><img>', '\u0000', 'x'.repeat(5000), '1:1', 'Organizer', ', , ,', '12/45/2026 25:99 PM', '\ud800', 'NaN'];
    for (let round = 0; round < 25; round++) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const all = Array.from(doc.body?.querySelectorAll('*') ?? []);
      for (let i = 0; i < 30; i++) {
        const element = all[Math.floor(random() * all.length)]!;
        const pick = garbage[Math.floor(random() * garbage.length)]!;
        const attributes = Array.from(element.attributes);
        const attribute = attributes[Math.floor(random() * attributes.length)];
        if (attribute && random() < 0.5) element.removeAttribute(attribute.name);
        else if (attribute) element.setAttribute(attribute.name, pick);
        else element.textContent = pick;
        if (random() < 0.2) element.textContent = pick;
      }
      expect(() => useEverything(doc, url)).not.toThrow();
    }
  });
});

describe('pure functions on random input', () => {
  // 14,000 calls, with the title tables of six languages: seconds on a busy machine.
  it('never throw', { timeout: 30_000 }, () => {
    const random = seededRandom(42);
    const alphabet = 'aAzZ019 :/-–⋅,.<>xX+&|()[]@#_\u00a0\u202fé漢🙂\n';
    for (let round = 0; round < 2000; round++) {
      const length = Math.floor(random() * 60);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(() => {
        parseEventTime(text, { reference: 0 });
        decodeGoogleEventId(text);
        parseOutlookItemLabel(text);
        readTitle(text);
        namesFromTitle(text);
        readPersonLabel(text);
        normaliseName(text);
      }).not.toThrow();
    }
  });

  it('stay fast on long hostile input', () => {
    const inputs = [
      '1 '.repeat(20000),
      'A / '.repeat(5000),
      ', '.repeat(20000) + '10:00 AM to',
      'November '.repeat(5000),
      `${'x, '.repeat(5000)}10:00 AM to 10:30 AM, Tuesday, November 24, 2026, By ${'Chen, '.repeat(2000)}Busy`,
      '1:1'.repeat(10000),
      'a'.repeat(50000) + '@',
    ];
    const started = performance.now();
    for (const text of inputs) {
      parseEventTime(text, { reference: 0 });
      parseOutlookItemLabel(text);
      readTitle(text);
      readPersonLabel(text);
      decodeGoogleEventId(text);
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
