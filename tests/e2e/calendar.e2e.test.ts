/**
 * The 1:1 panel in real Chromium with the built extension, on the calendar fixtures served under the real
 * Google Calendar and Outlook URLs. The week-view fixtures carry the apps' behaviour that matters here: one popup
 * (or peek card) reused for every event, refilled when another chip or tile is clicked, without a page load.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CALENDAR_FIXTURES, CALENDAR_LANGUAGES, DEMO_PEOPLE, type CalendarFixture } from '../fixtures/calendar/index';
import { G_MANAGER_1ON1, G_REPORT_RECURRING, G_SPRINT_PLANNING, O_MANAGER_1ON1, O_REPORT_1ON1, O_SPRINT_PLANNING } from '../fixtures/calendar/data';
import { encodeGoogleEventId } from '../../utils/calendar/google-id';
import { CATALOGUE } from '../../utils/tips/catalogue';
import { BROWSER, callBackground, launchWithExtension, serveFixtures, type ExtensionBrowser } from '../harness';

/** Long enough for the content script to have read the page and asked the background (it takes ~200 ms). */
const SETTLE_MS = 1_500;

const fixture = (file: string): CalendarFixture => {
  const found = CALENDAR_FIXTURES.find((f) => f.file === file);
  if (!found) throw new Error(`no fixture ${file}`);
  return found;
};
/** Several fixtures stand for the same real URL (one week view, different popups open): tell them apart by query. */
const urlOf = (f: CalendarFixture): string => {
  const url = new URL(f.url);
  url.searchParams.set('leadway-fixture', f.file.replace(/\.html$/, ''));
  return url.toString();
};

const GOOGLE_MANAGER = fixture('google-popup-manager-1on1.html');
const GOOGLE_REPORT = fixture('google-popup-report-recurring.html');
const GOOGLE_GROUP = fixture('google-popup-group.html');
const GOOGLE_HOSTILE = fixture('google-popup-hostile.html');
const GOOGLE_SKIP_LEVEL = fixture('google-event-page-skip-level.html');
const GOOGLE_EDIT = fixture('google-eventedit-1on1.html');
const OUTLOOK_MANAGER = fixture('outlook-peek-manager-1on1.html');
const OUTLOOK_GROUP = fixture('outlook-peek-group.html');
const OUTLOOK_PANE_REPORT = fixture('outlook-event-report-1on1.html');
const NOT_ONE_ON_ONE = CALENDAR_FIXTURES.filter((f) => !f.expected.isOneOnOne);

/** The same views in the calendar's other display languages ("google-popup-manager-1on1.de.html"). */
type Language = (typeof CALENDAR_LANGUAGES)[number];
const OTHER_LANGUAGES = CALENDAR_LANGUAGES.filter((language) => language !== 'en');
const translated = (f: CalendarFixture, language: Language): CalendarFixture => fixture(f.file.replace(/\.html$/, `.${language}.html`));
const IN_EACH_LANGUAGE = (english: CalendarFixture): Array<readonly [Language, CalendarFixture]> => [
  ['en', english],
  ...OTHER_LANGUAGES.map((language) => [language, translated(english, language)] as const),
];

const googleChip = (eventId: string, calendarId: string) => `[data-eventchip][data-eventid="${encodeGoogleEventId(eventId, calendarId)}"]`;
const outlookTile = (itemId: string) => `[data-calitemid="${itemId}"] [role="button"]`;

let browser: ExtensionBrowser;
const dialogs: string[] = [];
const loadVisibleMs: number[] = [];
const switchVisibleMs: number[] = [];

async function open(f: CalendarFixture): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(urlOf(f));
  return page;
}

const panel = (page: Page) => page.locator('[data-leadway="one-on-one"]');

interface PanelFacts {
  key: string | null;
  relationship: string | null;
  title: string;
  tag: string;
  tipIds: string[];
  visibleAt: number;
}

