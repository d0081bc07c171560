/**
 * The 1:1 surface as a calendar content script runs it (the page loop with the panel and the reminder notes) over
 * the real fixtures, with the real background handlers and store
 * behind a fake messaging layer (tests/unit/ui/fake-messaging.ts): what the panel shows, what it saves, and what
 * it sends to the background.
 */
import { waitFor } from '@testing-library/preact';
import { CALENDAR_FIXTURES, DEMO_PEOPLE, readCalendarFixture, type CalendarFixture } from '../../../fixtures/calendar';
import { isLeadwayNode } from '../../../../runtime/page/loop';
import { openCalendarTab, setPageUrl, type CalendarTab } from './calendar-tab';
import { readerFor } from '../../calendar/read-any-calendar';
import { createSettingsCache } from '../../../../runtime/page/settings-cache';
import type { TipRequest } from '../../../../utils/tips/select';
import { createTestBackend, settle, type TestBackend } from '../../ui/fake-messaging';

vi.mock('../../../../runtime/messaging', async (original) => (await import('../../ui/fake-messaging')).messagingModule(await original()));

const fixture = (file: string): CalendarFixture => CALENDAR_FIXTURES.find((f) => f.file === file)!;
const GOOGLE_MANAGER = fixture('google-popup-manager-1on1.html');
const GOOGLE_REPORT = fixture('google-popup-report-recurring.html');
const GOOGLE_GROUP = fixture('google-popup-group.html');
const GOOGLE_HOSTILE = fixture('google-popup-hostile.html');
const GOOGLE_EDIT = fixture('google-eventedit-1on1.html');
const OUTLOOK_PANE = fixture('outlook-event-report-1on1.html');

/** 8:00 on the morning of the manager 1:1 (10:00, Tuesday, November 24, 2026). */
const MORNING = new Date(2026, 10, 24, 8, 0).getTime();

let backend: TestBackend;
let surface: CalendarTab | undefined;
let copied: string[];
// One per test, like one per tab: the fake messaging layer allows one settingsChanged listener at a time.
let settingsCache: ReturnType<typeof createSettingsCache>;

/** Put a fixture's page in the test document, the way the served page looks to a content script. */
function show(f: CalendarFixture): void {
  const parsed = new DOMParser().parseFromString(readCalendarFixture(f.file), 'text/html');
  document.body.innerHTML = parsed.body.innerHTML;
  setPageUrl(f.url);
}

async function start(f: CalendarFixture): Promise<CalendarTab> {
  show(f);
  surface = openCalendarTab({
    reader: readerFor(new URL(f.url))!,
    now: () => backend.now,
    settings: settingsCache,
    copyText: async (text) => {
      copied.push(text);
    },
  });
  await surface.evaluate();
  await settle();
  return surface;
}

const host = () => document.querySelector<HTMLElement>('[data-leadway="one-on-one"]');
const shadow = () => host()!.shadowRoot!;
const tipIds = () => [...shadow().querySelectorAll('[data-tip-id]')].map((el) => el.getAttribute('data-tip-id'));
const sentOf = (type: string) => backend.sent.filter((message) => message.type === type);
const click = (selector: string) => shadow().querySelector<HTMLElement>(selector)!.click();

beforeEach(async () => {
  backend = createTestBackend(MORNING);
  copied = [];
  settingsCache = createSettingsCache();
  await backend.store.saveSettings({ people: DEMO_PEOPLE });
});

afterEach(() => {
  surface?.close();
  surface = undefined;
  document.body.innerHTML = '';
});

