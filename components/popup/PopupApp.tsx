import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from '../../runtime/extension-browser';
import { TipCard, type TipReaction } from '../TipCard';
import { askBackground } from '../../runtime/messaging';
import { AREAS, AREA_LABELS, type Area } from '../../utils/tips/areas';
import type { Tip } from '../../utils/tips/types';
import { CATALOGUE } from '../../utils/tips/catalogue';
import { useTheme } from './theme';
import { usePopupData } from './usePopupData';
import { favouriteTips, searchTips, tipsInArea, toggleFavourite } from './tips';
import { TIP_OF_THE_DAY } from '../../utils/tips/tip-of-the-day';
import { StarButton } from './StarButton';
import { TabSiteProblem, useTabSiteProblem } from './TabSiteProblem';
import { UpcomingMeeting, useUpcomingMeeting } from './UpcomingMeeting';
import { SiteAccess } from './SiteAccess';

export type PopupMode = 'suggested' | 'browse' | 'favourites';

export interface PopupAppProps {
  /** The built-in tips; tests pass a small set. */
  catalogue?: readonly Tip[];
  now?: () => number;
  /** A tip on screen this long counts as met (`shown`): skimming past it with → does not. */
  seenAfterMs?: number;
}

interface Notice {
  text: string;
  tone: 'info' | 'error';
}

const REACTION_NOTICES: Record<TipReaction, (snoozeDays: number) => string> = {
  helpful: () => 'Noted as helpful: you will see tips like this more often.',
  'not-now': (days) => `Hidden for ${days} ${days === 1 ? 'day' : 'days'}.`,
  never: () => 'You will not see this tip again.',
};

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