async function panelFacts(page: Page): Promise<PanelFacts> {
  await panel(page).waitFor({ state: 'attached', timeout: 10_000 });
  return panel(page).evaluate((host) => {
    const root = host.shadowRoot!;
    return {
      key: host.getAttribute('data-event-key'),
      relationship: host.getAttribute('data-relationship'),
      title: root.querySelector('.lw-oo-title')?.textContent ?? '',
      tag: root.querySelector('.lw-oo-tag')?.textContent ?? '',
      tipIds: [...root.querySelectorAll('[data-tip-id]')].map((card) => card.getAttribute('data-tip-id')!),
      visibleAt: Number(host.getAttribute('data-visible-at')),
    };
  });
}

/** Click a chip or tile the way a person does, returning the page-clock time of the click. */
async function clickAt(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel) as HTMLElement | null;
    if (!target) throw new Error(`nothing matches ${sel}`);
    const at = performance.now();
    target.click();
    return at;
  }, selector);
}

async function inPanel(page: Page, selector: string): Promise<void> {
  await panel(page).locator(selector).first().click();
}

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context, Object.fromEntries(CALENDAR_FIXTURES.map((f) => [urlOf(f), `calendar/${f.file}`])));
  // So the tests can read back what "Prepare" copied.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://calendar.google.com' });
  const settings = await callBackground<{ dailyCaps: Record<string, number> }>(browser, 'getSettings');
  // This suite opens more 1:1s than a person would in a day: lift the daily cap so each one brings its tips.
  await callBackground(browser, 'saveSettings', { dailyCaps: { ...settings.dailyCaps, 'one-on-one': 1000 }, people: DEMO_PEOPLE });
});

afterAll(async () => {
  const summary = (name: string, values: number[]) => {
    if (values.length === 0) return;
    const sorted = [...values].sort((a, b) => a - b);
    console.log(`${name} median=${sorted[Math.floor(sorted.length / 2)]} min=${sorted[0]} max=${sorted.at(-1)} n=${sorted.length}`);
  };
  summary('oneOnOnePanelVisibleMs (from navigation start)', loadVisibleMs);
  summary('oneOnOnePanelSwitchMs (click on another event to new panel)', switchVisibleMs);
  await browser?.close();
});

describe('the 1:1 panel appears for 1:1s', () => {
  // The English views, then the same views in German, French, Spanish, Portuguese and Japanese.
  test.each(
    ([
      [GOOGLE_MANAGER, 'manager', 'Morgan Chen'],
      [GOOGLE_REPORT, 'report', 'Priya Nair'],
      [OUTLOOK_MANAGER, 'manager', 'Morgan Chen'],
      [OUTLOOK_PANE_REPORT, 'report', 'Priya Nair'],
    ] as const).flatMap(([english, relationship, name]) =>
      IN_EACH_LANGUAGE(english).map(([, f]) => [f, relationship, name] as const),
    ),
  )('$file', async (f, relationship, name) => {
    const page = await open(f);
    const facts = await panelFacts(page);
    expect(facts.key).toBe(f.expected.key);
    expect(facts.relationship).toBe(relationship);
    expect(facts.title).toBe(`1:1 with ${name}`);
    expect(facts.tipIds.length).toBeGreaterThanOrEqual(2);
    expect(facts.tipIds.length).toBeLessThanOrEqual(3);
    // Inside the event surface itself, so it moves and closes with it.
    const inside = await panel(page).evaluate((host) => !!host.closest('[role="dialog"], [data-app-section]'));
    expect(inside).toBe(true);
    loadVisibleMs.push(facts.visibleAt);
    await page.close();
  });

  test('the tips fit the relationship: each one is written for a 1:1 with a manager, or for anywhere', async () => {
    const page = await open(GOOGLE_MANAGER);
    const { tipIds } = await panelFacts(page);
    for (const id of tipIds) {
      const tip = CATALOGUE.find((t) => t.id === id);
      expect(tip, id).toBeDefined();
      expect(tip!.contexts.some((context) => context === 'one-on-one-manager' || context === 'anywhere'), id).toBe(true);
    }
    await page.close();
  });

  test('re-opening the same event shows the same tips (sticky per event per day)', async () => {
    const page = await open(GOOGLE_REPORT);
    const before = await panelFacts(page);
    await page.reload();
    const after = await panelFacts(page);
    expect(after.tipIds).toEqual(before.tipIds);
    await page.close();
  });
});

