import { REMINDER_PERMISSIONS } from '../../utils/permissions';
/**
 * The opt-in 1:1 reminder. Calendar tabs report the 1:1s they see that start later today (noteOneOnOne); if the
 * user turned reminders on and the browser granted `alarms` and `notifications`, an alarm is set for each, and
 * when it rings one preparation tip for that meeting appears as a notification.
 *
 * Where the meetings live: `storage.session`. An MV3 service worker is stopped when idle, so memory alone would
 * lose them between the sighting and the alarm; session storage survives those restarts, needs no extra
 * permission, is never written to disk, and empties when the browser closes, which suits a list that is only
 * about today. (IndexedDB would keep meeting titles on disk for no benefit.) Alarms themselves carry the meeting
 * key in their name, so a reminder still works, with a generic line, if the list was lost.
 */
import type { Settings } from '../../utils/settings';
import { startOfLocalDay, startsLaterToday } from '../../utils/local-day';
import { TIP_CONTEXTS, type Tip, type TipContext } from '../../utils/tips/types';

export interface SeenMeeting {
  /** The calendar event key (one occurrence). */
  key: string;
  title: string;
  /** Epoch milliseconds. */
  start: number;
  contexts: TipContext[];
}

export interface PlannedReminder {
  key: string;
  /** When the alarm should ring, epoch milliseconds. */
  when: number;
}

export const REMINDER_ALARM_PREFIX = 'leadway-reminder:';
const STORAGE_KEY = 'leadway.reminders.meetings';
/** An alarm that rings this late (the computer slept through it) would remind of a meeting already under way. */
export const STALE_ALARM_MS = 5 * 60_000;
const MAX_MEETINGS = 100;
const KEY_MAX = 1_000;
const TITLE_MAX = 300;

/**
 * When to ring for each meeting: `minutesBefore` its start, for meetings later today only, and only when that
 * moment is still ahead (a reminder for a meeting the user is looking at right now would only be noise).
 */
export function reminderTimes(meetings: readonly SeenMeeting[], settings: Pick<Settings, 'reminder'>, now: number): PlannedReminder[] {
  if (!settings.reminder.enabled) return [];
  const before = Math.max(0, settings.reminder.minutesBefore) * 60_000;
  return meetings
    .filter((meeting) => startsLaterToday(meeting.start, now))
    .map((meeting) => ({ key: meeting.key, when: meeting.start - before }))
    .filter((reminder) => reminder.when > now)
    .sort((a, b) => a.when - b.when);
}

/** A meeting as a content script reported it: checked, because any page script could be behind a bad value. */
export function validMeeting(value: unknown): SeenMeeting | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { key, title, start, contexts } = value as Record<string, unknown>;
  if (typeof key !== 'string' || key.length === 0 || key.length > KEY_MAX) return undefined;
  if (typeof start !== 'number' || !Number.isFinite(start)) return undefined;
  if (!Array.isArray(contexts)) return undefined;
  const known = contexts.filter((context): context is TipContext => (TIP_CONTEXTS as readonly unknown[]).includes(context));
  return {
    key,
    title: typeof title === 'string' ? title.slice(0, TITLE_MAX) : '',
    start,
    contexts: known.length > 0 ? known : ['one-on-one'],
  };
}

interface Alarm {
  name: string;
  scheduledTime: number;
}

