import { describe, expect, test } from 'vitest';
import { inQuietHours, selectTips, type SelectionInput, type TipState } from '../../../utils/tips/select';
import { startOfLocalDay } from '../../../utils/local-day';
import { defaultSettings, type Settings } from '../../../utils/settings';
import type { Tip, TipContext } from '../../../utils/tips/types';
import type { HistoryEvent } from '../../../utils/history';
import type { Area } from '../../../utils/tips/areas';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 24, 10, 30).getTime(); // local 10:30

function tip(id: string, area: Area, contexts: TipContext[], extra: Partial<Tip> = {}): Tip {
  return { id, area, title: id, body: `Do ${id}.`, why: `Because ${id}.`, contexts, ...extra };
}

const TIPS: Tip[] = [
  tip('mentorship-01', 'mentorship', ['pr-first-time-contributor']),
  tip('mentorship-02', 'mentorship', ['pr-first-time-contributor', 'pr-reviewer']),
  tip('communication-01', 'communication', ['pr-reviewer']),
  tip('project-management-01', 'project-management', ['pr-large', 'pr-author']),
  tip('vision-01', 'vision', ['anywhere']),
  tip('managing-up-01', 'managing-up', ['one-on-one-manager']),
];

function input(overrides: Omit<Partial<SelectionInput>, 'request'> & { request?: Partial<SelectionInput['request']> } = {}): SelectionInput {
  const { request, ...rest } = overrides;
  return {
    tips: TIPS,
    settings: defaultSettings(),
    states: {},
    recent: [],
    now: NOW,
    random: () => 0,
    ...rest,
    request: { surface: 'pr-hint', contexts: ['pr-reviewer'], contextKey: 'acme/widget#42', count: 1, ...request },
  };
}

function event(type: HistoryEvent['type'], tipId: string, at: number, extra: Partial<HistoryEvent> = {}): HistoryEvent {
  return { type, tipId, area: 'mentorship', surface: 'pr-hint', contextKey: 'acme/widget#42', at, ...extra };
}

function ids(result: ReturnType<typeof selectTips>): string[] {
  return result.tips.map((t) => t.id);
}

describe('selectTips: matching', () => {
  test('a first-time contributor context brings mentorship first', () => {
    const result = selectTips(input({ request: { contexts: ['pr-reviewer', 'pr-first-time-contributor'], count: 3 } }));
    expect(ids(result).slice(0, 2).sort()).toEqual(['mentorship-01', 'mentorship-02']);
  });

  test('only matching contexts, with "anywhere" tips after specific ones', () => {
    const result = selectTips(input({ request: { contexts: ['pr-reviewer'], count: 10 } }));
    expect(ids(result).slice(0, 2).sort()).toEqual(['communication-01', 'mentorship-02']);
    expect(ids(result)[2]).toBe('vision-01');
  });

  test('disabled areas are left out', () => {
    const settings: Settings = defaultSettings();
    settings.areas.communication = false;
    const result = selectTips(input({ settings, request: { count: 10 } }));
    expect(ids(result)).not.toContain('communication-01');
  });

  test('never a dismissed tip, and no snoozed tip before its time', () => {
    const states: Record<string, TipState> = {
      'communication-01': { never: true, helpful: 0 },
      'mentorship-02': { lastSnoozed: NOW - 2 * DAY, helpful: 0 },
    };
    expect(ids(selectTips(input({ states, request: { count: 10 } })))).toEqual(['vision-01']);
    const later = NOW + 4 * DAY; // snoozed 2 days ago for the default 7 days: 1 day left
    expect(ids(selectTips(input({ states, now: later, request: { count: 10 } })))).toEqual(['vision-01']);
    const afterSnooze = NOW + 5 * DAY + 1;
    expect(ids(selectTips(input({ states, now: afterSnooze, request: { count: 10 } })))).toContain('mentorship-02');
  });

  test('least recently shown first among equally fitting tips', () => {
    const tips = [tip('a-1', 'vision', ['pr-reviewer']), tip('a-2', 'vision', ['pr-reviewer']), tip('a-3', 'vision', ['pr-reviewer'])];
    const states = { 'a-1': { lastShown: NOW - DAY, helpful: 0 }, 'a-2': { lastShown: NOW - 5 * DAY, helpful: 0 } };
    expect(ids(selectTips(input({ tips, states, request: { count: 3 } })))).toEqual(['a-3', 'a-2', 'a-1']);
  });

  test('prefers tips marked helpful when recency is equal', () => {
    const tips = [tip('b-1', 'vision', ['pr-reviewer']), tip('b-2', 'vision', ['pr-reviewer'])];
    const states = { 'b-1': { lastShown: NOW - 3 * DAY, helpful: 0 }, 'b-2': { lastShown: NOW - 3 * DAY, helpful: 2 } };
    expect(ids(selectTips(input({ tips, states, request: { count: 2 } })))[0]).toBe('b-2');
  });

  test("weights tips that suit the user's role", () => {
    const tips = [
      tip('c-1', 'vision', ['pr-reviewer'], { roles: ['manager'] }),
      tip('c-2', 'vision', ['pr-reviewer'], { roles: ['individual-contributor'] }),
    ];
    const settings = { ...defaultSettings(), role: 'manager' as const };
    expect(ids(selectTips(input({ tips, settings, request: { count: 2 } })))).toEqual(['c-1', 'c-2']);
  });

  test('custom tips are mixed in', () => {
    const tips = [...TIPS, tip('custom-x', 'communication', ['pr-reviewer'], { custom: true })];
    expect(ids(selectTips(input({ tips, request: { count: 1 } })))).toEqual(['custom-x']);
  });

  test('deterministic given its inputs, and randomness breaks ties', () => {
    const tips = [tip('d-1', 'vision', ['pr-reviewer']), tip('d-2', 'vision', ['pr-reviewer'])];
    const first = selectTips(input({ tips, random: () => 0.5 }));
    expect(selectTips(input({ tips, random: () => 0.5 }))).toEqual(first);
    let n = 0;
    const alternating = () => (n++ % 2 === 0 ? 0 : 0.9);
    expect(ids(selectTips(input({ tips, random: alternating })))).toEqual(['d-2']);
  });

  test('excluded tips (the one on screen) are skipped', () => {
    expect(ids(selectTips(input({ request: { exclude: ['communication-01'] } })))).toEqual(['mentorship-02']);
  });

  test('nothing fits: says so', () => {
    const result = selectTips(input({ tips: [TIPS[5]!], request: { contexts: ['pr-reviewer'] } }));
    expect(result).toMatchObject({ tips: [], blocked: 'nothing-fits' });
  });
});