describe('no panel where there is no 1:1', () => {
  test.each(NOT_ONE_ON_ONE.map((f) => [f.file, f] as const))('%s', async (_file, f) => {
    const page = await open(f);
    await page.waitForTimeout(SETTLE_MS);
    expect(await panel(page).count()).toBe(0);
    await page.close();
  });
});

describe('opening another event without a page load', () => {
  test.each(IN_EACH_LANGUAGE(GOOGLE_GROUP))('Google Calendar (%s): the reused popup gets a new panel, and loses it for a group meeting', async (_language, group) => {
    const page = await open(group);
    await page.waitForTimeout(SETTLE_MS);
    expect(await panel(page).count()).toBe(0);

    let clickedAt = await clickAt(page, googleChip(G_MANAGER_1ON1.eventId, G_MANAGER_1ON1.calendarId));
    await expect.poll(async () => (await panelFacts(page)).key).toBe(GOOGLE_MANAGER.expected.key);
    let facts = await panelFacts(page);
    expect(facts.relationship).toBe('manager');
    switchVisibleMs.push(Math.round(facts.visibleAt - clickedAt));

    clickedAt = await clickAt(page, googleChip(G_REPORT_RECURRING.eventId, G_REPORT_RECURRING.calendarId));
    await expect.poll(async () => (await panelFacts(page)).key).toBe(GOOGLE_REPORT.expected.key);
    facts = await panelFacts(page);
    expect(facts.title).toBe('1:1 with Priya Nair');
    expect(facts.relationship).toBe('report');
    switchVisibleMs.push(Math.round(facts.visibleAt - clickedAt));
    // One panel only, however many events were opened.
    expect(await panel(page).count()).toBe(1);

    await clickAt(page, googleChip(G_SPRINT_PLANNING.eventId, G_SPRINT_PLANNING.calendarId));
    await expect.poll(() => panel(page).count()).toBe(0);

    // Closing the popup removes the panel with it; re-opening the 1:1 brings it back.
    await clickAt(page, googleChip(G_MANAGER_1ON1.eventId, G_MANAGER_1ON1.calendarId));
    await expect.poll(async () => (await panelFacts(page)).key).toBe(GOOGLE_MANAGER.expected.key);
    await page.locator('#xDetDlgCloseBu').click();
    await expect.poll(() => panel(page).count()).toBe(0);
    await page.close();
  });

  test.each(IN_EACH_LANGUAGE(OUTLOOK_GROUP))('Outlook (%s): the reused peek card follows the clicked tile', async (_language, group) => {
    const page = await open(group);
    await page.waitForTimeout(SETTLE_MS);
    expect(await panel(page).count()).toBe(0);

    let clickedAt = await clickAt(page, outlookTile(O_MANAGER_1ON1.itemId));
    await expect.poll(async () => (await panelFacts(page)).key).toBe(OUTLOOK_MANAGER.expected.key);
    let facts = await panelFacts(page);
    expect(facts.relationship).toBe('manager');
    switchVisibleMs.push(Math.round(facts.visibleAt - clickedAt));

    clickedAt = await clickAt(page, outlookTile(O_REPORT_1ON1.itemId));
    await expect.poll(async () => (await panelFacts(page)).key).toBe(O_REPORT_1ON1.itemId);
    facts = await panelFacts(page);
    // The peek card shows only counts: the name comes from the title ("Priya / Dana weekly 1:1").
    expect(facts.title).toBe('1:1 with Priya');
    expect(facts.relationship).toBe('report');
    switchVisibleMs.push(Math.round(facts.visibleAt - clickedAt));

    await clickAt(page, outlookTile(O_SPRINT_PLANNING.itemId));
    await expect.poll(() => panel(page).count()).toBe(0);
    await page.close();
  });
});

describe('full event pages in other languages', () => {
  // The English pages get these checks (and more) in "teaching Leadway who people are" below, which changes settings.
  test.each(OTHER_LANGUAGES.flatMap((language) => [translated(GOOGLE_SKIP_LEVEL, language), translated(GOOGLE_EDIT, language)]))(
    '$file: a panel for the 1:1, asking who the other person is',
    async (f) => {
      const page = await open(f);
      const facts = await panelFacts(page);
      expect(facts.key).toBe(f.expected.key);
      expect(facts.relationship).toBe('unknown');
      expect(facts.title).toBe(`1:1 with ${f.expected.counterpartName}`);
      expect(await panel(page).locator('.lw-oo-question').textContent()).toContain(`Who is ${f.expected.counterpartName} to you?`);
      await page.close();
    },
  );
});

