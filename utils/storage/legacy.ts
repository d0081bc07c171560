import type { Settings } from '../settings';
import { withDefaults } from '../settings';
import type { Area } from '../tips/areas';
import type { UserRole } from '../tips/types';
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
  return repairSettings(withDefaults(partial));
}
