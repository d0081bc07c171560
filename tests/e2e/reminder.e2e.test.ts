/**
 * The 1:1 reminder from switch to notification, in Firefox. Turning it on asks for `notifications` (Firefox holds
 * `alarms` from install, see wxt.config.ts); a 1:1 the calendar reported then rings as a notification with a tip.
 *
 * Firefox only (vitest.e2e.config.ts leaves the file out in Chromium): the pref
 * extensions.webextOptionalPermissionPrompts=false answers the permission prompt yes, as a person would. Chromium's
 * prompt is browser UI that no test driver can answer; there the planning and the notification's content are
 * covered by unit tests (tests/unit/calendar-ui/reminders.test.ts).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { callBackground, extensionPage, launchWithExtension, type ExtensionBrowser } from '../harness';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({
    firefoxPrefs: {
      'extensions.webextOptionalPermissionPrompts': false,
      // Headless Firefox has no system notification service and closes a notification as soon as it is made;
      // Firefox's own alert window keeps it on screen, so notifications.getAll() can see it.
      'alerts.useSystemBackend': false,
    },
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Names of the notifications Leadway has on screen, and whether it holds the two permissions. */
function notificationState(): Promise<unknown> {
  return browser.extensionScript(
    `(async () => {
      const api = globalThis.browser;
      const granted = await api.permissions.contains({ permissions: ['alarms', 'notifications'] });
      const shown = api.notifications ? Object.keys(await api.notifications.getAll()) : [];
      const alarms = (await api.alarms.getAll()).map((alarm) => alarm.name);
      return { granted, shown, alarms };
    })()`,
  );
}

test('switching reminders on asks for notifications; a 1:1 reported for later today rings with a tip', async () => {
  expect(await notificationState()).toEqual({ granted: false, shown: [], alarms: [] });

  const options = await browser.context.newPage();
  await options.goto(extensionPage(browser, 'options.html#reminder'));
  const toggle = options.getByLabel('Remind me before a 1:1');
  await toggle.waitFor();
  await options.bringToFront();
  await toggle.click();
  await expect.poll(() => toggle.isChecked()).toBe(true);
  expect(await notificationState()).toEqual({ granted: true, shown: [], alarms: [] });

  // Ring at the meeting's start (0 minutes before), seconds from now. Reminders are for meetings later today, so a
  // run in the last minute before midnight waits for the new day.
  const toMidnight = new Date().setHours(24, 0, 0, 0) - Date.now();
  if (toMidnight < 60_000) await new Promise((resolve) => setTimeout(resolve, toMidnight + 1_000));
  const settings = await callBackground<{ reminder: Record<string, unknown> }>(browser, 'getSettings');
  await callBackground(browser, 'saveSettings', { reminder: { ...settings.reminder, minutesBefore: 0 } });
  const start = Date.now() + 10_000;
  await callBackground(browser, 'noteOneOnOne', { key: 'e2e-soon', title: '1:1 soon', start, contexts: ['one-on-one-manager'] });
  expect(await notificationState()).toEqual({ granted: true, shown: [], alarms: ['leadway-reminder:e2e-soon'] });

  await expect.poll(async () => ((await notificationState()) as { shown: string[] }).shown, { timeout: 40_000, interval: 250 }).toEqual([
    'leadway-reminder:e2e-soon',
  ]);
  // Firefox logs its own services' errors too; the ones raised in Leadway's files count here.
  expect(browser.errors.filter((line) => line.includes(browser.extensionOrigin))).toEqual([]);
  await options.close();
}, 150_000);