describe('showing the panel', () => {
  test('a 1:1 with the manager: the panel sits in the popup, keyed by event, with tips for managing up', async () => {
    await start(GOOGLE_MANAGER);
    const element = host();
    expect(element).not.toBeNull();
    expect(element!.closest('[role="dialog"]')).not.toBeNull();
    expect(element!.getAttribute('data-event-key')).toBe(GOOGLE_MANAGER.expected.key);
    expect(element!.getAttribute('data-relationship')).toBe('manager');
    expect(element!.getAttribute('data-site')).toBe('google-calendar');
    expect(element!.getAttribute('data-root-kind')).toBe('popup');
    expect(element!.getAttribute('data-theme')).toBe('light');
    expect(Number(element!.getAttribute('data-visible-at'))).toBeGreaterThanOrEqual(0);
    expect(shadow().querySelector('.lw-oo-title')!.textContent).toBe('1:1 with Morgan Chen');

    const [request] = sentOf('getTips').map((message) => message.data as TipRequest);
    expect(request).toEqual({
      surface: 'one-on-one',
      contexts: ['one-on-one-manager'],
      contextKey: `${GOOGLE_MANAGER.expected.key}|manager`,
      count: 3,
    });
    expect(tipIds()).toHaveLength(3);
    // The background recorded what it showed, for this surface and event.
    const history = await backend.store.listHistory({ type: 'shown' });
    expect(history.map((event) => event.surface)).toEqual(['one-on-one', 'one-on-one', 'one-on-one']);
  });

  test('looking again at the same event costs no message and keeps the same panel', async () => {
    await start(GOOGLE_MANAGER);
    const first = host();
    for (let i = 0; i < 3; i++) await surface!.evaluate();
    expect(sentOf('getTips')).toHaveLength(1);
    expect(host()).toBe(first);
  });

  test('no panel for a group meeting, and none when the site is switched off', async () => {
    await start(GOOGLE_GROUP);
    expect(host()).toBeNull();
    expect(sentOf('getTips')).toHaveLength(0);
    // A page without a 1:1 never loads the panel's script.
    expect(surface!.loads).toBe(0);

    show(GOOGLE_MANAGER);
    await surface!.evaluate();
    expect(host()).not.toBeNull();
    expect(surface!.loads).toBe(1);

    const settings = await backend.store.getSettings();
    await backend.handlers.saveSettings({ sites: { ...settings.sites, 'google-calendar': { hints: false, toneCoach: false } } });
    await waitFor(() => expect(host()).toBeNull());
  });

  test('people and "not a 1:1" changed elsewhere (the options page) reach the open panel live', async () => {
    await start(GOOGLE_MANAGER);
    await backend.handlers.saveSettings({ people: [] });
    await waitFor(() => expect(host()!.getAttribute('data-relationship')).toBe('unknown'));
    expect(shadow().querySelector('.lw-oo-picker')).not.toBeNull();
    await backend.handlers.saveSettings({ people: [{ id: 'p1', name: 'Morgan Chen', relationship: 'mentor' }] });
    await waitFor(() => expect(host()!.getAttribute('data-relationship')).toBe('mentor'));
    await backend.handlers.saveSettings({ notOneOnOne: [GOOGLE_MANAGER.expected.seriesKey!] });
    await waitFor(() => expect(host()).toBeNull());
  });

  test('opening another event replaces the content; closing the popup removes the panel', async () => {
    await start(GOOGLE_MANAGER);
    show(GOOGLE_REPORT);
    await surface!.evaluate();
    expect(document.querySelectorAll('[data-leadway="one-on-one"]')).toHaveLength(1);
    expect(host()!.getAttribute('data-event-key')).toBe(GOOGLE_REPORT.expected.key);
    expect(host()!.getAttribute('data-relationship')).toBe('report');
    expect(shadow().querySelector('.lw-oo-title')!.textContent).toBe('1:1 with Priya Nair');

    document.querySelector('[role="dialog"]')!.setAttribute('hidden', '');
    await surface!.evaluate();
    expect(host()).toBeNull();
    // The panel's script came once for the tab, not once per event.
    expect(surface!.loads).toBe(1);
  });

  test('the full Outlook event gets the panel too, as a card in the reading pane', async () => {
    await start(OUTLOOK_PANE);
    expect(host()!.getAttribute('data-site')).toBe('outlook');
    expect(host()!.getAttribute('data-root-kind')).toBe('reading-pane');
    expect(host()!.closest('[data-app-section="ReadingPane"]')).not.toBeNull();
    expect(host()!.getAttribute('data-relationship')).toBe('report');
  });

  test('quiet hours: no panel at all', async () => {
    await backend.store.saveSettings({ quietHours: { enabled: true, start: '07:00', end: '09:00' } });
    await start(GOOGLE_MANAGER);
    expect(host()).toBeNull();
    // And it does not ask again on every page change.
    await surface!.evaluate();
    expect(sentOf('getTips')).toHaveLength(1);
  });

  test('the background being unavailable still leaves a useful panel', async () => {
    backend.failures.getTips = 'Could not establish connection';
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    await start(GOOGLE_MANAGER);
    expect(host()).not.toBeNull();
    expect(tipIds()).toHaveLength(0);
    expect(shadow().textContent).toContain('Tips are unavailable right now');
    expect(debug).toHaveBeenCalled(); // quietly, for people who look; never thrown into the page
  });
});

