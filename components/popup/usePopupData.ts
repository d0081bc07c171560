import { useEffect, useState } from 'preact/hooks';
import { askBackground, tabMessenger, type PageContext } from '../../runtime/messaging';
import type { Settings } from '../../utils/settings';
import type { Tip } from '../../utils/tips/types';
import { activePageContext } from './page-context';
import {
  localTipOfTheDay,
  rememberedTipOfTheDay,
  rememberTipOfTheDay,
  SUGGESTION_COUNT,
  TIP_OF_THE_DAY,
} from './tips';
import { defaultSettings } from '../../utils/settings';

export type PageState = { state: 'loading' } | { state: 'page'; context: PageContext } | { state: 'none' };

export interface Suggestions {
  tips: Tip[];
  /** `local`: painted from the bundled catalogue before the background answered. */
  source: 'local' | 'day' | 'page';
  /** The page had a context but no tip fits it (e.g. its areas are turned off): tips are the tip of the day. */
  nothingFitsPage?: boolean;
}

export interface PopupData {
  settings: Settings | undefined;
  setSettings: (settings: Settings) => void;
  customTips: Tip[];
  page: PageState;
  suggestions: Suggestions;
  /** The background did not answer: the popup works from the bundled catalogue alone. */
  offline: boolean;
}

/**
 * Everything the popup loads. The first render already has tips (computed from the bundled catalogue); the
 * background's answers replace them as they arrive, in whatever order they come.
 */
export function usePopupData(catalogue: readonly Tip[], now: () => number): PopupData {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [customTips, setCustomTips] = useState<Tip[]>([]);
  const [page, setPage] = useState<PageState>({ state: 'loading' });
  const [offline, setOffline] = useState(false);
  const [suggestions, setSuggestions] = useState<Suggestions>(() => ({
    tips: rememberedTipOfTheDay(catalogue, now()) ?? localTipOfTheDay(catalogue, defaultSettings(), now()),
    source: 'local',
  }));

  useEffect(() => {
    let live = true;
    askBackground('getSettings')
      .then((loaded) => live && setSettings(loaded))
      .catch(() => live && setOffline(true));
    askBackground('listCustomTips')
      .then((tips) => live && setCustomTips(tips))
      .catch(() => {});

    void (async () => {
      const context = await activePageContext();
      if (!live) return;
      setPage(context ? { state: 'page', context } : { state: 'none' });
      try {
        if (context) {
          const forPage = await askBackground('getTips', {
            surface: 'popup',
            contexts: context.contexts,
            contextKey: context.contextKey,
            count: SUGGESTION_COUNT,
            explicit: true,
          });
          if (!live) return;
          if (forPage.tips.length > 0) {
            setSuggestions({ tips: forPage.tips, source: 'page' });
            return;
          }
        }
        const daily = await askBackground('getTips', {
          surface: 'popup',
          contexts: [...TIP_OF_THE_DAY.contexts],
          contextKey: TIP_OF_THE_DAY.contextKey,
          count: SUGGESTION_COUNT,
          explicit: true,
        });
        if (!live) return;
        if (daily.tips.length > 0) {
          rememberTipOfTheDay(
            daily.tips.map((tip) => tip.id),
            now(),
          );
          setSuggestions({ tips: daily.tips, source: 'day', nothingFitsPage: context !== null });
        } else {
          // Nothing at all is eligible (every area off, or every tip dismissed): say so rather than show a tip
          // the user turned off.
          setSuggestions({ tips: [], source: 'day', nothingFitsPage: context !== null });
        }
      } catch {
        if (live) setOffline(true);
      }
    })();

    // Options may change while the popup is open (it rarely is for long, but the favourites star must not lie).
    const stopListening = tabMessenger.onMessage('settingsChanged', ({ data }) => {
      if (live) setSettings(data);
    });
    return () => {
      live = false;
      stopListening();
    };
    // Loads once per popup opening; the catalogue and clock are fixed for its short life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { settings, setSettings, customTips, page, suggestions, offline };
}
