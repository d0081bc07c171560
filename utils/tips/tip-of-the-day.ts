import { startOfLocalDay } from '../local-day';
import { seededRandom } from '../random';
import type { TipContext } from './types';

/** The popup's "tip of the day": tips for anywhere, asked for under one key. */
export const TIP_OF_THE_DAY = { contexts: ['anywhere'] as TipContext[], contextKey: 'tip-of-the-day' } as const;

export function isTipOfTheDay(request: { contextKey: string }): boolean {
  return request.contextKey === TIP_OF_THE_DAY.contextKey;
}

/** The tip of the day should not change every time the popup opens: its choice is seeded with the local day. */
export function tipOfTheDayRandom(now: number): () => number {
  return seededRandom(startOfLocalDay(now));
}