export function PopupApp({ catalogue = CATALOGUE, now = Date.now, seenAfterMs = 1200 }: PopupAppProps) {
  const { settings, setSettings, customTips, page, suggestions, offline } = usePopupData(catalogue, now);
  const siteProblem = useTabSiteProblem();
  const meetLine = useUpcomingMeeting(page, now);
  useTheme(settings?.theme);

  const [mode, setMode] = useState<PopupMode>('suggested');
  const [area, setArea] = useState<Area>(AREAS[0]);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const searchRef = useRef<HTMLInputElement>(null);
  const cardRegionRef = useRef<HTMLElement>(null);

  const allTips = useMemo(() => [...catalogue, ...customTips], [catalogue, customTips]);
  const searching = query.trim() !== '';
  const areaOn = settings?.areas[area] ?? true;
  const favourites = settings?.favourites ?? [];

  const deck = useMemo(() => {
    let tips: Tip[];
    if (searching) tips = searchTips(allTips, query);
    else if (mode === 'suggested') tips = suggestions.tips;
    else if (mode === 'browse') tips = areaOn ? tipsInArea(allTips, area) : [];
    else tips = favouriteTips(allTips, favourites);
    return tips.filter((tip) => !dismissed.has(tip.id));
  }, [searching, query, mode, suggestions, allTips, area, areaOn, favourites, dismissed]);

  const position = deck.length === 0 ? -1 : Math.min(index, deck.length - 1);
  const current = position >= 0 ? deck[position] : undefined;

  // When the background's suggestions replace the local ones, keep the tip on screen if it is among them; otherwise
  // keep the user's place in the list. The index is read as it is now, not as this render saw it: the user may have
  // pressed → between the render and this effect.
  const previousSuggestions = useRef(suggestions);
  useEffect(() => {
    if (previousSuggestions.current === suggestions) return;
    const previousTips = previousSuggestions.current.tips;
    previousSuggestions.current = suggestions;
    if (searching || mode !== 'suggested') return;
    setIndex((at) => {
      const kept = suggestions.tips.findIndex((tip) => tip.id === previousTips[at]?.id);
      return kept >= 0 ? kept : Math.max(0, Math.min(at, suggestions.tips.length - 1));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [suggestions]);

  const contextKey = searching
    ? 'popup-search'
    : mode === 'suggested'
      ? suggestions.source === 'page' && page.state === 'page'
        ? page.context.contextKey
        : TIP_OF_THE_DAY.contextKey
      : `popup-${mode}`;

  // A tip the user looked at counts as met. The tip of the day's lead tip is left out on purpose: recording it
  // would push it down the ranking and the "tip of the day" would change each time the popup opens.
  const seen = useRef(new Set<string>());
  useEffect(() => {
    if (!current || offline) return;
    const fromBackground = searching || mode !== 'suggested' || suggestions.source !== 'local';
    const leadOfTheDay = !searching && mode === 'suggested' && suggestions.source !== 'page' && position === 0;
    if (!fromBackground || leadOfTheDay || seen.current.has(current.id)) return;
    const timer = setTimeout(() => {
      seen.current.add(current.id);
      askBackground('recordEvent', { type: 'shown', tipId: current.id, area: current.area, surface: 'popup', contextKey }).catch(
        () => {},
      );
    }, seenAfterMs);
    return () => clearTimeout(timer);
  }, [current, offline, searching, mode, suggestions.source, position, contextKey, seenAfterMs]);

  const go = useCallback(
    (step: number) => {
      if (deck.length === 0) return;
      setIndex((position + step + deck.length) % deck.length);
      setNotice(undefined);
    },
    [deck.length, position],
  );

  function chooseMode(next: PopupMode) {
    setMode(next);
    setQuery('');
    setIndex(0);
    setNotice(undefined);
  }

  function chooseArea(next: Area) {
    setArea(next);
    setIndex(0);
  }

  function changeQuery(next: string) {
    setQuery(next);
    setIndex(0);
  }

  async function react(tip: Tip, reaction: TipReaction) {
    if (reaction !== 'helpful') setDismissed((set) => new Set(set).add(tip.id));
    try {
      await askBackground('recordEvent', { type: reaction, tipId: tip.id, area: tip.area, surface: 'popup', contextKey });
      setNotice({ text: REACTION_NOTICES[reaction](settings?.snoozeDays ?? 7), tone: 'info' });
    } catch (error) {
      if (reaction !== 'helpful') {
        setDismissed((set) => {
          const next = new Set(set);
          next.delete(tip.id);
          return next;
        });
      }
      setNotice({ text: `Could not save your answer: ${errorText(error)}`, tone: 'error' });
    }
  }

  async function toggleStar(tip: Tip) {
    if (!settings) return;
    const before = settings;
    const next = toggleFavourite(settings.favourites, tip.id);
    setSettings({ ...settings, favourites: next });
    try {
      setSettings(await askBackground('saveSettings', { favourites: next }));
      setNotice({ text: next.includes(tip.id) ? 'Starred.' : 'Removed from starred.', tone: 'info' });
    } catch (error) {
      setSettings(before);
      setNotice({ text: `Could not save the star: ${errorText(error)}`, tone: 'error' });
    }
  }

  function openOptions() {
    browser.runtime.openOptionsPage().then(
      () => window.close(),
      (error: unknown) => setNotice({ text: `Could not open the options: ${errorText(error)}`, tone: 'error' }),
    );
  }

  // Keyboard: ←/→ move through tips, / jumps to search, Escape clears the search or closes the popup.
  // A layout effect, so the keys work from the first paint on (a plain effect may attach a frame later).
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        if (query !== '') {
          setQuery('');
          setIndex(0);
          searchRef.current?.focus();
        } else {
          window.close();
        }
        return;
      }
      if (isTypingTarget(event.target)) {
        if (event.key === 'Enter' && event.target === searchRef.current && deck.length > 0) {
          event.preventDefault();
          cardRegionRef.current?.querySelector<HTMLElement>('.lw-card button')?.focus();
        }
        return;
      }
      if (event.key === 'ArrowLeft') {
        event.preventDefault();
        go(-1);
      } else if (event.key === 'ArrowRight') {
        event.preventDefault();
        go(1);
      } else if (event.key === '/') {
        event.preventDefault();
        searchRef.current?.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [query, deck.length, go]);

  // If a reaction removed the last tip, the focused button went with it: keep focus inside the popup.
  useEffect(() => {
    if (!current && document.activeElement === document.body) searchRef.current?.focus();
  }, [current]);

  const firstLabel = page.state === 'page' && suggestions.source !== 'day' ? 'This page' : 'Tip of the day';
  const counter = current ? `${position + 1} of ${deck.length}` : '0 of 0';
  const announcement = current ? `Tip ${counter}: ${current.title}` : emptyText();

  function emptyText(): string {
    if (searching) return `No tip matches “${query.trim()}”.`;
    if (mode === 'favourites') return 'No starred tips yet. Star a tip to keep it here.';
    if (mode === 'browse' && !areaOn) return `${AREA_LABELS[area]} is turned off in Leadway’s options.`;
    return 'No tips to show: the areas you chose may all be turned off, or you have set these tips aside.';
  }

  function contextLine() {
    if (searching) {
      return `${deck.length} ${deck.length === 1 ? 'tip matches' : 'tips match'} “${query.trim()}”`;
    }
    if (mode === 'favourites') return favourites.length > 0 ? 'Your starred tips' : '';
    if (mode === 'browse') return '';
    if (page.state === 'page' && suggestions.source === 'page') return page.context.label;
    if (suggestions.nothingFitsPage) {
      return suggestions.tips.length > 0 ? 'Nothing fits this page with your settings: here is the tip of the day.' : 'Nothing fits this page with your settings.';
    }
    return 'Tip of the day. On a pull request or a 1:1, tips fit the moment.';
  }

  return (
    <div class="pp-root">
      <header class="pp-header">
        <svg class="pp-logo" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M4 20 L12 4 L20 20 Z" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linejoin="round" />
          <path d="M8.5 14 h7" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
        </svg>
        <h1 class="pp-brand">Leadway</h1>
        <button type="button" class="pp-icon-button" onClick={openOptions} aria-label="Open Leadway options" title="Options">
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              d="M12 15.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm7.4-2.5a7.6 7.6 0 0 0 0-2l2-1.6-2-3.4-2.4 1a7.5 7.5 0 0 0-1.7-1L15 3.5h-4l-.3 2.5a7.5 7.5 0 0 0-1.7 1l-2.4-1-2 3.4 2 1.6a7.6 7.6 0 0 0 0 2l-2 1.6 2 3.4 2.4-1a7.5 7.5 0 0 0 1.7 1l.3 2.5h4l.3-2.5a7.5 7.5 0 0 0 1.7-1l2.4 1 2-3.4-2-1.6Z"
              fill="none"
              stroke="currentColor"
              stroke-width="1.6"
              stroke-linejoin="round"
            />
          </svg>
        </button>
      </header>

      <div class="pp-search" role="search">
        <label class="pp-visually-hidden" for="pp-search-input">
          Search all tips
        </label>
        <input
          ref={searchRef}
          id="pp-search-input"
          type="search"
          class="pp-search-input"
          placeholder="Search all tips"
          autoComplete="off"
          aria-keyshortcuts="/"
          aria-describedby="pp-keys"
          value={query}
          onInput={(event) => changeQuery(event.currentTarget.value)}
        />
        <kbd class="pp-kbd" aria-hidden="true">
          /
        </kbd>
      </div>

      {searching ? null : (
        <div class="pp-modes" role="group" aria-label="Which tips">
          {(
            [
              ['suggested', firstLabel],
              ['browse', 'Browse'],
              ['favourites', favourites.length > 0 ? `Starred (${favourites.length})` : 'Starred'],
            ] as const
          ).map(([value, label]) => (
            <button
              type="button"
              class="pp-mode"
              aria-pressed={mode === value}
              data-mode={value}
              onClick={() => chooseMode(value)}
            >
              {label}
            </button>
          ))}
        </div>
      )}

      {!searching && mode === 'browse' ? (
        <div class="pp-area-picker">
          <label for="pp-area">Area</label>
          <select id="pp-area" value={area} onChange={(event) => chooseArea(event.currentTarget.value as Area)}>
            {AREAS.map((value) => (
              <option value={value}>
                {AREA_LABELS[value]}
                {settings && !settings.areas[value] ? ' (off)' : ''}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      {siteProblem && !searching ? <TabSiteProblem problem={siteProblem} /> : null}
      {meetLine && !searching ? <UpcomingMeeting line={meetLine} /> : null}
      <SiteAccess />

      {contextLine() ? (
        <p class="pp-context" data-testid="popup-context">
          {contextLine()}
        </p>
      ) : null}

      <section class="pp-card-region" ref={cardRegionRef} aria-label="Current tip">
        {current ? (
          <TipCard
            tip={current}
            onReact={(reaction) => void react(current, reaction)}
            extraActions={
              <StarButton
                starred={favourites.includes(current.id)}
                disabled={!settings}
                onToggle={() => void toggleStar(current)}
              />
            }
          />
        ) : (
          <div class="pp-empty">
            <p>{emptyText()}</p>
            {!searching && ((mode === 'browse' && !areaOn) || mode === 'suggested') ? (
              <button type="button" class="lw-button" onClick={openOptions}>
                Open options
              </button>
            ) : null}
          </div>
        )}
      </section>

      <div class="pp-pager">
        <button type="button" class="lw-button" onClick={() => go(-1)} disabled={deck.length < 2} aria-label="Previous tip" aria-keyshortcuts="ArrowLeft">
          ← Previous
        </button>
        <span class="pp-counter" aria-hidden="true">
          {counter}
        </span>
        <button type="button" class="lw-button" onClick={() => go(1)} disabled={deck.length < 2} aria-label="Next tip" aria-keyshortcuts="ArrowRight">
          Next →
        </button>
      </div>

      {searching && deck.length > 1 ? (
        <ul class="pp-results" aria-label="Search results">
          {deck.map((tip, i) => (
            <li>
              <button type="button" class="pp-result" aria-current={i === position ? 'true' : undefined} onClick={() => setIndex(i)}>
                <span class="pp-result-title">{tip.title}</span>
                <span class="pp-result-area">{AREA_LABELS[tip.area]}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}

      <p class="pp-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="popup-announcer">
        {announcement}
      </p>
      {/* Both regions exist from the start: screen readers announce changes to a live region, not its arrival. */}
      <p class="pp-notice" role="status" data-testid="popup-status">
        {notice?.tone === 'info' ? notice.text : ''}
      </p>
      <div class="pp-alert" role="alert">
        {notice?.tone === 'error' ? <p class="pp-notice pp-notice-error">{notice.text}</p> : null}
        {offline ? (
          <p class="pp-notice pp-notice-error">
            Leadway’s background is not answering, so this shows bundled tips only and cannot save reactions.
          </p>
        ) : null}
      </div>

      <footer class="pp-footer" id="pp-keys">
        <span>
          <kbd>←</kbd>
          <kbd>→</kbd> tips
        </span>
        <span>
          <kbd>/</kbd> search
        </span>
        <span>
          <kbd>Esc</kbd> {query ? 'clear' : 'close'}
        </span>
      </footer>
    </div>
  );
}