describe('selectTips: caps and stickiness', () => {
  const today = startOfLocalDay(NOW);

  test('a reload shows the same hint again without counting it', () => {
    const recent = [event('shown', 'mentorship-01', today + 1000)];
    expect(selectTips(input({ recent }))).toEqual({ tips: [TIPS[0]], repeat: true });
  });

  test('at most one hint per PR per day: once answered, the PR stays quiet', () => {
    const recent = [event('shown', 'mentorship-01', today + 1000), event('not-now', 'mentorship-01', today + 2000)];
    expect(selectTips(input({ recent }))).toMatchObject({ tips: [], blocked: 'context-cap' });
  });

  test('a higher per-PR cap allows a new hint after the first was answered', () => {
    const settings = { ...defaultSettings(), perPrPerDay: 2 };
    const recent = [event('shown', 'mentorship-01', today + 1000), event('helpful', 'mentorship-01', today + 2000)];
    const result = selectTips(input({ settings, recent }));
    expect(result.repeat).toBe(false);
    expect(ids(result)).toHaveLength(1);
  });

  test('yesterday does not count', () => {
    const recent = [event('shown', 'mentorship-01', today - 1000), event('never', 'mentorship-01', today - 500)];
    expect(selectTips(input({ recent })).blocked).toBeUndefined();
  });

  test('daily cap per surface', () => {
    const settings = { ...defaultSettings(), dailyCaps: { ...defaultSettings().dailyCaps, 'pr-hint': 2 } };
    const recent = [
      event('shown', 'vision-01', today + 1, { contextKey: 'a/b#1' }),
      event('shown', 'vision-01', today + 2, { contextKey: 'a/b#2' }),
    ];
    expect(selectTips(input({ settings, recent })).blocked).toBe('daily-cap');
    // the popup is never capped
    expect(selectTips(input({ settings, recent, request: { surface: 'popup' } })).blocked).toBeUndefined();
  });

  test('quiet hours silence unsolicited hints, not the popup or an explicit request', () => {
    const settings = { ...defaultSettings(), quietHours: { enabled: true, start: '09:00', end: '17:00' } };
    expect(selectTips(input({ settings })).blocked).toBe('quiet-hours');
    expect(selectTips(input({ settings, request: { explicit: true } })).blocked).toBeUndefined();
    expect(selectTips(input({ settings, request: { surface: 'popup' } })).blocked).toBeUndefined();
  });

  test('"another tip" is explicit: it bypasses the per-PR cap', () => {
    const recent = [event('shown', 'communication-01', today + 1000), event('not-now', 'communication-01', today + 2000)];
    const result = selectTips(input({ recent, request: { explicit: true, exclude: ['communication-01'] } }));
    expect(ids(result)).toEqual(['mentorship-02']);
  });

  test('1:1 panels repeat their tips minus dismissed ones', () => {
    const recent = [
      event('shown', 'managing-up-01', today + 1, { surface: 'one-on-one', contextKey: 'ev1' }),
      event('shown', 'vision-01', today + 1, { surface: 'one-on-one', contextKey: 'ev1' }),
      event('never', 'vision-01', today + 2, { surface: 'one-on-one', contextKey: 'ev1' }),
    ];
    const result = selectTips(
      input({ recent, states: { 'vision-01': { never: true, helpful: 0 } }, request: { surface: 'one-on-one', contextKey: 'ev1', contexts: ['one-on-one-manager'], count: 3 } }),
    );
    expect(result).toEqual({ tips: [TIPS[5]], repeat: true });
  });
});

describe('inQuietHours', () => {
  const at = (h: number, m = 0) => new Date(2026, 10, 24, h, m).getTime();
  test('wraps midnight', () => {
    const quiet = { enabled: true, start: '19:00', end: '08:00' };
    expect(inQuietHours(quiet, at(22))).toBe(true);
    expect(inQuietHours(quiet, at(7, 59))).toBe(true);
    expect(inQuietHours(quiet, at(8))).toBe(false);
    expect(inQuietHours(quiet, at(12))).toBe(false);
  });
  test('off when disabled or empty', () => {
    expect(inQuietHours({ enabled: false, start: '00:00', end: '23:59' }, at(12))).toBe(false);
    expect(inQuietHours({ enabled: true, start: '10:00', end: '10:00' }, at(10))).toBe(false);
  });
});
