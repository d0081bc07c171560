import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createReminders,
  REMINDER_ALARM_PREFIX,
  REMINDER_ICON,
  reminderTimes,
  STALE_ALARM_MS,
  validMeeting,
  type ReminderApi,
  type SeenMeeting,
} from '../../../../runtime/background/reminders';
import { createHandlers } from '../../../../runtime/background/handlers';
import { LeadwayStore } from '../../../../utils/storage/store';
import { openLeadwayDb } from '../../../../utils/storage/open';
import { seededRandom } from '../../../../utils/random';
import { defaultSettings, type Settings } from '../../../../utils/settings';
import { CATALOGUE } from '../../../../utils/tips/catalogue';
import type { Tip } from '../../../../utils/tips/types';

const MINUTE = 60_000;
/** 8:00 on a Tuesday, local time. */
const NOW = new Date(2026, 10, 24, 8, 0).getTime();
const at = (hours: number, minutes = 0, day = 24) => new Date(2026, 10, day, hours, minutes).getTime();

const meeting = (key: string, start: number, extra: Partial<SeenMeeting> = {}): SeenMeeting => ({
  key,
  title: `1:1 ${key}`,
  start,
  contexts: ['one-on-one-manager'],
  ...extra,
});

function settingsWith(reminder: Partial<Settings['reminder']>): Settings {
  const settings = defaultSettings();
  return { ...settings, reminder: { ...settings.reminder, ...reminder } };
}

describe('reminderTimes', () => {
  const on = settingsWith({ enabled: true, minutesBefore: 10 });

  test('rings minutesBefore each 1:1 later today, soonest first', () => {
    const meetings = [meeting('b', at(14)), meeting('a', at(10))];
    expect(reminderTimes(meetings, on, NOW)).toEqual([
      { key: 'a', when: at(9, 50) },
      { key: 'b', when: at(13, 50) },
    ]);
  });

  test('nothing when reminders are off', () => {
    expect(reminderTimes([meeting('a', at(10))], settingsWith({ enabled: false }), NOW)).toEqual([]);
  });

  test('skips meetings already started, on another day, or too close to remind before', () => {
    const meetings = [
      meeting('started', at(7, 30)),
      meeting('tomorrow', at(10, 0, 25)),
      meeting('yesterday', at(10, 0, 23)),
      meeting('in five minutes', at(8, 5)),
      meeting('broken', Number.NaN),
    ];
    expect(reminderTimes(meetings, on, NOW)).toEqual([]);
  });

  test('zero minutes before rings at the start', () => {
    expect(reminderTimes([meeting('a', at(8, 5))], settingsWith({ enabled: true, minutesBefore: 0 }), NOW)).toEqual([{ key: 'a', when: at(8, 5) }]);
  });
});

describe('validMeeting', () => {
  test('accepts a well-formed report and trims what it does not need', () => {
    expect(validMeeting({ key: 'k', title: 'x'.repeat(1000), start: 5, contexts: ['one-on-one-report', 'nonsense'] })).toEqual({
      key: 'k',
      title: 'x'.repeat(300),
      start: 5,
      contexts: ['one-on-one-report'],
    });
    expect(validMeeting({ key: 'k', start: 5, contexts: [] })).toEqual({ key: 'k', title: '', start: 5, contexts: ['one-on-one'] });
  });

  test('rejects what is not a meeting', () => {
    for (const value of [null, 'x', { key: '', start: 1, contexts: [] }, { key: 'k', start: 'soon', contexts: [] }, { key: 'k', start: 1 }, { key: 'k'.repeat(2000), start: 1, contexts: [] }]) {
      expect(validMeeting(value)).toBeUndefined();
    }
  });
});