/** The parts of the WebExtension API the reminder uses; `browser` from wxt/browser fits, and so does fakeBrowser. */
export interface ReminderApi {
  /** Missing until the user grants the optional `alarms` permission. */
  alarms?: {
    create(name: string, info: { when: number }): unknown;
    clear(name: string): Promise<boolean>;
    getAll(): Promise<Alarm[]>;
    onAlarm: { addListener(listener: (alarm: Alarm) => void): void };
  };
  notifications?: {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string; contextMessage?: string; priority?: number }): Promise<string>;
  };
  permissions: {
    contains(permissions: { permissions: string[] }): Promise<boolean>;
    onAdded?: { addListener(listener: (permissions: unknown) => void): void };
  };
  storage: {
    session?: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

export interface ReminderDeps {
  api: ReminderApi;
  getSettings: () => Promise<Settings>;
  /** One preparation tip for the meeting, chosen by the same selection as every surface (surface 'reminder'). */
  pickTip: (meeting: SeenMeeting) => Promise<Tip | undefined>;
  now: () => number;
  iconUrl: string;
  /** The meeting's time as the notification shows it. */
  formatTime?: (epochMs: number) => string;
}

export type Reminders = ReturnType<typeof createReminders>;

const defaultFormatTime = (epochMs: number) => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(epochMs);

export function createReminders(deps: ReminderDeps) {
  const { api } = deps;
  let meetings: Map<string, SeenMeeting> | undefined;
  let listening = false;

  async function load(): Promise<Map<string, SeenMeeting>> {
    if (meetings) return meetings;
    let stored: unknown = [];
    try {
      stored = (await api.storage.session?.get(STORAGE_KEY))?.[STORAGE_KEY] ?? [];
    } catch {
      stored = [];
    }
    const list = Array.isArray(stored) ? stored.map(validMeeting).filter((m): m is SeenMeeting => m !== undefined) : [];
    // Another call may have filled the cache while storage answered: keep what it has.
    meetings ??= new Map(list.map((meeting) => [meeting.key, meeting]));
    return meetings;
  }

  async function persist(all: Map<string, SeenMeeting>): Promise<void> {
    try {
      await api.storage.session?.set({ [STORAGE_KEY]: [...all.values()] });
    } catch (error) {
      console.warn('[Leadway] could not keep today’s 1:1s for reminders', error);
    }
  }

  /** Only today's meetings are worth keeping; the list stays small whatever the content scripts send. */
  function prune(all: Map<string, SeenMeeting>, now: number): void {
    const today = startOfLocalDay(now);
    for (const [key, meeting] of all) if (meeting.start < today) all.delete(key);
    const sorted = [...all.values()].sort((a, b) => b.start - a.start);
    for (const meeting of sorted.slice(MAX_MEETINGS)) all.delete(meeting.key);
  }

  async function permitted(): Promise<boolean> {
    try {
      return await api.permissions.contains({ permissions: [...REMINDER_PERMISSIONS] });
    } catch {
      return false;
    }
  }

  /**
   * Register the alarm listener. Call it when the service worker starts (MV3 wakes the worker for an alarm and
   * only listeners added at startup hear it); it is repeated, harmlessly, once the permission arrives.
   */
  function listen(): void {
    if (listening || !api.alarms?.onAlarm) return;
    api.alarms.onAlarm.addListener((alarm) => {
      onAlarm(alarm).catch((error: unknown) => console.warn('[Leadway] reminder failed', error));
    });
    listening = true;
  }

  /** Bring the alarms in line with the meetings and settings: after a sighting, a settings change, or startup. */
  async function replan(settings?: Settings): Promise<void> {
    const value = settings ?? (await deps.getSettings());
    const now = deps.now();
    const all = await load();
    prune(all, now);
    await persist(all);
    if (!api.alarms) return; // no permission, so no alarms of ours can exist
    listen();
    const wanted = value.reminder.enabled && (await permitted()) ? reminderTimes([...all.values()], value, now) : [];
    const wantedByName = new Map(wanted.map((reminder) => [REMINDER_ALARM_PREFIX + reminder.key, reminder.when]));
    const existing = (await api.alarms.getAll()).filter((alarm) => alarm.name.startsWith(REMINDER_ALARM_PREFIX));
    for (const alarm of existing) {
      if (!wantedByName.has(alarm.name)) await api.alarms.clear(alarm.name);
    }
    for (const [name, when] of wantedByName) {
      const current = existing.find((alarm) => alarm.name === name);
      if (current?.scheduledTime !== when) await api.alarms.create(name, { when });
    }
  }

  async function meetingSeen(reported: SeenMeeting): Promise<void> {
    const meeting = validMeeting(reported);
    if (!meeting) throw new Error('Leadway: a 1:1 needs a key, a start time and its tip contexts');
    const all = await load();
    const known = all.get(meeting.key);
    all.set(meeting.key, meeting);
    // The same meeting seen again, unchanged: nothing to re-plan.
    if (known && known.start === meeting.start && known.contexts.join() === meeting.contexts.join() && known.title === meeting.title) return;
    await replan();
  }

  async function onAlarm(alarm: Alarm): Promise<void> {
    if (!alarm.name.startsWith(REMINDER_ALARM_PREFIX)) return;
    const now = deps.now();
    if (now - alarm.scheduledTime > STALE_ALARM_MS) return;
    const settings = await deps.getSettings();
    if (!settings.reminder.enabled || !api.notifications || !(await permitted())) return;
    const key = alarm.name.slice(REMINDER_ALARM_PREFIX.length);
    const meeting = (await load()).get(key) ?? {
      key,
      title: '',
      start: alarm.scheduledTime + settings.reminder.minutesBefore * 60_000,
      contexts: ['one-on-one'],
    };
    const tip = await deps.pickTip(meeting);
    // No tip means the selection said no (quiet hours, daily cap): a reminder without one would be just noise.
    if (!tip) return;
    const time = (deps.formatTime ?? defaultFormatTime)(meeting.start);
    await api.notifications.create(alarm.name, {
      type: 'basic',
      iconUrl: deps.iconUrl,
      title: tip.title,
      message: tip.body,
      contextMessage: meeting.title ? `Before “${meeting.title}” at ${time}` : `Before your 1:1 at ${time}`,
      priority: 1,
    });
  }

  // The permission can be granted while the worker runs (the options page asks): start listening then.
  try {
    api.permissions.onAdded?.addListener(() => {
      listen();
      replan().catch((error: unknown) => console.warn('[Leadway] planning reminders failed', error));
    });
  } catch {
    // Some environments (test doubles, older browsers) lack the event; listen() at startup still covers restarts.
  }

  return {
    listen,
    replan,
    meetingSeen,
    onAlarm,
    /** Today's meetings as stored (for tests and diagnostics). */
    meetings: async () => [...(await load()).values()],
  };
}

/** Leadway's icon in the built extension (public/icon, drawn by scripts/make-icons.ts), for the notification. */
export const REMINDER_ICON = '/icon/128.png';