describe('using the panel', () => {
  test('the header button collapses and expands the body, and is labelled for screen readers', async () => {
    const page = await open(GOOGLE_MANAGER);
    await panelFacts(page);
    const toggle = panel(page).locator('[data-action="toggle"]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel(page).locator('.lw-oo-body').isHidden()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    // Keys typed in the panel stay in the panel (no calendar shortcuts fire); the popup is still open.
    expect(await page.locator('#leadway-fixture-popup').isVisible()).toBe(true);
    // Except Escape, which still closes the popup as it would anywhere else in it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#leadway-fixture-popup').isVisible()).toBe(false);
    await expect.poll(() => panel(page).count()).toBe(0);
    await page.close();
  });

  test('Prepare copies a short agenda and says so', async () => {
    const page = await open(GOOGLE_MANAGER);
    await panelFacts(page);
    await inPanel(page, '[data-action="prepare"]');
    await expect.poll(() => panel(page).locator('[role="status"]').textContent()).toContain('Agenda copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('1:1 with Morgan Chen: 1:1 Dana / Morgan');
    expect(copied.split('\n').filter((line) => line.startsWith('- ')).length).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  test('a reaction is recorded for the 1:1 surface and the tip leaves the panel', async () => {
    const page = await open(OUTLOOK_MANAGER);
    const facts = await panelFacts(page);
    const tipId = facts.tipIds[0]!;
    await panel(page).locator(`[data-tip-id="${tipId}"] [data-action="never"]`).click();
    await expect.poll(async () => (await panelFacts(page)).tipIds).not.toContain(tipId);
    const history = await callBackground<Array<{ tipId: string; surface: string; contextKey: string }>>(browser, 'listHistory', { type: 'never' });
    expect(history).toContainEqual(expect.objectContaining({ tipId, surface: 'one-on-one' }));
    await page.close();
  });

  test('the popup learns what the tab shows (getPageContext)', async () => {
    const page = await open(GOOGLE_MANAGER);
    await panelFacts(page);
    const answers = await browser.serviceWorker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: unknown): Promise<unknown> } };
      };
      const tabs = await chrome.tabs.query({});
      const replies = await Promise.all(
        tabs.map((tab) =>
          tab.id === undefined
            ? undefined
            : chrome.tabs.sendMessage(tab.id, { id: 1, type: 'getPageContext', data: undefined, timestamp: Date.now() }).catch(() => undefined),
        ),
      );
      return replies.map((reply) => (reply as { res?: unknown } | undefined)?.res).filter(Boolean);
    });
    expect(answers).toContainEqual({
      surface: 'one-on-one',
      contexts: ['one-on-one-manager'],
      contextKey: GOOGLE_MANAGER.expected.key,
      label: '1:1 with your manager',
    });
    await page.close();
  });

  test('a 1:1 reported for the reminder is accepted while reminders are off and their permissions not granted', async () => {
    const start = Date.now() + 2 * 3_600_000;
    await callBackground(browser, 'noteOneOnOne', { key: 'e2e-later', title: '1:1 later', start, contexts: ['one-on-one-manager'] });
    await expect(callBackground(browser, 'noteOneOnOne', { key: '', start, contexts: [] })).rejects.toThrow(/needs a key/);
    // Chromium: without the optional permission the alarms API is not even there. Firefox cannot make `alarms`
    // optional, so it is there: reminders are off and `notifications` is not granted, so no alarm was set.
    const alarms = await browser.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { alarms?: { getAll(): Promise<Array<{ name: string }>> } } }).chrome.alarms;
      return api ? (await api.getAll()).map((alarm) => alarm.name) : 'no alarms API';
    });
    expect(alarms).toEqual(BROWSER === 'firefox' ? [] : 'no alarms API');
  });

  test('settings reach the open panel live: switching Google Calendar off and on', async () => {
    const page = await open(GOOGLE_MANAGER);
    await panelFacts(page);
    const sites = (await callBackground<{ sites: Record<string, { hints: boolean; toneCoach: boolean }> }>(browser, 'getSettings')).sites;
    await callBackground(browser, 'saveSettings', { sites: { ...sites, 'google-calendar': { ...sites['google-calendar']!, hints: false } } });
    await expect.poll(() => panel(page).count()).toBe(0);
    await callBackground(browser, 'saveSettings', { sites });
    await expect.poll(async () => (await panelFacts(page)).key).toBe(GOOGLE_MANAGER.expected.key);
    await page.close();
  });

  test('follows a dark calendar', async () => {
    const page = await open(GOOGLE_MANAGER);
    await panelFacts(page);
    expect(await panel(page).getAttribute('data-theme')).toBe('light');
    await page.evaluate(() => document.body.setAttribute('style', 'background: #1f1f1f; color: #e3e3e3'));
    await expect.poll(() => panel(page).getAttribute('data-theme')).toBe('dark');
    await page.close();
  });
});

