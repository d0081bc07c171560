import type { HistoryEvent } from '../history';
import { Validation, checkArray, checkBoolean, checkInteger, checkKnownKeys, checkObject, checkString, join } from './validate-core';

/**
 * What the user decided about a tip: "never show this", "not now" (when they last said it) and how many times
 * they found it helpful. Kept in its own store: history is pruned (400 days, 200,000 events) and can be cleared,
 * and neither may bring back a tip the user said never to show. Only "Reset everything" and an import change it.
 */
export interface TipChoice {
  tipId: string;
  never?: boolean;
  /** When the user last said "not now" (epoch ms); the tip is snoozed until this plus the snooze length. */
  lastSnoozed?: number;
  helpful: number;
}

/** The reactions that are choices; "shown" and "acted" are only history. */
export function isChoiceEvent(event: Pick<HistoryEvent, 'type'>): boolean {
  return event.type === 'never' || event.type === 'not-now' || event.type === 'helpful';
}

/** `choice` with one more reaction folded in (undefined stays undefined for events that are not choices). */
export function foldChoice(choice: TipChoice | undefined, event: HistoryEvent): TipChoice | undefined {
  if (!isChoiceEvent(event)) return choice;
  const next: TipChoice = choice ? { ...choice } : { tipId: event.tipId, helpful: 0 };
  if (event.type === 'never') next.never = true;
  else if (event.type === 'not-now') next.lastSnoozed = Math.max(next.lastSnoozed ?? event.at, event.at);
  else next.helpful += 1;
  return next;
}

/** Choices as a list of history events imply them (an export without a `choices` list, from before they had a store). */
export function choicesOf(events: Iterable<HistoryEvent>): TipChoice[] {
  const choices = new Map<string, TipChoice>();
  for (const event of events) {
    const next = foldChoice(choices.get(event.tipId), event);
    if (next) choices.set(event.tipId, next);
  }
  return [...choices.values()];
}

/** Both sets of choices as selection reads them: a tip is never shown if either says never, and so on. */
export function mergeChoice<T extends { never?: boolean; lastSnoozed?: number; helpful: number }>(state: T | undefined, choice: TipChoice | undefined): T | TipChoice | undefined {
  if (!choice) return state;
  if (!state) return choice;
  const lastSnoozed = Math.max(state.lastSnoozed ?? -Infinity, choice.lastSnoozed ?? -Infinity);
  return {
    ...state,
    ...(state.never || choice.never ? { never: true } : {}),
    ...(Number.isFinite(lastSnoozed) ? { lastSnoozed } : {}),
    helpful: Math.max(state.helpful, choice.helpful),
  };
}

const CHOICE_KEYS = ['tipId', 'never', 'lastSnoozed', 'helpful'] as const;
export const MAX_CHOICES = 100_000;

export function checkChoice(v: Validation, value: unknown, path: string): TipChoice | undefined {
  const object = checkObject(v, value, path);
  if (!object) return undefined;
  const before = v.total;
  checkKnownKeys(v, object, path, CHOICE_KEYS);
  const choice: TipChoice = {
    tipId: checkString(v, object.tipId, join(path, 'tipId'), { min: 1, max: 200 })!,
    helpful: checkInteger(v, object.helpful ?? 0, join(path, 'helpful'), 0, 1_000_000_000)!,
  };
  if (object.never !== undefined && checkBoolean(v, object.never, join(path, 'never'))) choice.never = true;
  if (object.lastSnoozed !== undefined) {
    const at = checkInteger(v, object.lastSnoozed, join(path, 'lastSnoozed'), 0, 8_640_000_000_000_000);
    if (at !== undefined) choice.lastSnoozed = at;
  }
  return v.total === before ? choice : undefined;
}

export function checkChoices(v: Validation, value: unknown, path: string): TipChoice[] | undefined {
  const list = checkArray(v, value, path, MAX_CHOICES);
  if (!list) return undefined;
  const out: TipChoice[] = [];
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const choice = checkChoice(v, item, join(path, index));
    if (!choice) return;
    if (seen.has(choice.tipId)) v.fail(join(join(path, index), 'tipId'), `${join(join(path, index), 'tipId')} repeats ${choice.tipId}`);
    seen.add(choice.tipId);
    out.push(choice);
  });
  return out;
}

/** For the import preview: how the user's choices would change, in words (empty when they stay the same). */
export function describeChoiceChanges(current: readonly TipChoice[], incoming: readonly TipChoice[]): string[] {
  const count = (list: readonly TipChoice[], test: (c: TipChoice) => boolean) => list.filter(test).length;
  const lines: string[] = [];
  const rows: [string, (c: TipChoice) => boolean][] = [
    ['Tips you said never to show', (c) => c.never === true],
    ['Tips you said “not now” to', (c) => c.lastSnoozed !== undefined],
    ['Tips you found helpful', (c) => c.helpful > 0],
  ];
  for (const [label, test] of rows) {
    const now = count(current, test);
    const after = count(incoming, test);
    if (now !== after) lines.push(`${label}: ${now} now, ${after} after the import`);
  }
  return lines;
}