describe('createReminders with the fake browser', () => {
  let now: number;
  let settings: Settings;
  let granted: boolean;
  let pickTip: ReturnType<typeof vi.fn<(m: SeenMeeting) => Promise<Tip | undefined>>>;
  const tip = CATALOGUE.find((t) => t.contexts.includes('one-on-one-manager'))!;

  const api = () => fakeBrowser as unknown as ReminderApi;
  const make = () =>
    createReminders({
      api: api(),
      getSettings: async () => settings,
      pickTip,
      now: () => now,
      iconUrl: REMINDER_ICON,
      formatTime: (ms) => new Date(ms).toTimeString().slice(0, 5),
    });

  beforeEach(() => {
    now = NOW;
    settings = settingsWith({ enabled: true, minutesBefore: 10 });
    granted = true;
    pickTip = vi.fn(async () => tip);
    // The fake browser does not implement permissions; reminders need both optional ones granted.
    fakeBrowser.permissions.contains = vi.fn(async (request: { permissions?: string[] }) => {
      expect(request.permissions).toEqual(['alarms', 'notifications']);
      return granted;
    }) as never;
  });

  const alarms = async () => (await fakeBrowser.alarms.getAll()).map((alarm) => ({ name: alarm.name, when: alarm.scheduledTime }));

  test('a 1:1 seen today sets an alarm minutesBefore its start, and is kept in session storage', async () => {
    const reminders = make();
    await reminders.meetingSeen(meeting('evt-1', at(10)));
    expect(await alarms()).toEqual([{ name: `${REMINDER_ALARM_PREFIX}evt-1`, when: at(9, 50) }]);
    const stored = await fakeBrowser.storage.session.get('leadway.reminders.meetings');
    expect(stored['leadway.reminders.meetings']).toEqual([meeting('evt-1', at(10))]);
  });

  test('no alarm while reminders are off, or without the permission', async () => {
    settings = settingsWith({ enabled: false });
    const reminders = make();
    await reminders.meetingSeen(meeting('evt-1', at(10)));
    expect(await alarms()).toEqual([]);

    settings = settingsWith({ enabled: true });
    granted = false;
    await reminders.replan();
    expect(await alarms()).toEqual([]);

    // The user grants it: re-planning after the settings change sets the alarm for the meeting already seen.
    granted = true;
    await reminders.replan(settings);
    expect(await alarms()).toEqual([{ name: `${REMINDER_ALARM_PREFIX}evt-1`, when: at(9, 50) }]);
  });

  test('turning reminders off clears the alarms; changing the lead time moves them', async () => {
    const reminders = make();
    await reminders.meetingSeen(meeting('evt-1', at(10)));
    await reminders.meetingSeen(meeting('evt-2', at(15)));
    await reminders.replan(settingsWith({ enabled: true, minutesBefore: 30 }));
    expect(await alarms()).toEqual(
      expect.arrayContaining([
        { name: `${REMINDER_ALARM_PREFIX}evt-1`, when: at(9, 30) },
        { name: `${REMINDER_ALARM_PREFIX}evt-2`, when: at(14, 30) },
      ]),
    );
    await reminders.replan(settingsWith({ enabled: false }));
    expect(await alarms()).toEqual([]);
  });

  test('alarms that are not ours are left alone', async () => {
    await fakeBrowser.alarms.create('someone-else', { when: at(12) });
    settings = settingsWith({ enabled: false });
    await make().replan();
    expect((await alarms()).map((alarm) => alarm.name)).toEqual(['someone-else']);
  });

  test('when the alarm rings, one tip for that 1:1 becomes a notification', async () => {
    const reminders = make();
    reminders.listen();
    await reminders.meetingSeen(meeting('evt-1', at(10), { title: 'Morgan / Dana 1:1' }));
    now = at(9, 50);
    await reminders.onAlarm({ name: `${REMINDER_ALARM_PREFIX}evt-1`, scheduledTime: at(9, 50) });
    expect(pickTip).toHaveBeenCalledWith(meeting('evt-1', at(10), { title: 'Morgan / Dana 1:1' }));
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown).toEqual({
      [`${REMINDER_ALARM_PREFIX}evt-1`]: {
        type: 'basic',
        iconUrl: REMINDER_ICON,
        title: tip.title,
        message: tip.body,
        contextMessage: 'Before “Morgan / Dana 1:1” at 10:00',
        priority: 1,
      },
    });
  });

  test('the listener registered at startup hears the alarm (fakeBrowser trigger)', async () => {
    const reminders = make();
    reminders.listen();
    reminders.listen(); // once only, however often it is called
    await reminders.meetingSeen(meeting('evt-1', at(10)));
    now = at(9, 50);
    await fakeBrowser.alarms.onAlarm.trigger({ name: `${REMINDER_ALARM_PREFIX}evt-1`, scheduledTime: at(9, 50) });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([`${REMINDER_ALARM_PREFIX}evt-1`]));
    expect(pickTip).toHaveBeenCalledTimes(1);
  });

  test('no notification for a late alarm, without a tip, when turned off since, or for another alarm', async () => {
    const reminders = make();
    await reminders.meetingSeen(meeting('evt-1', at(10)));
    now = at(9, 50) + STALE_ALARM_MS + 1;
    await reminders.onAlarm({ name: `${REMINDER_ALARM_PREFIX}evt-1`, scheduledTime: at(9, 50) });
    now = at(9, 50);
    pickTip.mockResolvedValueOnce(undefined);
    await reminders.onAlarm({ name: `${REMINDER_ALARM_PREFIX}evt-1`, scheduledTime: at(9, 50) });
    settings = settingsWith({ enabled: false });
    await reminders.onAlarm({ name: `${REMINDER_ALARM_PREFIX}evt-1`, scheduledTime: at(9, 50) });
    settings = settingsWith({ enabled: true });
    await reminders.onAlarm({ name: 'someone-else', scheduledTime: at(9, 50) });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  test('a restarted service worker finds today’s meetings in session storage', async () => {
    await make().meetingSeen(meeting('evt-1', at(10), { title: 'Priya / Dana weekly 1:1', contexts: ['one-on-one-report'] }));
    const restarted = make();
    now = at(9, 50);
    await restarted.onAlarm({ name: `${REMINDER_ALARM_PREFIX}evt-1`, scheduledTime: at(9, 50) });
    expect(pickTip).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Priya / Dana weekly 1:1', contexts: ['one-on-one-report'] }));
  });

  test('with the list lost (browser restart), the alarm still reminds, generically', async () => {
    const reminders = make();
    now = at(9, 50);
    await reminders.onAlarm({ name: `${REMINDER_ALARM_PREFIX}evt-9`, scheduledTime: at(9, 50) });
    expect(pickTip).toHaveBeenCalledWith({ key: 'evt-9', title: '', start: at(10), contexts: ['one-on-one'] });
    const shown = await fakeBrowser.notifications.getAll();
    expect((shown[`${REMINDER_ALARM_PREFIX}evt-9`] as { contextMessage: string }).contextMessage).toBe('Before your 1:1 at 10:00');
  });

  test('yesterday’s meetings are dropped from the list', async () => {
    const reminders = make();
    await reminders.meetingSeen(meeting('evt-1', at(10)));
    now = at(8, 0, 25);
    await reminders.replan();
    expect(await reminders.meetings()).toEqual([]);
  });

  test('bad reports from a page are refused', async () => {
    await expect(make().meetingSeen({ key: '', title: 'x', start: 1, contexts: [] })).rejects.toThrow(/needs a key/);
  });

  test('without the alarms API (permission never granted) sightings are kept and nothing throws', async () => {
    const { alarms: _alarms, notifications: _notifications, ...rest } = fakeBrowser;
    const reminders = createReminders({ api: rest as unknown as ReminderApi, getSettings: async () => settings, pickTip, now: () => now, iconUrl: REMINDER_ICON });
    reminders.listen();
    await reminders.meetingSeen(meeting('evt-1', at(10)));
    expect(await reminders.meetings()).toHaveLength(1);
  });
});

