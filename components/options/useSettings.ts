import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { askBackground, tabMessenger } from '../../runtime/messaging';
import { applySettingsPatch, type Settings, type SettingsPatch } from '../../utils/settings';

export type SaveState = 'idle' | 'saving' | 'saved';

export interface SettingsApi {
  settings: Settings | undefined;
  /** Why settings could not be read at all (the page then shows only this). */
  loadError: string | undefined;
  saveState: SaveState;
  /** The last save's failure, for the page's role="alert" region. */
  saveError: string | undefined;
  /** Applies the change on screen at once, saves it, and undoes it on screen if saving fails. Resolves to success. */
  save: (patch: SettingsPatch) => Promise<boolean>;
  /** Show an error in the page's alert region (for problems that are not a save, e.g. a refused permission). */
  reportError: (message: string | undefined) => void;
  /** Something other than settings saved (a tip, a cleared history): show the same quiet "Saved". */
  markSaved: () => void;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The options page's copy of the settings. Changes save immediately; the page also follows changes made elsewhere
 * (the popup's star, another options tab, an import) through the background's `settingsChanged` broadcast.
 */
export function useSettings(): SettingsApi {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveError, setSaveError] = useState<string | undefined>(undefined);
  const current = useRef<Settings | undefined>(undefined);
  const pending = useRef(0);
  const latest = useRef(0);

  const show = useCallback((next: Settings) => {
    current.current = next;
    setSettings(next);
  }, []);

  useEffect(() => {
    let live = true;
    askBackground('getSettings').then(
      (loaded) => live && show(loaded),
      (error: unknown) => live && setLoadError(errorMessage(error)),
    );
    const stop = tabMessenger.onMessage('settingsChanged', ({ data }) => {
      // While our own saves are in flight, their answers are the truth; a broadcast of an earlier one would flicker.
      if (live && pending.current === 0) show(data);
    });
    return () => {
      live = false;
      stop();
    };
  }, [show]);

  const save = useCallback(
    async (patch: SettingsPatch): Promise<boolean> => {
      const before = current.current;
      if (!before) return false;
      const ticket = ++latest.current;
      pending.current++;
      show(applySettingsPatch(before, patch));
      setSaveState('saving');
      try {
        const saved = await askBackground('saveSettings', patch);
        if (ticket === latest.current) {
          show(saved);
          setSaveState('saved');
          setSaveError(undefined);
        }
        return true;
      } catch (error) {
        // Undo only this change: later changes may already be on screen.
        const reverted = current.current ? revertPatch(current.current, before, patch) : before;
        show(reverted);
        setSaveState('idle');
        setSaveError(`Could not save: ${errorMessage(error)}`);
        return false;
      } finally {
        pending.current--;
      }
    },
    [show],
  );

  const markSaved = useCallback(() => setSaveState('saved'), []);
  return { settings, loadError, saveState, saveError, save, reportError: setSaveError, markSaved };
}

/** Put back, in `now`, the top-level keys `patch` touched, as they were in `before`. */
function revertPatch(now: Settings, before: Settings, patch: SettingsPatch): Settings {
  const next = { ...now } as Record<string, unknown>;
  for (const key of Object.keys(patch) as (keyof Settings)[]) next[key] = before[key];
  return next as unknown as Settings;
}
