import type { DBSchema } from 'idb';
import type { HistoryEvent, Reaction } from '../history';
import type { Settings } from '../settings';
import type { Area } from '../tips/areas';
import type { Surface, Tip } from '../tips/types';
import type { SiteProblem } from '../site-health';
import type { TipChoice } from './choices';
import type { PrFact } from '../reviews/types';
import type { OneOnOneMemory } from '../reviews/one-on-one-memory';

/** The one IndexedDB database Leadway keeps, owned by the background service worker. */
export const DB_NAME = 'leadway';

/** The schema version this code writes. Bump it together with a new step in migrations.ts. */
export const DB_VERSION = 6;

/** The only key of the `settings` store: settings are one record. */
export const SETTINGS_KEY = 'settings';

/**
 * Counts of reactions for one (week, area, surface). Kept in step with `history` inside the same transaction as
 * every history write, so the growth view reads a few hundred small records instead of scanning raw history.
 */
export interface WeeklyStat {
  /** `${week}|${area}|${surface}`. */
  key: string;
  /** Epoch milliseconds of the Monday 00:00 UTC that starts the week. */
  week: number;
  area: Area;
  surface: Surface;
  counts: Record<Reaction, number>;
}

/** What selection needs to know about one tip, kept in step with `history` like `weeklyStats`. */
export interface TipState {
  tipId: string;
  /** Time of the newest `shown` event. */
  lastShown?: number;
  /** Time of the newest `not-now` event. */
  lastSnoozed?: number;
  /** True when the user said "never" to this tip at least once (and that event is still in history). */
  never?: boolean;
  /** Number of `helpful` events. */
  helpful: number;
}

/** Small facts about the store itself. */
export type MetaKey = 'lastPrunedAt';
export type MetaValue = number | string | boolean | null;

export interface LeadwayDB extends DBSchema {
  settings: {
    key: typeof SETTINGS_KEY;
    value: Settings;
  };
  history: {
    key: number;
    value: HistoryEvent;
    indexes: {
      'by-at': number;
      'by-tip': string;
      'by-area': Area;
      'by-area-at': [Area, number];
      'by-tip-at': [string, number];
      'by-client': string;
    };
  };
  customTips: {
    key: string;
    value: Tip;
  };
  weeklyStats: {
    key: string;
    value: WeeklyStat;
    indexes: { 'by-week': number };
  };
  tipState: {
    key: string;
    value: TipState;
  };
  meta: {
    key: string;
    value: MetaValue;
  };
  /** The user's choices per tip (choices.ts): not derived from history, so pruning and clearing leave them. */
  choices: {
    key: string;
    value: TipChoice;
  };
  /** The last problem reading each site (see site-health.ts), one record per site. Diagnostics, not exported. */
  siteProblems: {
    key: SiteProblem['site'];
    value: SiteProblem;
  };
  /** Opt-in review memory: facts (never text) about one pull request each, kept 90 days (utils/reviews). */
  prFacts: {
    key: string;
    value: PrFact;
  };
  /** Per person: when the user last opened a 1:1 with them in Leadway, and their next 1:1 seen on the calendar. */
  oneOnOneMemory: {
    key: string;
    value: OneOnOneMemory;
  };
}

export type LeadwayStoreName =
  | 'settings'
  | 'history'
  | 'customTips'
  | 'weeklyStats'
  | 'tipState'
  | 'meta'
  | 'choices'
  | 'siteProblems'
  | 'prFacts'
  | 'oneOnOneMemory';

export const ALL_STORES: LeadwayStoreName[] = [
  'settings',
  'history',
  'customTips',
  'weeklyStats',
  'tipState',
  'meta',
  'choices',
  'siteProblems',
  'prFacts',
  'oneOnOneMemory',
];

/** The stores adding events touches: history, its derived stores, and the user's choices. */
export const EVENT_WRITE_STORES: ('history' | 'weeklyStats' | 'tipState' | 'choices')[] = ['history', 'weeklyStats', 'tipState', 'choices'];

/** The stores one history write or deletion touches, always together (choices are not among them). */
export const HISTORY_STORES: ('history' | 'weeklyStats' | 'tipState')[] = ['history', 'weeklyStats', 'tipState'];