describe('wiring: noteOneOnOne through the background handlers', () => {
  test('a calendar tab’s report reaches the reminder, and the tip comes from the same selection (surface "reminder")', async () => {
    let now = NOW;
    fakeBrowser.permissions.contains = vi.fn(async () => true) as never;
    const store = new LeadwayStore(() => openLeadwayDb(`leadway-reminders-${Math.random().toString(36).slice(2)}`));
    await store.saveSettings({ reminder: { enabled: true, minutesBefore: 15 } });
    let handlers: ReturnType<typeof createHandlers> | undefined;
    const reminders = createReminders({
      api: fakeBrowser as unknown as ReminderApi,
      getSettings: () => store.getSettings(),
      pickTip: async (m) => (await handlers!.getTips({ surface: 'reminder', contexts: m.contexts, contextKey: m.key, count: 1 })).tips[0],
      now: () => now,
      iconUrl: REMINDER_ICON,
    });
    reminders.listen();
    handlers = createHandlers({
      store,
      now: () => now,
      random: seededRandom(3),
      broadcastSettings: (value) => void reminders.replan(value),
      openOptions: async () => {},
      onMeetingSeen: (m) => reminders.meetingSeen(m),
      version: 'test',
    });

    await handlers.noteOneOnOne({ key: 'evt-7', title: '1:1 Dana / Morgan', start: at(11), contexts: ['one-on-one-manager'] });
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ name: `${REMINDER_ALARM_PREFIX}evt-7`, scheduledTime: at(10, 45) })]);

    // Settings saved anywhere re-plan the alarms (the background passes broadcastSettings through to replan).
    await handlers.saveSettings({ reminder: { minutesBefore: 5 } });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.getAll())[0]?.scheduledTime).toBe(at(10, 55)));

    now = at(10, 55);
    await fakeBrowser.alarms.onAlarm.trigger({ name: `${REMINDER_ALARM_PREFIX}evt-7`, scheduledTime: at(10, 55) });
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1));
    const [shown] = Object.values(await fakeBrowser.notifications.getAll()) as Array<{ title: string; message: string }>;
    const chosen = CATALOGUE.find((t) => t.title === shown!.title)!;
    expect(chosen.contexts.some((context) => context === 'one-on-one-manager' || context === 'anywhere')).toBe(true);
    expect(shown!.message).toBe(chosen.body);
    const history = await store.listHistory({ surface: 'reminder' });
    expect(history).toEqual([expect.objectContaining({ type: 'shown', tipId: chosen.id, contextKey: 'evt-7' })]);
  });
});
