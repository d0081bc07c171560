import { AREAS, type Area } from './tips/areas';
import type { Surface, UserRole } from './tips/types';

export const RELATIONSHIPS = ['manager', 'report', 'skip-level', 'peer', 'mentor', 'mentee'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** Someone in the user's working life. Matched against calendar guests by email first, then by name. */
export interface Person {
  id: string;
  name: string;
  email?: string;
  relationship: Relationship;
  /** GitHub logins: `login` on github.com, `host/login` on a GitHub Enterprise server (utils/reviews/logins.ts). */
  githubLogins?: string[];
}

export const TONE_CATEGORIES = [
  'insult', // insults and profanity aimed at people or code
  'condescension', // "obviously", "just", "simply", "clearly"
  'blame', // "you always", "why didn't you"
  'sarcasm', // sarcasm and mockery
  'shouting', // capitals, "?!", "!!!"
  'bare-command', // an order with no reason
] as const;
export type ToneCategory = (typeof TONE_CATEGORIES)[number];

/** A local time of day as settings keep it (quiet hours): "08:30". */
export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An email address as a person's entry accepts it: loose on purpose, the calendar decides what is real. */
export const PERSON_EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;

export const SITES = ['github', 'google-calendar', 'outlook'] as const;
export type Site = (typeof SITES)[number];

export const SPECIFIC_FEEDBACK_MODES = ['others', 'all', 'off'] as const;
export type SpecificFeedbackMode = (typeof SPECIFIC_FEEDBACK_MODES)[number];

export interface Settings {
  areas: Record<Area, boolean>;
  /** Surfaces on or off per site. */
  sites: Record<Site, { hints: boolean; toneCoach: boolean }>;
  role: UserRole;
  people: Person[];
  /** At most this many tips shown per surface per day (0 = none). */
  dailyCaps: Record<Surface, number>;
  /** At most this many PR hints per PR per day. */
  perPrPerDay: number;
  /** No hints between these local times ("HH:MM"); popup always works. */
  quietHours: { enabled: boolean; start: string; end: string };
  /** "Not now" hides a tip for this many days. */
  snoozeDays: number;
  tone: {
    categories: Record<ToneCategory, boolean>;
    /** Extra phrases to flag (case-insensitive). */
    flagPhrases: string[];
    /** Phrases never flagged. */
    allowPhrases: string[];
    /** Suggest positive feedback when several review comments are all critical. */
    balanceNudge: boolean;
    /**
     * Prompt for specifics when a comment is a bare verdict ("This is wrong."): on other people's pull requests
     * (the default), on every pull request including your own, or never.
     */
    specificFeedback: SpecificFeedbackMode;
  };
  reminder: { enabled: boolean; minutesBefore: number };
  /** Tip ids the user starred in the popup. */
  favourites: string[];
  /** Event-series keys the user said are not 1:1s. */
  notOneOnOne: string[];
  /** GitHub Enterprise origins the user granted, e.g. "https://github.example.com". */
  enterpriseHosts: string[];
  theme: 'system' | 'light' | 'dark';
  /**
   * Opt-in: remember facts (never text) about the pull requests the user authors or reviews, for "Since your last
   * 1:1" in the 1:1 panel. Off until the user turns it on.
   */
  reviewMemory: boolean;
}

export function defaultSettings(): Settings {
  return {
    areas: Object.fromEntries(AREAS.map((area) => [area, true])) as Record<Area, boolean>,
    sites: {
      github: { hints: true, toneCoach: true },
      'google-calendar': { hints: true, toneCoach: false },
      outlook: { hints: true, toneCoach: false },
    },
    role: 'individual-contributor',
    people: [],
    dailyCaps: { 'pr-hint': 5, 'tone-coach': 20, 'one-on-one': 10, popup: 1000, reminder: 10 },
    perPrPerDay: 1,
    quietHours: { enabled: false, start: '19:00', end: '08:00' },
    snoozeDays: 7,
    tone: {
      categories: {
        insult: true,
        condescension: true,
        blame: true,
        sarcasm: true,
        shouting: true,
        'bare-command': true,
      },
      flagPhrases: [],
      allowPhrases: [],
      balanceNudge: true,
      specificFeedback: 'others',
    },
    reminder: { enabled: false, minutesBefore: 10 },
    favourites: [],
    notOneOnOne: [],
    enterpriseHosts: [],
    theme: 'system',
    reviewMemory: false,
  };
}

/** A partial update: top-level keys replace, nested objects merge one level deep. */
export type SettingsPatch = { [K in keyof Settings]?: Settings[K] extends unknown[] ? Settings[K] : Settings[K] extends object ? Partial<Settings[K]> : Settings[K] };

export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  const next = { ...settings } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = next[key];
    next[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
        ? { ...(current as object), ...(value as object) }
        : value;
  }
  return next as unknown as Settings;
}

/** Fill keys a stored or imported settings object lacks (older versions) from the defaults. */
export function withDefaults(stored: Partial<Settings>): Settings {
  return applySettingsPatch(defaultSettings(), stored as SettingsPatch);
}