// Before the tests that teach Leadway about Sam Okafor (same address as the hostile fixture's guest): here Sam is unknown.
describe('hostile names and titles', () => {
  test('stay text: no markup in the panel, no script runs', async () => {
    const page = await open(GOOGLE_HOSTILE);
    const facts = await panelFacts(page);
    expect(facts.key).toBe(GOOGLE_HOSTILE.expected.key);
    expect(facts.title).toBe(`1:1 with ${GOOGLE_HOSTILE.expected.counterpartName}`);
    const question = await panel(page).locator('.lw-oo-question').textContent();
    expect(question).toContain(`Who is ${GOOGLE_HOSTILE.expected.counterpartName} to you?`);
    // Prepare hands the hostile title to the clipboard as plain text.
    await inPanel(page, '[data-action="prepare"]');
    await expect.poll(() => panel(page).locator('[role="status"]').textContent()).toContain('Agenda copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(GOOGLE_HOSTILE.expected.title);
    const markup = await panel(page).evaluate((host) => host.shadowRoot!.querySelectorAll('img, script, svg, iframe, b, object, embed').length);
    expect(markup).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('teaching Leadway who people are', () => {
  test('a skip-level with someone unknown asks who they are; "Not a 1:1" removes the panel for the series', async () => {
    const page = await open(GOOGLE_SKIP_LEVEL);
    const facts = await panelFacts(page);
    expect(facts.relationship).toBe('unknown');
    expect(facts.title).toBe('1:1 with Jordan Blake');
    expect(await panel(page).locator('.lw-oo-question').textContent()).toContain('Who is Jordan Blake to you?');

    await inPanel(page, '[data-action="not-one-on-one"]');
    await expect.poll(() => panel(page).count()).toBe(0);
    const settings = await callBackground<{ notOneOnOne: string[] }>(browser, 'getSettings');
    expect(settings.notOneOnOne).toContain(GOOGLE_SKIP_LEVEL.expected.seriesKey);
    await page.reload();
    await page.waitForTimeout(SETTLE_MS);
    expect(await panel(page).count()).toBe(0);
    await page.close();
  });

  test('one click on a relationship for an unknown person is remembered across a reload', async () => {
    const page = await open(GOOGLE_EDIT);
    let facts = await panelFacts(page);
    expect(facts.relationship).toBe('unknown');
    expect(facts.title).toBe('1:1 with Sam Okafor');
    await inPanel(page, '.lw-oo-choice[data-relationship="peer"]');
    await expect.poll(() => panel(page).getAttribute('data-relationship')).toBe('peer');
    await expect.poll(() => panel(page).locator('[role="status"]').textContent()).toContain('Sam Okafor is a peer');
    expect(await panel(page).locator('.lw-oo-picker').count()).toBe(0);

    const people = (await callBackground<{ people: Array<{ name: string; email?: string; relationship: string }> }>(browser, 'getSettings')).people;
    expect(people).toContainEqual(expect.objectContaining({ name: 'Sam Okafor', email: 'sam.okafor@example.com', relationship: 'peer' }));
    expect(people).toHaveLength(DEMO_PEOPLE.length + 1);

    await page.reload();
    facts = await panelFacts(page);
    expect(facts.relationship).toBe('peer');
    expect(facts.tag).toBe('peer');
    await page.close();
  });
});
