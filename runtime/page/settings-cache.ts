import { askBackground, tabMessenger } from '../messaging';
import type { Settings } from '../../utils/settings';

type Listener = (settings: Settings) => void;

/**
 * Content scripts read settings once and then hear about changes from the background, so toggling something in
 * the options page reaches open tabs without a reload.
 */
export function createSettingsCache() {
  let current: Promise<Settings> | undefined;
  const listeners = new Set<Listener>();
  const set = (settings: Settings) => {
    current = Promise.resolve(settings);
    for (const listener of listeners) listener(settings);
  };
  tabMessenger.onMessage('settingsChanged', ({ data }) => set(data));
  return {
    get(): Promise<Settings> {
      current ??= askBackground('getSettings').catch((error: unknown) => {
        current = undefined; // try again next time rather than caching the failure
        throw error;
      });
      return current;
    },
    /** Settings this tab learnt first-hand (the background's answer to a change it asked for). */
    set,
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SettingsCache = ReturnType<typeof createSettingsCache>;
