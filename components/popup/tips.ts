import { selectTips } from '../../utils/tips/select';
import { startOfLocalDay } from '../../utils/local-day';
import { TIP_OF_THE_DAY, tipOfTheDayRandom } from '../../utils/tips/tip-of-the-day';
import type { Settings } from '../../utils/settings';
import type { Area } from '../../utils/tips/areas';
import type { Tip } from '../../utils/tips/types';

/** What the popup asks for when the active tab has nothing for Leadway. */
export { TIP_OF_THE_DAY };
export const SUGGESTION_COUNT = 10;

/** Case-insensitive search over title, body and why; every word must appear somewhere in the tip. */
export function searchTips(tips: readonly Tip[], query: string): Tip[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return tips.filter((tip) => {
    const text = `${tip.title}\n${tip.body}\n${tip.why}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
}

export function tipsInArea(tips: readonly Tip[], area: Area): Tip[] {
  return tips.filter((tip) => tip.area === area);
}

/** Favourites in the order they were starred, skipping ids that no longer exist (a deleted custom tip). */
export function favouriteTips(tips: readonly Tip[], favourites: readonly string[]): Tip[] {
  const byId = new Map(tips.map((tip) => [tip.id, tip]));
  return favourites.map((id) => byId.get(id)).filter((tip): tip is Tip => tip !== undefined);
}

export function toggleFavourite(favourites: readonly string[], tipId: string): string[] {
  return favourites.includes(tipId) ? favourites.filter((id) => id !== tipId) : [...favourites, tipId];
}

/**
 * The tip of the day computed here, from the bundled catalogue, so the popup can paint at once. It runs the same
 * selection with the same day seed as the background; the background's answer (which also knows history) replaces
 * it a moment later and usually agrees.
 */
export function localTipOfTheDay(tips: readonly Tip[], settings: Settings, now: number): Tip[] {
  const result = selectTips({
    tips,
    request: { surface: 'popup', ...TIP_OF_THE_DAY, contexts: [...TIP_OF_THE_DAY.contexts], count: SUGGESTION_COUNT, explicit: true },
    settings,
    states: {},
    recent: [],
    now,
    random: tipOfTheDayRandom(now),
  });
  return result.tips.length > 0 ? result.tips : tips.slice(0, SUGGESTION_COUNT);
}

const SUGGESTION_CACHE_KEY = 'leadway.popup.tipOfTheDay';

/** Remember today's tip-of-the-day answer, so tomorrow's first open is the only one that may swap tips. */
export function rememberTipOfTheDay(tipIds: readonly string[], now: number): void {
  try {
    localStorage.setItem(SUGGESTION_CACHE_KEY, JSON.stringify({ day: startOfLocalDay(now), tipIds }));
  } catch {
    // Not important enough to report: the popup computes a tip locally instead.
  }
}

export function rememberedTipOfTheDay(tips: readonly Tip[], now: number): Tip[] | undefined {
  try {
    const raw = localStorage.getItem(SUGGESTION_CACHE_KEY);
    if (!raw) return undefined;
    const cached = JSON.parse(raw) as { day?: unknown; tipIds?: unknown };
    if (cached.day !== startOfLocalDay(now) || !Array.isArray(cached.tipIds)) return undefined;
    const byId = new Map(tips.map((tip) => [tip.id, tip]));
    const found = cached.tipIds.map((id) => byId.get(String(id))).filter((tip): tip is Tip => tip !== undefined);
    return found.length > 0 ? found : undefined;
  } catch {
    return undefined;
  }
}
