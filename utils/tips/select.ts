import type { HistoryEvent } from '../history';
import type { Settings } from '../settings';
import type { Surface, Tip, TipContext } from './types';
import { CAPS_POLICY } from '../surfaces';
import { startOfLocalDay } from '../local-day';

/** What one surface asks for: "tips for these contexts, about this thing". */
export interface TipRequest {
  surface: Surface;
  /** Most specific first is not required: specificity comes from CONTEXT_WEIGHT. */
  contexts: TipContext[];
  /** What the tips are about: `acme/widget#42`, a calendar event key, `popup`. */
  contextKey: string;
  /** How many tips to return. */
  count: number;
  /** The user asked (e.g. "another tip"): caps, quiet hours and stickiness do not apply. */
  explicit?: boolean;
  /** Tips to leave out (e.g. the one on screen when the user asks for another). */
  exclude?: string[];
}

/** What the store knows about one tip, condensed from its whole history. */
export interface TipState {
  lastShown?: number;
  lastSnoozed?: number;
  never?: boolean;
  helpful: number;
}

export interface SelectionInput {
  tips: readonly Tip[];
  request: TipRequest;
  settings: Settings;
  states: Readonly<Record<string, TipState>>;
  /** History of at least the last 24 hours (older events are ignored here). */
  recent: readonly HistoryEvent[];
  now: number;
  /** Injected so selection is deterministic in tests: returns [0, 1). */
  random: () => number;
}

export type BlockReason = 'quiet-hours' | 'daily-cap' | 'context-cap' | 'nothing-fits';

export interface SelectionResult {
  tips: Tip[];
  /** These tips were already shown for this context today: show them again, do not count them again. */
  repeat: boolean;
  blocked?: BlockReason;
}

/** Rarer, more telling moments outrank broad ones: a first-timer's PR matters more than "you are reviewing". */
const CONTEXT_WEIGHT: Record<TipContext, number> = {
  'pr-reviewer': 1,
  'pr-author': 1,
  'pr-first-time-contributor': 4,
  'pr-large': 3,
  'pr-draft': 3,
  'pr-long-thread': 4,
  'pr-merged': 3,
  'pr-compare': 3,
  'review-comment': 3,
  'one-on-one-manager': 4,
  'one-on-one-report': 4,
  'one-on-one-skip-level': 4,
  'one-on-one-peer': 4,
  'one-on-one-mentor': 4,
  'one-on-one-mentee': 4,
  'one-on-one': 2,
  anywhere: 0,
};

const DAY_MS = 86_400_000;

/** Quiet hours may wrap midnight ("19:00"–"08:00"). */
export function inQuietHours(quiet: Settings['quietHours'], now: number): boolean {
  if (!quiet.enabled) return false;
  const minutes = (text: string) => {
    const [h = 0, m = 0] = text.split(':').map(Number);
    return h * 60 + m;
  };
  const date = new Date(now);
  const current = date.getHours() * 60 + date.getMinutes();
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  if (start === end) return false;
  return start < end ? current >= start && current < end : current >= start || current < end;
}

function isEligible(tip: Tip, input: SelectionInput): boolean {
  const { settings, states, now, request } = input;
  if (!settings.areas[tip.area]) return false;
  if (request.exclude?.includes(tip.id)) return false;
  const state = states[tip.id];
  if (state?.never) return false;
  if (state?.lastSnoozed !== undefined && now < state.lastSnoozed + settings.snoozeDays * DAY_MS) return false;
  return true;
}

/** How well a tip fits: the weight of the best shared context; `anywhere` tips fit everything, weakly. */
function fit(tip: Tip, contexts: readonly TipContext[]): number {
  let best = -1;
  for (const context of tip.contexts) {
    if (context === 'anywhere') best = Math.max(best, 0);
    else if (contexts.includes(context)) best = Math.max(best, CONTEXT_WEIGHT[context]);
  }
  return best;
}

function score(tip: Tip, fitWeight: number, input: SelectionInput): number {
  const state = input.states[tip.id];
  // Least recently shown first: never shown scores highest, then by days since it was last shown (capped at 30).
  const daysSinceShown = state?.lastShown === undefined ? 31 : Math.min(30, (input.now - state.lastShown) / DAY_MS);
  const helpful = Math.min(3, state?.helpful ?? 0) * 4;
  const role = tip.roles === undefined ? 0 : tip.roles.includes(input.settings.role) ? 6 : -6;
  const custom = tip.custom ? 5 : 0;
  return fitWeight * 100 + daysSinceShown + helpful + role + custom + input.random();
}

function rank(input: SelectionInput): Tip[] {
  const scored: { tip: Tip; score: number }[] = [];
  for (const tip of input.tips) {
    const weight = fit(tip, input.request.contexts);
    if (weight < 0 || !isEligible(tip, input)) continue;
    scored.push({ tip, score: score(tip, weight, input) });
  }
  return scored.sort((a, b) => b.score - a.score).map((entry) => entry.tip);
}

/**
 * Chooses the tips for one moment. Pure: everything it depends on is in `input`.
 * Order: policy (repeat today's tips, caps, quiet hours), then eligibility (areas, never, snooze), then ranking
 * (context fit, least recently shown, marked helpful, the user's role, custom tips).
 */
export function selectTips(input: SelectionInput): SelectionResult {
  const { request, settings, now } = input;
  const policy = CAPS_POLICY[request.surface];
  const today = startOfLocalDay(now);
  const todays = input.recent.filter((event) => event.at >= today && event.at <= now);
  const forThisContext = todays.filter(
    (event) => event.surface === request.surface && event.contextKey === request.contextKey,
  );

  if (!request.explicit && policy.unsolicited) {
    if (inQuietHours(settings.quietHours, now)) return { tips: [], repeat: false, blocked: 'quiet-hours' };

    const shownHere = forThisContext.filter((event) => event.type === 'shown');
    const reactedHere = forThisContext.filter((event) => event.type !== 'shown');
    const closed = policy.closeOnReaction && reactedHere.length > 0;

    if (policy.sticky && shownHere.length > 0 && !closed) {
      const dismissed = new Set(reactedHere.filter((e) => e.type === 'never' || e.type === 'not-now').map((e) => e.tipId));
      const byId = new Map(input.tips.map((tip) => [tip.id, tip]));
      const again = [...new Set(shownHere.map((event) => event.tipId))]
        .filter((id) => !dismissed.has(id))
        .map((id) => byId.get(id))
        .filter((tip): tip is Tip => tip !== undefined && isEligible(tip, input))
        .slice(0, request.count);
      if (again.length > 0) return { tips: again, repeat: true };
    }

    if (request.surface === 'pr-hint') {
      const distinctShown = new Set(shownHere.map((event) => event.tipId)).size;
      if (distinctShown >= settings.perPrPerDay) return { tips: [], repeat: false, blocked: 'context-cap' };
    }
    const shownOnSurface = todays.filter((event) => event.type === 'shown' && event.surface === request.surface);
    if (shownOnSurface.length >= settings.dailyCaps[request.surface]) {
      return { tips: [], repeat: false, blocked: 'daily-cap' };
    }
  }

  const tips = rank(input).slice(0, request.count);
  return tips.length > 0 ? { tips, repeat: false } : { tips: [], repeat: false, blocked: 'nothing-fits' };
}
