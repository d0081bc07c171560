import { AREA_LABELS } from '../tips/areas';
import type { Settings } from '../settings';
import { TONE_CATEGORY_LABELS } from '../labels/tone-categories';
import { SITE_SHORT_LABELS } from '../labels/sites';

/** Names people see for each setting, used to list what an import would change. */
const TOP_LABELS: Record<keyof Settings, string> = {
  areas: 'Areas',
  sites: 'Sites',
  role: 'Your role',
  people: 'People',
  dailyCaps: 'Daily limits',
  perPrPerDay: 'Hints per pull request per day',
  quietHours: 'Quiet hours',
  snoozeDays: '“Not now” snooze length',
  tone: 'Tone coach',
  reminder: '1:1 reminders',
  favourites: 'Favourite tips',
  notOneOnOne: 'Meetings marked “not a 1:1”',
  enterpriseHosts: 'GitHub Enterprise sites',
  theme: 'Theme',
  reviewMemory: 'Remember reviews for 1:1s',
};

const SUB_LABELS: Record<string, string> = {
  ...AREA_LABELS,
  ...SITE_SHORT_LABELS,
  hints: 'hints',
  toneCoach: 'tone coach',
  'pr-hint': 'pull-request hints',
  'tone-coach': 'tone coach',
  'one-on-one': '1:1 tips',
  popup: 'popup',
  reminder: 'reminders',
  enabled: 'on or off',
  start: 'start time',
  end: 'end time',
  minutesBefore: 'minutes before',
  // "Tone coach: sarcasm" reads better than "Tone coach: categories sarcasm".
  categories: '',
  flagPhrases: 'phrases to flag',
  allowPhrases: 'phrases never flagged',
  balanceNudge: 'balance nudge',
  specificFeedback: 'prompt for specifics',
  // The categories in the words the coach and the options page use (utils/labels/tone-categories.ts).
  ...Object.fromEntries(Object.entries(TONE_CATEGORY_LABELS).map(([category, { label }]) => [category, label.toLowerCase()])),
};

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every(
    (key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Labels of the changed leaves under one object setting, e.g. ["Mentorship", "GitHub hints"]. */
function changedParts(current: unknown, incoming: unknown, prefix: string[] = []): string[] {
  if (!isRecord(current) || !isRecord(incoming)) {
    return deepEqual(current, incoming) ? [] : [prefix.filter((part) => part !== '').join(' ')];
  }
  const keys = [...new Set([...Object.keys(current), ...Object.keys(incoming)])];
  return keys.flatMap((key) => {
    if (deepEqual(current[key], incoming[key])) return [];
    return changedParts(current[key], incoming[key], [...prefix, SUB_LABELS[key] ?? key]);
  });
}

/** Human-readable names of the settings that differ, e.g. `Areas: Mentorship`, `Theme`. */
export function describeSettingsChanges(current: Settings, incoming: Settings): string[] {
  const changes: string[] = [];
  for (const key of Object.keys(TOP_LABELS) as (keyof Settings)[]) {
    if (deepEqual(current[key], incoming[key])) continue;
    const label = TOP_LABELS[key];
    const parts = isRecord(current[key]) && isRecord(incoming[key]) ? changedParts(current[key], incoming[key]) : [];
    if (parts.length === 0) changes.push(label);
    else for (const part of parts) changes.push(`${label}: ${part}`);
  }
  return changes;
}