describe('what the user can do', () => {
  test('a reaction is recorded against the 1:1 surface and the event', async () => {
    await start(GOOGLE_MANAGER);
    const tipId = tipIds()[0]!;
    click(`[data-tip-id="${tipId}"] [data-action="helpful"]`);
    await settle();
    expect(sentOf('recordEvent').map((message) => message.data)).toEqual([
      expect.objectContaining({ type: 'helpful', tipId, surface: 'one-on-one', contextKey: `${GOOGLE_MANAGER.expected.key}|manager` }),
    ]);
  });

  test('Prepare copies an agenda for this meeting and relationship', async () => {
    await start(GOOGLE_MANAGER);
    click('[data-action="prepare"]');
    await settle();
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^1:1 with Morgan Chen: 1:1 Dana \/ Morgan \(/);
    expect(copied[0]).toContain('What should your manager hear from you');
  });

  test('telling Leadway who an unknown person is saves them and brings tips for that relationship', async () => {
    await start(GOOGLE_EDIT);
    expect(host()!.getAttribute('data-relationship')).toBe('unknown');
    expect(sentOf('getTips')[0]!.data).toMatchObject({ contexts: ['one-on-one'], contextKey: GOOGLE_EDIT.expected.key });

    click('.lw-oo-choice[data-relationship="mentee"]');
    await waitFor(() => expect(host()!.getAttribute('data-relationship')).toBe('mentee'));
    const people = (await backend.store.getSettings()).people;
    expect(people).toHaveLength(DEMO_PEOPLE.length + 1);
    expect(people.at(-1)).toMatchObject({ name: 'Sam Okafor', email: 'sam.okafor@example.com', relationship: 'mentee' });
    expect(people.at(-1)!.id).toMatch(/^person-[a-z0-9]+$/);
    expect(sentOf('getTips').at(-1)!.data).toMatchObject({
      contexts: ['one-on-one-mentee'],
      contextKey: `${GOOGLE_EDIT.expected.key}|mentee`,
    });
    expect(shadow().querySelector('.lw-oo-picker')).toBeNull();
    expect(shadow().querySelector('.lw-oo-tag')!.textContent).toBe('you mentor them');

    // Another surface over the same store (a reload) already knows Sam.
    surface!.close();
    await start(GOOGLE_EDIT);
    expect(host()!.getAttribute('data-relationship')).toBe('mentee');
  });

  test('"Not a 1:1" remembers the series and removes the panel for good', async () => {
    await start(GOOGLE_REPORT);
    click('[data-action="not-one-on-one"]');
    await waitFor(() => expect(host()).toBeNull());
    expect((await backend.store.getSettings()).notOneOnOne).toEqual([GOOGLE_REPORT.expected.seriesKey]);
    await surface!.evaluate();
    expect(host()).toBeNull();
    expect(surface!.describe()).toBeNull();
  });

  test('keys stay inside the panel, except Escape, which reaches the popup so it can close', async () => {
    await start(GOOGLE_MANAGER);
    const dialog = document.querySelector('[role="dialog"]')!;
    const heard: string[] = [];
    dialog.addEventListener('keydown', (event) => heard.push((event as KeyboardEvent).key));
    const toggle = shadow().querySelector<HTMLElement>('[data-action="toggle"]')!;
    toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', bubbles: true, composed: true }));
    toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(heard).toEqual(['Escape']);
  });

  test('hostile names and titles stay text', async () => {
    await start(GOOGLE_HOSTILE);
    expect(host()!.getAttribute('data-event-key')).toBe(GOOGLE_HOSTILE.expected.key);
    expect(shadow().querySelectorAll('img, script, svg, b, iframe')).toHaveLength(0);
    expect(shadow().querySelector('.lw-oo-title')!.textContent).toBe(`1:1 with ${GOOGLE_HOSTILE.expected.counterpartName}`);
    click('[data-action="prepare"]');
    await settle();
    expect(copied[0]).toContain(GOOGLE_HOSTILE.expected.title);
  });
});

describe('talking to the background', () => {
  test('a 1:1 later today is reported once for the reminder', async () => {
    await start(GOOGLE_MANAGER);
    await surface!.evaluate();
    await surface!.evaluate();
    const notes = sentOf('noteOneOnOne').map((message) => message.data);
    expect(notes).toEqual([
      {
        key: GOOGLE_MANAGER.expected.key,
        title: GOOGLE_MANAGER.expected.title,
        start: new Date(2026, 10, 24, 10, 0).getTime(),
        contexts: ['one-on-one-manager'],
      },
    ]);
  });

  test('a 1:1 on another day, or one already started, is not reported', async () => {
    await start(GOOGLE_REPORT); // Wednesday; today is Tuesday
    expect(sentOf('noteOneOnOne')).toHaveLength(0);
    surface!.close();
    backend.now = new Date(2026, 10, 24, 10, 5).getTime();
    await start(GOOGLE_MANAGER);
    expect(host()).not.toBeNull();
    expect(sentOf('noteOneOnOne')).toHaveLength(0);
  });

  test('the popup hears what the tab shows', async () => {
    await start(GOOGLE_MANAGER);
    expect(surface!.describe()).toEqual({
      surface: 'one-on-one',
      contexts: ['one-on-one-manager'],
      contextKey: GOOGLE_MANAGER.expected.key,
      label: '1:1 with your manager',
    });
    show(GOOGLE_GROUP);
    expect(surface!.describe()).toBeNull();
  });

  test('the observer filter: our own host is not a page change', async () => {
    await start(GOOGLE_MANAGER);
    expect(isLeadwayNode(host()!)).toBe(true);
    expect(isLeadwayNode(document.querySelector('#xDetDlg')!)).toBe(false);
  });
});
