import type { Settings } from '../settings';
import { withDefaults } from '../settings';
import type { Area } from '../tips/areas';
import type { UserRole } from '../tips/types';
import { hideMeetingWords } from '../calendar/private-key';
import { isPlainObject } from './validate-core';
import { repairSettings } from './validate-settings';

/**
 * Settings as the first release stored them (schema versions 1 and 2): one daily cap, which only limited PR hints,
 * because PR hints were the only surface then.
 */
export interface SettingsV1 {
  areas: Record<Area, boolean>;
  role: UserRole;
  dailyCap: number;
  snoozeDays: number;
}

/** Brings a stored settings record of any version to the current shape; damaged values fall back to defaults. */
export function upgradeStoredSettings(stored: unknown): Settings {
  if (!isPlainObject(stored)) return repairSettings(undefined);
  const { dailyCap, ...rest } = stored;
  const partial = rest as Partial<Settings>;
  if (dailyCap !== undefined && rest.dailyCaps === undefined) {
    partial.dailyCaps = { 'pr-hint': dailyCap } as unknown as Settings['dailyCaps'];
  }
  // Before version 0.2, meetings without an id were remembered by their title and organizer: hash those words.
  if (Array.isArray(partial.notOneOnOne)) {
    partial.notOneOnOne = [...new Set(partial.notOneOnOne.map((key) => (typeof key === 'string' ? hideMeetingWords(key) : key)))];
  }
  return repairSettings(withDefaults(partial));
}
